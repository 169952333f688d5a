"""National standards of local public finance and a SIRET validator of the project's own (issue 12, s26 g26 = s26 o3):
megalis-bretagne/yatotem2scdl turns TOTEM budget XML into the SCDL budget CSV (its xsl/totem2xmlcsv.xsl writes BGT_NATDEC,
BGT_SIRET, BGT_NATURE…) and its conversion.py's _parse_siret raises SiretInvalideErreur on a SIRET without 14 digits: data-standards
warned 6 (SCDL only counted as one URL) and identifiers said "reference data/validation: no". SICTIAM/sesile, a parapheur, reads and
signs the DGFiP's PES v2 (Helios) flows (PES_DepenseAller, EnTetePES, PES_PJ, xades-pes): data-standards failed "JSON, XML"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DS, ID = "interoperability.data-standards", "interoperability.identifiers"

XSL = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:db="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">
  <xsl:output method="xml"/>
  <xsl:template match="/">
    <csv>
      <header>
        <column>BGT_NATDEC</column>
        <column>BGT_ANNEE</column>
        <column>BGT_SIRET</column>
        <column>BGT_NOM</column>
        <column>BGT_NATURE</column>
        <column>BGT_MTREAL</column>
      </header>
      <xsl:apply-templates select="//db:LigneBudget"/>
    </csv>
  </xsl:template>
</xsl:stylesheet>
"""
CONVERSION = '''"""Conversion of a TOTEM budget document into SCDL CSV."""
from typing import Optional

from lxml import etree

from .exceptions import SiretInvalideErreur


def totem_budget_vers_scdl(chemin, sortie):
    transform = etree.XSLT(etree.parse("xsl/totem2xmlcsv.xsl"))
    return transform(etree.parse(chemin))


def _parse_siret(siret: Optional[str]) -> int:
    try:
        if siret is None or len(siret) != 14:
            raise Exception("Nombre de digit incorrect")
        return int(siret)
    except Exception as err:
        raise SiretInvalideErreur(siret) from err
'''
EXCEPTIONS = '''class TotemInvalideErreur(Exception):
    pass


class SiretInvalideErreur(TotemInvalideErreur):
    def __init__(self, siret):
        super().__init__(f"Siret invalide : {siret}")
'''


def _library(conversion=CONVERSION, xsl=XSL):
    return {"README.md": "# yatotem2scdl\n\nConvertit les documents budgétaires TOTEM au format SCDL budget.\n",
            "pyproject.toml": '[project]\nname = "yatotem2scdl"\nversion = "1.0.0"\ndependencies = ["lxml"]\n',
            "src/yatotem2scdl/__init__.py": "", "src/yatotem2scdl/conversion.py": conversion,
            "src/yatotem2scdl/exceptions.py": EXCEPTIONS, "src/yatotem2scdl/xsl/totem2xmlcsv.xsl": xsl,
            "src/yatotem2scdl/data_structures.py": '"""Options. Schéma : https://schema.data.gouv.fr/scdl/budget/0.8.1/"""\n'
                                                   "from dataclasses import dataclass\n\n\n@dataclass\nclass Options:\n    inclure_header_csv: bool = True\n"}


def test_a_converter_writing_the_scdl_budget_columns_implements_the_national_schema(tmp_path):
    ds = judge(tmp_path, _library(), [DS])[1][DS]
    assert any("budget schema SCDL" in n for n in ds["details"]["national_standards"]), (ds["message"], ds["details"])  # was []
    assert ds["status"] == "pass", ds["message"]  # was warn 6


def test_two_budget_columns_name_no_national_schema(tmp_path):
    xsl = XSL.replace("        <column>BGT_NOM</column>\n        <column>BGT_NATURE</column>\n        <column>BGT_MTREAL</column>\n", "") \
             .replace("BGT_ANNEE", "ANNEE")
    ds = judge(tmp_path, _library(xsl=xsl), [DS])[1][DS]
    assert ds["details"]["national_standards"] == [], ds["details"]


def test_a_siret_parser_raising_on_an_invalid_siret_is_a_validation(tmp_path):
    ident = judge(tmp_path, _library(), [ID])[1][ID]
    assert ident["details"]["references"] is True and "validation: yes" in ident["message"]["en"], ident["message"]  # was "no"
    plain = CONVERSION.split("\n\ndef _parse_siret")[0] + "\n\ndef lire_siret(noeud):\n    return noeud.get('siret')\n"
    files = {k: v for k, v in _library(conversion=plain).items() if k != "src/yatotem2scdl/exceptions.py"}
    ident = judge(tmp_path, files, [ID], name="plain")[1][ID]
    assert ident["details"]["references"] is False, ident["message"]  # a SIRET only read stays unchecked


PES_CLASS = """<?php
namespace Sesile\\DocumentBundle\\Classe;

class PES
{
    public function __construct($str)
    {
        $xml = simplexml_load_string($str);
        $this->budget = (string)$xml->EnTetePES->LibelleColBud->attributes()[0];
        if (isset($xml->PES_DepenseAller)) {
            foreach ($xml->PES_DepenseAller->Bordereau as $bordereau) {
                $this->bordereaux[] = (int)$bordereau->BlocBordereau->IdBord->attributes()[0];
            }
        }
        if (isset($xml->PES_PJ)) {
            $this->pjs = count($xml->PES_PJ->PJ);
        }
    }
}
"""
SIGNING = """<?php
namespace Sesile\\ClasseurBundle\\Controller;

class ClasseurApiController
{
    public function sign($classeur)
    {
        $typeJWS = $classeur->getType()->getNom() === "Helios" ? "xades-pes" : "xades";
        return $this->json(array("type" => $typeJWS, "id" => $classeur->getId()));
    }
}
"""


def test_a_parapheur_reading_and_signing_pes_flows_implements_the_national_format(tmp_path):
    files = {"README.md": "# Sesile\n\nParapheur électronique des collectivités.\n",
             "composer.json": '{"name": "sictiam/sesile", "require": {"php": ">=5.5.9", "symfony/symfony": "3.4.*"}}\n',
             "src/Sesile/DocumentBundle/Classe/PES.php": PES_CLASS,
             "src/Sesile/ClasseurBundle/Controller/ClasseurApiController.php": SIGNING}
    ds = judge(tmp_path, files, [DS])[1][DS]
    assert any("PES" in n for n in ds["details"]["national_standards"]), (ds["message"], ds["details"])  # was fail 3 "JSON, XML"
    assert ds["status"] != "fail" and "PES v2" in ds["message"]["en"], ds["message"]
