"""Session 20 (h2, reader m1). documentation.docs found "API" in a PostGIS post-processing kit of CRIGE PACA
(OLD_PACA_CRIGE_CommunesForestieres): its sub-folder README lists the data sources by theme, one heading "### 🚗 ROUTES" (the
roads) over a table of IGN layers; a bare "Routes" heading is an API's only with HTTP routes under it. And it found no documentation
folder in APUR's maj_amenagement_cyclable, whose methodologie/ holds the method (.docx) and the nomenclature (PDF) that
licensing.data-and-docs counts as documentation: a folder named for the method or for notices is documentation when it holds
documents, not when it is code."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "documentation.docs"
SQL = "CREATE SCHEMA old;\nCREATE TABLE old.zone (id serial PRIMARY KEY, geom geometry(MultiPolygon, 2154));\n"
SOURCES = ("# Post-traitement\n\nScripts SQL lancés après l'import des couches.\n\n## Données généralistes\n\n"
           "| Source | Nom par défaut | Schéma d'import |\n| :--: | :--: | :--: |\n| [Cadastre](https://example.org/cadastre) | parcelle | r_cadastre |\n\n"
           "### 🚗 ROUTES\n\n| Source | Nom par défaut | Schéma d'import |\n| :--: | :--: | :--: |\n"
           "| [Topographie](https://example.org/topo?format=GPKG) | troncon_de_route | r_topo |\n\n"
           "### ⚡ RÉSEAUX\n\n| Source | Nom par défaut | Schéma d'import |\n| :--: | :--: | :--: |\n| [Réseau](https://example.org/reseau) | ligne | r_reseau |\n")
HTTP = ("# Service des zones\n\nLe service web sert les zones.\n\n## Routes\n\n```\nGET /zones\nGET /zones/{id}\n```\n\n"
        "## Lancement\n\nVoir le README principal.\n")


def _docs(tmp_path, files, name):
    report = run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID])
    return report["facts"]["docs"], results(report)[CID]


def test_a_routes_heading_over_road_data_is_no_api(tmp_path):
    files = {"README.md": "# Obligations de débroussaillement\n\nTraitements PostGIS des zones.\n", "1_post_traitement/01_zones.sql": SQL,
             "1_post_traitement/README.md": SOURCES}
    facts, r = _docs(tmp_path, files, "roads")
    assert not facts["api"], facts["api"]
    assert "api" not in r["details"]["found"], r["message"]
    # the same heading in the README itself
    facts, r = _docs(tmp_path, {"README.md": SOURCES, "01_zones.sql": SQL}, "root")
    assert "api" not in r["details"]["found"], r["message"]


def test_a_routes_heading_over_http_routes_still_is_the_api(tmp_path):
    files = {"README.md": "# Zones\n\nTraitements PostGIS des zones.\n", "sql/01_zones.sql": SQL, "service/README.md": HTTP,
             "service/app.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get('/zones')\ndef zones():\n    return []\n"}
    facts, r = _docs(tmp_path, files, "http")
    assert facts["api"] == ["service/README.md"], facts["api"]
    facts, r = _docs(tmp_path, {"README.md": HTTP, "app.py": files["service/app.py"]}, "rootapi")
    assert "api" in r["details"]["found"], r["message"]


def test_a_methodology_folder_of_documents_is_documentation(tmp_path):
    files = {"README.md": "# Mise à jour des aménagements cyclables\n\nScripts de mise à jour.\n",
             "maj.py": "import csv\n\nprint('maj')\n",
             "methodologie/Methode_de_mise_a_jour.docx": "PK\x03\x04 document",
             "methodologie/Nomenclature des amenagements.pdf": "%PDF-1.4 nomenclature",
             "methodologie/metadonnees.pdf": "%PDF-1.4 metadonnees"}
    facts, r = _docs(tmp_path, files, "method")
    assert "methodologie" in facts["docs_dirs"], facts["docs_dirs"]
    assert "folder" in r["details"]["found"], r["message"]


def test_a_notices_module_of_code_is_no_documentation(tmp_path):
    files = {"README.md": "# Portail\n\nApplication du portail.\n", "app/__init__.py": "",
             "app/notices/__init__.py": "", "app/notices/views.py": "def notice_list(request):\n    return []\n",
             "app/notices/templates.html": "<ul>{% for n in notices %}<li>{{ n }}</li>{% endfor %}</ul>\n"}
    facts, r = _docs(tmp_path, files, "code")
    assert not any(d.endswith("notices") for d in facts["docs_dirs"]), facts["docs_dirs"]
