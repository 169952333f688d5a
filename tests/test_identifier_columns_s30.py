"""Identifier columns the audit did not see (issue 12, s30 k30 = readers m22o2, m22o4):
- Julien-Brcht-Rndlt/region-sud-back: a MySQL table of communes for an address autocompletion types `insee_code Integer NOT NULL`,
  yet interoperability.identifiers said "no detectable identifier" (n/a): the typed SQL column was read only as code_insee, insee_com…,
  not with its words the other way round (insee_code, commune_code, epci_code).
- geoffroycochard/opebo: a Symfony command loads the communes, keyed by their INSEE code, from Opendatasoft's georef-france-commune
  export ($record['Code Officiel Commune']): the table's header names the official code, whatever the variable holding it.
Right neighbours: a column named like it but no French identifier (region_code, a country's code), an English "official code" label,
keep their verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ID = "interoperability.identifiers"

API = {"package.json": '{"name": "api", "private": true, "dependencies": {"express": "^4.18.0", "mysql2": "^3.0.0"}}\n',
       "README.md": "# API\n\nL'API des événements de la région.\n",
       "src/app.js": "const express = require('express');\nconst app = express();\napp.get('/events', (req, res) => res.json([]));\n"
                     "app.listen(3000);\n"}


def _table(columns: str) -> dict:
    return dict(API, **{"data/schema.sql": ("CREATE TABLE address_autocompletion(\n        id          Int  Auto_increment  NOT NULL ,\n"
                                            "        city        Varchar (100) NOT NULL ,\n" + columns +
                                            "\t,CONSTRAINT address_autocompletion_PK PRIMARY KEY (id)\n)ENGINE=InnoDB;\n")})


def test_an_insee_code_column_named_suffix_last_is_an_identifier_field(tmp_path):
    files = _table("        insee_code  Integer NOT NULL ,\n        latitude    Decimal NOT NULL ,\n")
    res = judge(tmp_path, files, [ID])[1][ID]
    assert res["status"] != "not_applicable", res["message"]
    assert "insee" in res["message"]["en"], res["message"]


def test_a_region_code_alone_stays_unseen(tmp_path):
    # (region_code is as often a country's or a phone number's region: no French identifier on its own)
    files = _table("        region_code Integer NOT NULL ,\n        country_code Varchar (2) NOT NULL ,\n")
    res = judge(tmp_path, files, [ID])[1][ID]
    assert res["status"] == "not_applicable", res["message"]


SYMFONY = {"composer.json": '{"name": "app/ope", "type": "project", "require": {"php": ">=8.2", "symfony/framework-bundle": "7.2.*", '
                            '"league/csv": "^9.0"}}\n',
           "README.md": "# OPE\n\nParrainage d'étudiants.\n",
           "public/index.php": "<?php\nuse App\\Kernel;\nreturn function (array $context) { return new Kernel('prod', false); };\n"}


def _command(header: str) -> dict:
    return dict(SYMFONY, **{"src/Command/DataCityCommand.php": (
        "<?php\n\nnamespace App\\Command;\n\nuse App\\Entity\\City;\nuse League\\Csv\\Reader;\n\nclass DataCityCommand\n{\n"
        "    protected function execute(): int\n    {\n        $csv = Reader::createFromPath('data/communes.csv', 'r');\n"
        "        $csv->setHeaderOffset(0);\n        foreach ($csv->getRecords() as $record) {\n"
        f"            $city = (new City())\n                ->setId($record['{header}'])\n"
        "                ->setName($record['Nom Officiel Commune']);\n            $this->em->persist($city);\n        }\n"
        "        return 0;\n    }\n}\n")})


def test_a_commune_keyed_by_the_georef_official_code_is_an_identifier_field(tmp_path):
    res = judge(tmp_path, _command("Code Officiel Commune"), [ID])[1][ID]
    assert res["status"] != "not_applicable", res["message"]
    assert "commune" in res["message"]["en"], res["message"]


def test_another_official_header_is_no_identifier(tmp_path):
    res = judge(tmp_path, _command("Code Officiel Zone emploi"), [ID])[1][ID]
    assert res["status"] == "not_applicable", res["message"]


BLOCKS = "interoperability.public-building-blocks"


def test_communes_keyed_by_the_georef_code_are_places_the_public_apis_give(tmp_path):
    # (opebo: "handles no address, place, map or organisation identifier" though its communes, keyed by their INSEE code, are
    # copied from an open-data portal's export, where geo.api.gouv.fr gives them)
    res = judge(tmp_path, _command("Code Officiel Commune"), [BLOCKS])[1][BLOCKS]
    assert res["status"] != "not_applicable", res["message"]


def test_another_official_header_handles_no_place(tmp_path):
    res = judge(tmp_path, _command("Code Officiel Zone emploi"), [BLOCKS])[1][BLOCKS]
    assert res["status"] == "not_applicable", res["message"]
