"""facts.project.kind (issue 12, s38 fg38 = reader rc38, geovendee/formation-prog-20212022): a GIS team's programming course — its
PDFs at the root, Python and PyQGIS exercises, MS-DOS batch recipes — holds one OpenLayers exercise page in ol/; that page made the
repository a static site ("HTML page"), and reusability.install asked how to publish it. A site is decided at the root or in its
publishing folder, not by an exercise page in a sub-folder. Near misses: the same map at the root, or a map in its own folder with no
course documents beside it, stay a static site."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Carte</title>\n<script src=\"https://cdn.jsdelivr.net/npm/ol@v7.3.0/dist/ol.js\"></script>\n"
        "</head><body><div id=\"map\"></div><script src=\"js/script.js\"></script></body></html>\n")
SCRIPT = "var map = new ol.Map({target: 'map', layers: [new ol.layer.Tile({source: new ol.source.OSM()})],\n" \
         "  view: new ol.View({center: [0, 0], zoom: 2})});\n"
COURSE = {
    "README.md": "# PROGRAMMATION\n1. Les variables\n2. Les boucles\n3. PyQGIS\n\n# MS-DOS\n1. Les commandes\n",
    "Programmation_Python_v1.pdf": "%PDF-1.4\n% cours\n",
    "Programmation_MS-DOS_v1.pdf": "%PDF-1.4\n% cours\n",
    "exercice-1.py": "prenom = input('Votre prénom ? ')\nprint('Bonjour ' + prenom)\n",
    "exercice-2.py": "for i in range(10):\n    print(i * i)\n",
    "exercice-3.py": "villes = ['Luçon', 'Challans']\nfor v in villes:\n    print(v.upper())\n",
    "exercice-4.py": "total = 0\nfor n in [1, 2, 3]:\n    total += n\nprint(total)\n",
    "cmd_ogr2ogr.bat": "@echo off\nogr2ogr -f \"PostgreSQL\" PG:\"dbname=sig\" communes.shp\n",
    "cmd_pg_dump.bat": "@echo off\npg_dump -U postgres sig > sig.sql\n",
}


def kind(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.install"]))
    return report["facts"]["project"]


def test_an_exercise_page_in_a_sub_folder_of_a_course_kit_makes_no_static_site(tmp_path):
    project = kind(tmp_path, {**COURSE, "ol/index.html": PAGE, "ol/js/script.js": SCRIPT, "ol/Programmation_JavaScript_v1.pdf": "%PDF-1.4\n"})
    assert project["kind"] != "static-site", project
    assert all(e["path"] != "ol/index.html" for e in project["kind_evidence"]), project


def test_the_same_map_at_the_root_stays_a_static_site(tmp_path):
    project = kind(tmp_path, {**COURSE, "index.html": PAGE, "js/script.js": SCRIPT})
    assert project["kind"] == "static-site", project


def test_a_map_in_its_own_folder_with_no_course_documents_stays_a_static_site(tmp_path):
    files = {"README.md": "# Carte des communes\n\nUne carte des communes.\n", "carte/index.html": PAGE, "carte/js/script.js": SCRIPT}
    project = kind(tmp_path, files)
    assert project["kind"] == "static-site", project
