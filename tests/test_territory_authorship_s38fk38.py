"""reusability.territory-neutral (issue 12, s38 fk38 = TelesCoop/IArbre-v1-…, FlorentBedecarratsNM/meal4cast).

A Python module's dunder metadata, `__copyright__ = "Copyright 2022, … Métropole de Lyon"`, was read as a local government's name
in a text of the program: `\\b` fails after `__`. An R package's golem start script gives usethis its licence's holder and its code
of conduct's contact, `usethis::use_mit_license("Nantes Métropole")`, `use_code_of_conduct("data@nantesmetropole.fr")`: both were
read as the territory's name and mail domain. These are authorship and contact statements, like `author=` / `"copyright":`.
Near misses: the same name in the module's description printed to the user, and the same domain given to a mail function, stay.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"


def _findings(r):
    return {(e.get("path"), e.get("line"), e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"}


def test_a_modules_dunder_copyright_names_its_author(tmp_path):
    files = {"requirements.txt": "requests==2.31.0\n",
             "scripts/main.py": '#!/usr/bin/env python3\n__author__ = "Jeanne Martin"\n'
                                '__copyright__ = "Copyright 2022, ACME x Lab, Métropole de Lyon"\n'
                                '__credits__ = ["Jeanne Martin"]\n\n\ndef run():\n    return 1\n',
             "README.md": "# Calcul\n\nScripts de calcul.\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "pass", r["evidence"]


def test_a_modules_description_printed_keeps_the_name(tmp_path):
    files = {"requirements.txt": "requests==2.31.0\n",
             "scripts/main.py": '#!/usr/bin/env python3\n__copyright__ = "Copyright 2022, ACME"\n\n\ndef run():\n'
                                '    print("Calcul des indices pour la Métropole de Lyon")\n',
             "README.md": "# Calcul\n\nScripts de calcul.\n"}
    r = check_result(tmp_path, files, CID)
    assert ("scripts/main.py", 6, "Métropole de Lyon") in _findings(r), r["evidence"]


START = """## Create Common Files ----
usethis::use_mit_license( "Nantes Métropole" )  # You can set another license here
usethis::use_readme_rmd( open = FALSE )
usethis::use_code_of_conduct("drn.data@nantesmetropole.fr", ".github/")
usethis::use_news_md( open = FALSE )
"""


def _r_files(start: str) -> dict:
    return {"DESCRIPTION": "Package: repas\nTitle: Prevision\nVersion: 0.1.0\nImports: shiny\n",
            "R/app_ui.R": "app_ui <- function(request) {\n  shiny::fluidPage(shiny::h1(\"Prévisions\"))\n}\n",
            "dev/01_start.R": start, "README.md": "# repas\n\nPrévision des repas.\n"}


def test_a_licence_holder_and_a_code_of_conduct_contact_are_authorship(tmp_path):
    r = check_result(tmp_path, _r_files(START), CID)
    assert not {f for f in _findings(r) if f[0] == "dev/01_start.R"}, r["evidence"]


def test_the_same_name_and_domain_in_the_apps_code_stay(tmp_path):
    start = START + 'shiny::h2("Nantes Métropole")\nblastula::smtp_send(to = "drn.data@nantesmetropole.fr")\n'
    r = check_result(tmp_path, _r_files(start), CID)
    lines = {f[1] for f in _findings(r) if f[0] == "dev/01_start.R"}
    assert {6, 7} <= lines and not lines & {2, 4}, r["evidence"]
