"""Session 46 (fg46): an address given as a drop-down list's choice is a page the person opens, not data the site loads.

BrandonSev/Ville-de-chartres (a static site presenting a town): demarche.html's <select> menus list the town's online procedures as
<option value="https://www.chartres.fr/…">, which demarche.js opens with window.location.assign(event.target.value); scaling.hosting
said "Data come from a public body's servers (chartres.fr, demarche.html:98)". A choice's value is a link unless the address names a
service or a file the code reads: a select of map layers whose values are WMS addresses stays loaded (near miss)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

SCRIPT = ("const menu = document.querySelector('#procedures');\nmenu.addEventListener('change', (event) => {\n"
          "  window.location.assign(event.target.value);\n});\n")


def _site(options: str) -> dict:
    page = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Démarches</title></head>\n<body>\n"
            "  <label for=\"procedures\">Démarches en ligne :</label>\n  <select name=\"procedures\" id=\"procedures\">\n"
            "    <option value=\"\">-- Choisissez --</option>\n" + options +
            "  </select>\n  <script src=\"menu.js\"></script>\n</body>\n</html>\n")
    return {"index.html": page, "menu.js": SCRIPT}


def _hosting(tmp_path, options: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": _site(options), "date": "2022-02-15T10:00:00Z", "message": "site",
                                       "author": ("Jeanne Etudiante", "jeanne.etudiante@example.org")}])
    return results(run_audit(repo, tmp_path / "c", ["scaling.hosting"]))["scaling.hosting"]


def test_procedure_pages_in_a_select_are_links(tmp_path):
    options = "".join(f"    <option value=\"https://www.ville-exemple.fr/demarches/{p}\">{p}</option>\n"
                      for p in ("etat-civil", "bapteme-civil", "naissance"))
    r = _hosting(tmp_path, options)
    assert "public body" not in r["message"]["en"], r["message"]
    assert not any((e.get("value") or {}).get("host") == "ville-exemple.fr" for e in r["evidence"] if isinstance(e.get("value"), dict)), r["evidence"]


def test_a_select_of_wms_layers_stays_loaded(tmp_path):
    options = "    <option value=\"https://data.ville-exemple.fr/geoserver/wms?layers=parcs\">Parcs</option>\n"
    r = _hosting(tmp_path, options)
    assert any(isinstance(e.get("value"), dict) and e["value"].get("host") == "ville-exemple.fr" for e in r["evidence"]), r
