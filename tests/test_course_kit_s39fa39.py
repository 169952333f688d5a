"""facts.project.kind and reusability.dependencies (issue 12, s39 fa39 = re-reader vb38 of rc38, geovendee/formation-prog-20212022).

A GIS team's programming course: its PDFs at the root and in TD/, the answers to its exercises (exercice-1.py's print, a tkinter form,
TD/TD1.py creating folders, all on the standard library), MS-DOS batch recipes and one OpenLayers exercise page loading the library
from a CDN. Its kind was "command-line tool", decided on the exercises as "Python scripts run as programs", and
reusability.dependencies failed "No dependency manifest" though nothing is loaded beyond Python's standard library.
A course kit — course documents beside code of which at least two files and half are named as exercises (exercice, TD, TP,
solution…) — leaves the kind undecided, said as course material; Python importing the standard library only beside JavaScript
loading no package has no dependency to declare, whatever the kind, and a course kit's exercise pages loading a library from a CDN
install nothing.
Near misses: the same scripts not named as exercises stay a command-line tool; exercises with no course document too; a script
importing requests and pandas with no manifest still fails; a tool's page loading jQuery from a CDN keeps the manifest expected.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.kind_documents import COURSE_KIT, kind_undecided
from auditor.facts.project import judged_kind_text
from tests.gitrepo import make_repo

PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Carte</title>\n"
        "<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/ol@v7.3.0/ol.css\">\n"
        "<script src=\"https://cdn.jsdelivr.net/npm/ol@v7.3.0/dist/ol.js\"></script>\n<link rel=\"stylesheet\" href=\"css/style.css\">\n"
        "</head><body><div id=\"map\"></div><script src=\"js/script.js\"></script></body></html>\n")
SCRIPT = "class Ville {\n  constructor(nom) { this.nom = nom; }\n}\nvar map = new ol.Map({target: 'map', layers: [new ol.layer.Tile({source: new ol.source.OSM()})],\n" \
         "  view: new ol.View({center: [0, 0], zoom: 2})});\n"
FORM = "from tkinter import *\n\nfenetre = Tk()\nLabel(fenetre, text='Nom').pack()\nEntry(fenetre).pack()\nfenetre.mainloop()\n"
TD = ("import os\n\ndef romain(n):\n    return 'I' * n\n\nprint(romain(3))\nfor d in ['TD1', 'TD2']:\n"
      "    os.makedirs(os.path.join('C:\\\\FORMATION', d), exist_ok=True)\n")
COURSE = {
    "README.md": "# PROGRAMMATION\n1. Les variables\n2. Les formulaires\n3. PyQGIS\n\n# MS-DOS\n1. Les commandes\n",
    "Programmation_Python_v1.pdf": "%PDF-1.4\n% cours\n",
    "Programmation_MS-DOS_v1.pdf": "%PDF-1.4\n% cours\n",
    "TD/Python-TD1.pdf": "%PDF-1.4\n% td\n",
    "TD/TD1.py": TD,
    "exercice-1.py": "v1 = 'bonjour'\nprint(v1)\n",
    "exercice-2.py": "import math\n\nprint(math.sqrt(16))\nfor i in range(10):\n    print(i * i)\n",
    "exercice-3.py": FORM,
    "exercice-4.py": "import urllib.request\nimport zipfile\n\nurllib.request.urlretrieve('https://example.org/communes.zip', 'c.zip')\n"
                     "zipfile.ZipFile('c.zip').extractall('communes')\n",
    "cmd_ogr2ogr.bat": "@echo off\nogr2ogr -f \"PostgreSQL\" PG:\"dbname=sig\" communes.shp\n",
    "ol/index.html": PAGE, "ol/js/script.js": SCRIPT, "ol/css/style.css": "#map { height: 400px; }\n",
    "ol/Programmation_JavaScript_v1.pdf": "%PDF-1.4\n",
}
# the same scripts at the root, named for what they do: a GIS team's tools run by hand
TOOLS = {(k.replace("exercice-", "etape-") if k.startswith("exercice-") else "creer_dossiers.py" if k == "TD/TD1.py" else k): v
         for k, v in COURSE.items()}
# a page of a PHP tool beside Python scripts on the standard library
PHP_PAGE = ("<?php $q = htmlspecialchars($_GET['q'] ?? ''); ?>\n<html><head>{extra}</head>\n"
            "<body><form><input name=\"q\" value=\"<?= $q ?>\"></form></body></html>\n")
JQUERY = "<script src=\"https://code.jquery.com/jquery-3.7.1.min.js\"></script>"
IMPORTER = ("import csv\nimport sqlite3\n\nbase = sqlite3.connect('stock.db')\nfor ligne in csv.reader(open('stock.csv')):\n"
            "    base.execute('INSERT INTO stock VALUES (?, ?)', ligne)\nbase.commit()\n")


def audit_of(tmp_path, files, only=("reusability.dependencies",)):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=list(only)))
    return report["facts"]["project"], {r["id"]: r for r in report["results"]}


def test_a_course_kit_is_no_command_line_tool_and_declares_nothing(tmp_path):
    project, results = audit_of(tmp_path, COURSE, ("reusability.dependencies", "interoperability.accessibility-and-ecodesign"))
    assert project["kind"] != "cli-tool" and project["kind_decided"] is False, project  # was cli-tool, "Python scripts run as programs"
    assert {e["reason"] for e in project["kind_evidence"]} == {COURSE_KIT}, project
    assert kind_undecided(project) == "course-material"
    assert "cours" in judged_kind_text(project)["fr"] and "course" in judged_kind_text(project)["en"]
    dep = results["reusability.dependencies"]
    assert dep["status"] == "not_applicable", dep["message"]  # was fail "No dependency manifest."
    assert "standard" in dep["message"]["en"] and "ol/index.html" in dep["message"]["en"], dep["message"]
    assert results["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_the_same_scripts_not_named_as_exercises_stay_a_command_line_tool(tmp_path):
    project, _ = audit_of(tmp_path / "a", TOOLS)
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    # (exercises with no course document beside them: no course kit either)
    no_docs = {k: v for k, v in COURSE.items() if not k.endswith(".pdf") and not k.startswith("ol/")}
    project, _ = audit_of(tmp_path / "b", no_docs)
    assert project["kind"] == "cli-tool" and project["kind_decided"], project


def test_python_on_its_standard_library_beside_plain_php_declares_nothing_whatever_the_kind(tmp_path):
    files = {"README.md": "# Stock\n\nImport du stock et page de recherche.\n", "import_stock.py": IMPORTER,
             "index.php": PHP_PAGE.replace("{extra}", "")}
    _, results = audit_of(tmp_path, files)
    dep = results["reusability.dependencies"]
    assert dep["status"] == "not_applicable", dep["message"]  # was fail "No dependency manifest."
    assert "PHP" in dep["message"]["en"] and "standard library" in dep["message"]["en"], dep["message"]


def test_third_party_imports_or_a_cdn_library_keep_the_manifest_expected(tmp_path):
    pandas = "import pandas as pd\nimport requests\n\nprint(pd.DataFrame(requests.get('https://example.org/a.json').json()))\n"
    _, results = audit_of(tmp_path / "a", {**COURSE, "exercice-2.py": pandas})
    assert results["reusability.dependencies"]["status"] == "fail", results["reusability.dependencies"]["message"]
    files = {"README.md": "# Stock\n\nImport du stock et page de recherche.\n", "import_stock.py": IMPORTER,
             "index.php": PHP_PAGE.replace("{extra}", JQUERY)}
    _, results = audit_of(tmp_path / "b", files)
    assert results["reusability.dependencies"]["status"] == "fail", results["reusability.dependencies"]["message"]
