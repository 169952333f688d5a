"""A département's commission is no intercommunality (issue 12, session 23 reader m2, an SDIS's fire-prevention application): a
statistics controller titling an extraction "CCDSA Liste des ERP…" was reported by reusability.territory-neutral as "an
intercommunality's acronym written in the code, CCDSA": the initials INSEE's name of one communauté de communes gives are also
the acronym of the commission consultative départementale de sécurité et d'accessibilité every département has. The generated
list (scripts/build_communes.py) now sets aside the acronyms of such bodies; an EPCI's own initials (CA2BM) are still found."""

from __future__ import annotations

from auditor.facts.territory_hosts import epci_acronym
from tests.test_local_authority_verdicts import judge

TERR = ["reusability.territory-neutral"]


def _controller(title: str) -> dict:
    return {"README.md": "# Prévention\n\nApplication de suivi des établissements recevant du public.\n",
            "application/controllers/StatistiquesController.php": (
                "<?php\n\nclass StatistiquesController extends Zend_Controller_Action\n{\n    public function indexAction()\n    {\n"
                f"        $this->view->titre = \"{title}\";\n        $this->view->lignes = $this->_helper->listeErp();\n    }}\n}}\n")}


def _values(tmp_path, title, name):
    r = judge(tmp_path, _controller(title), TERR, name=name)[1]["reusability.territory-neutral"]
    return [e.get("value") for e in r["evidence"]], r


def test_the_departements_safety_commission_is_no_epci():
    assert not epci_acronym("CCDSA")
    assert epci_acronym("CA2BM")


def test_a_commission_named_in_a_title_is_no_territory_value(tmp_path):
    values, r = _values(tmp_path, "Extraction 1 : CCDSA Liste des ERP en exploitation soumis à contrôle", "ccdsa")
    assert "CCDSA" not in str(values), r
    assert r["status"] == "pass", r


def test_an_epcis_initials_are_still_found(tmp_path):
    values, r = _values(tmp_path, "Intranet de la CA2BM : liste des ERP", "ca2bm")
    assert "CA2BM" in str(values) and r["status"] in ("warn", "fail"), r
