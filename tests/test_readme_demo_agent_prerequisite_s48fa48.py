"""documentation.readme-sections, the "demo" signal (issue 12, s48 fa48). GIP-RECIA/recia_yakforms_addons README:2 says the modules
are "used with [Yakform](…) by the [GIP Récia](<the GIP's home page>)": the body the project is used by, taken as its demo (its host
is named like the title's first word). lutece-secteur-public/gru-plugin-identitystore README.md:32 "you will need a running
[Elasticsearch instance (8+)](<a download page>)": a prerequisite, taken as the demo for the word "instance". A link after "by/par"
or one the README says the project needs is no running copy of it. Near misses: "Démo : <link>", "see it live at <link>", a demo
"hébergée par" a body, and a prerequisites chapter's link the text calls the live demo keep the signal."""

from __future__ import annotations

from auditor.facts.document import parse_document
from auditor.facts.readme_signals import find_signals
from tests.test_reusability_fixtures import build, results, run_audit

BY_BODY = ("# Exemplecorp Formulaires Extensions\n"
           "Every theme and module run with [Formtool](https://formtool.example-forms.org/) by the "
           "[Syndicat Exemplecorp](https://www.exemplecorp.fr/)\n\n## Install\n\nCopy the folders into sites/all.\n")
NEEDS = ("# Carnet d'identités\n\n## Introduction\n\nA store of identities for the city's services.\n\n## Environment\n\n"
         "To start the store, you will need a running [Searchengine instance (7+)](https://www.searchengine-vendor.com/fr/downloads/engine). "
         "No special setting is needed.\n\nIt keeps its data in [PostgreSQL 12+](https://www.postgresql.org/).\n")
PREREQ_CHAPTER = ("# Carnet d'identités\n\nA store of identities.\n\n## Prérequis\n\n"
                  "* [Moteur de recherche en ligne](https://www.searchengine-vendor.com/produit)\n")


def demo(text):
    return (find_signals(parse_document(text, "markdown"))["demo"] or {}).get("url")


def test_the_body_the_project_is_used_by_is_no_demo():
    assert demo(BY_BODY) is None
    assert demo("# Formulaires\n\nDéveloppé par [la Ville d'Exemple](https://www.ville-exemple.fr/), le site de la ville.\n") is None


def test_a_prerequisite_is_no_demo():
    assert demo(NEEDS) is None
    assert demo(PREREQ_CHAPTER) is None


def test_near_misses_keep_the_demo():
    assert demo("# Formulaires\n\nDémo : [formulaires-demo.exemplecorp.fr](https://formulaires-demo.exemplecorp.fr/)\n") \
        == "https://formulaires-demo.exemplecorp.fr/"
    assert demo("# Formulaires\n\nSee it live at [forms.exemplecorp.fr](https://forms.exemplecorp.fr/).\n") == "https://forms.exemplecorp.fr/"
    assert demo("# Formulaires\n\nUne démo est hébergée par [le syndicat](https://demo.exemplecorp.fr/).\n") == "https://demo.exemplecorp.fr/"
    assert demo("# Carnet\n\nA store.\n\n## Requirements\n\nTry the live demo at [carnet.exemplecorp.fr](https://carnet.exemplecorp.fr/) "
                "before installing.\n") == "https://carnet.exemplecorp.fr/"


def test_readme_sections_records_no_demo(tmp_path):
    files = {"README.md": BY_BODY, "modules/formx/formx.module": "<?php\nfunction formx_menu() {\n  return array();\n}\n",
             "modules/formx/formx.info": "name = Formx\ncore = 7.x\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme-sections"]))["documentation.readme-sections"]
    assert r["details"]["signals"]["demo"] is None, r["details"]
