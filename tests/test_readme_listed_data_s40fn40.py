"""A data file the README lists under its opening "this repository contains the data…" is the project's data (issue 12, s40 fn40
= reader rj40's touristic/provencemed).

A tourism agenda's repository: README "Ce dépôt contient les données touristiques du territoire … structurées en JSON", then
"## Fichier principal" / "- `agenda.json` : liste d'événements à venir", and the script that writes agenda.json from the API. The list
item says no word of data, so agenda.json was no presented data: interoperability.data-standards "only JSON messages" (n/a) and
licensing.data-and-docs "neither data set nor documentation" (n/a). Rule now: when the README's opening says the repository holds
data, the data files its list items name are the data it presents. Near miss: a README whose opening presents code lists the same
file: it stays no presented data."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

STANDARDS, DATA_DOCS = "interoperability.data-standards", "licensing.data-and-docs"
README = ("# Agenda touristique du territoire\n\nCe dépôt contient les données touristiques du territoire structurées en JSON pour "
          "alimenter des assistants.\n\n## Fichier principal\n\n- `agenda.json` : liste d'événements à venir\n\n## Source\n\n- l'API du "
          "système d'information touristique\n")
SCRIPT = ("import json\nimport requests\n\n\ndef main():\n    r = requests.get('https://example.org/api/events')\n"
          "    with open('agenda.json', 'w') as f:\n        json.dump(r.json(), f)\n\n\nmain()\n")
FILES = {"README.md": README, "requirements.txt": "requests\n", "extract_agenda.py": SCRIPT,
         "agenda.json": '[{"titre": "Concert", "date": "2025-06-01", "commune": "Villeneuve"}]\n'}
CODE_README = README.replace("Ce dépôt contient les données touristiques du territoire structurées en JSON pour alimenter des assistants.",
                             "Ce dépôt contient le script d'extraction de l'agenda.")


def test_the_listed_main_file_is_the_projects_data(tmp_path):
    r = check_result(tmp_path, FILES, STANDARDS)
    assert r["status"] != "not_applicable" and "JSON" in r["details"]["formats"], (r["status"], r["message"])
    d = check_result(tmp_path / "d", FILES, DATA_DOCS)
    assert d["status"] == "fail", (d["status"], d["message"])


def test_a_code_readme_listing_the_file_presents_no_data(tmp_path):
    files = {**FILES, "README.md": CODE_README}
    r = check_result(tmp_path, files, STANDARDS)
    assert r["status"] == "not_applicable", (r["status"], r["message"])
    d = check_result(tmp_path / "d", files, DATA_DOCS)
    assert d["status"] == "not_applicable", (d["status"], d["message"])
