"""documentation.readme / readme-sections: a blockquote led by who made the project is its credit, not its description (issue 12,
session 42 fixer ff42 = thepriben/demo-inforoute-084, reader rc42 item 3). A département's map prototype opens its README on a quoted
credit, "> Concepteur du projet : <name>, chargé de mission … au sein du CD84", above a picture and the title; the description (and the
purpose found "via sentence") was that credit, where the first sentence under the title says what the project is. Near miss: a quoted
tagline on the first line that says what the project is stays the description. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

_BODY = ("---\n\n<img width=\"800\" alt=\"capture\" src=\"https://example.org/capture.png\" />\n\n---\n\n# Démo Routes 12\n\n"
         "Prototype de carte web pour explorer le réseau routier départemental de l'Aveyron.\n"
         "Ce démonstrateur réunit la hiérarchie du réseau, les comptages et l'accidentologie dans un outil léger.\n\n"
         "## Ce que montre la carte\n\n- Le réseau départemental.\n- Les stations de comptage.\n\n"
         "## Lancer la démo en local\n\n```bash\npython3 -m http.server 8000\n```\n")

_CHECKS = ["documentation.readme", "documentation.readme-sections"]


def _run(tmp_path, first: str) -> dict:
    files = {"README.md": first + "\n\n" + _BODY, "index.html": "<!doctype html><html><body><div id=\"map\"></div></body></html>\n"}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", _CHECKS))


def _found(r: dict, section: str | None = None) -> list:
    return [e for e in r["evidence"] if e.get("kind") == "found" and (section is None or (e.get("value") or {}).get("section") == section)]


def test_a_quoted_credit_on_the_first_line_is_no_description(tmp_path):
    res = _run(tmp_path, "> Concepteur du projet : Jeanne Martin [@jmartin](https://github.com/jmartin), chargée de mission outils "
                         "routiers au sein du CD12 en 2026.")
    desc = [e for e in _found(res["documentation.readme"]) if isinstance(e.get("value"), str)]
    assert desc and desc[0]["line"] == 11 and desc[0]["value"].startswith("Prototype de carte web"), res["documentation.readme"]["evidence"]
    purpose = _found(res["documentation.readme-sections"], "purpose")
    assert purpose and purpose[0]["line"] == 11, purpose


def test_a_quoted_credit_by_participle_is_no_description(tmp_path):
    res = _run(tmp_path, "> *Réalisé par Jeanne Martin, service des routes du Département.*")
    purpose = _found(res["documentation.readme-sections"], "purpose")
    assert purpose and purpose[0]["line"] == 11, purpose


def test_a_quoted_tagline_on_the_first_line_stays_the_description(tmp_path):
    res = _run(tmp_path, "> Carte web des routes départementales de l'Aveyron, de leurs comptages et de leur accidentologie.")
    desc = [e for e in _found(res["documentation.readme"]) if isinstance(e.get("value"), str)]
    assert desc and desc[0]["line"] == 1, res["documentation.readme"]["evidence"]
