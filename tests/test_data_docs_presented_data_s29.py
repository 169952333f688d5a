"""licensing.data-and-docs (issue 12, s29 f29 = measure 20 reader m20o1, sdmisgeomatique/Prediction_Operationnelle): a fire
service's dashboard publishes its prediction data set, ``data.json`` (99 kB at the root, which its README's project tree gives as
"data.json/  # Données" and whose preparation its methodology report describes), beside the report and three front-end files;
nothing is licensed. The check said "Too little data or documentation beside the code (1 file)": a JSON file under 100 kB outside
a data folder was no data. A data file the README presents as the project's data is its data set, one file or many: the
criterion applies (fail here). A JSON file the README names without speaking of data, or does not name, stays out."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CID = "licensing.data-and-docs"
DATA = json.dumps({"2026-01-%02d" % d: {"creneaux": [{"h": h, "prediction": 41 + d + h, "moyenne": 40 + h} for h in (0, 6, 12, 18)]}
                   for d in range(1, 29)})
PAGE = "<!doctype html><html><head><script src=\"main.js\"></script></head><body><canvas id=\"c\"></canvas></body></html>\n"
MAIN = "fetch('data.json').then(r => r.json()).then(d => draw(d));\nfunction draw(d) { return Object.keys(d).length; }\n"


def readme(tree_line: str) -> str:
    return ("# Graphiques interactifs de la prédiction opérationnelle\n\n## Structure du projet\n```\n"
            f"{tree_line}\n│── index.html /        # Structuration des graphiques\n│── main.js             # Interactivité\n```\n")


def files(tree_line: str) -> dict:
    return {"README.md": readme(tree_line), "index.html": PAGE, "main.js": MAIN, "style.css": "canvas { width: 100%; }\n",
            "data.json": DATA}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_data_file_the_readme_presents_as_data_calls_for_a_licence(tmp_path):
    r = run(tmp_path, files("│── data.json/          # Données"))
    assert r["status"] == "fail", r["message"]
    assert "data" in r["message"]["en"], r["message"]


def test_a_json_file_named_without_data_words_stays_too_little(tmp_path):
    r = run(tmp_path, files("│── data.json           # Fichier chargé par la page"))
    assert r["status"] == "not_applicable", r["message"]
