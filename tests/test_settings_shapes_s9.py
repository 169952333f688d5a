"""reusability.configuration: settings shipped in shapes the check did not see (issue 12, session 8's first reads): a static page's
settings module (js/config.js), an mviewer add-on's config.json options, a Helm chart's values.yaml, and the settings templates of
a SQL/shell kit read as a data model (config/settings.sample.ini), which were "not applicable" or "template: none"."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"


def conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def found(r: dict) -> set[str]:
    return {e.get("path") for e in r["evidence"] if e.get("kind") == "found"}


CONFIG_JS = ('export const CONFIG = {\n  portalUrl: "https://example.maps.arcgis.com/",\n  groupId: "REMPLACEZ_PAR_ID_DU_GROUPE",\n\n'
             '  siteTitle: "Portail Open Data",\n  maxItems: 10,\n  pageSize: 12,\n\n  allowedTypes: [\n    "CSV",\n    "KML"\n  ]\n};\n')
APP_JS = ('import { CONFIG } from "./config.js";\n\nasync function load() {\n  const r = await fetch(`${CONFIG.portalUrl}sharing/rest/content/groups/'
          '${CONFIG.groupId}`);\n  document.title = CONFIG.siteTitle;\n  return r.json();\n}\nload();\n')
PAGE = '<!DOCTYPE html>\n<html lang="fr"><head><title>Portail</title></head>\n<body><div id="list"></div>\n<script type="module" src="js/app.js"></script></body></html>\n'


def test_a_static_pages_settings_module_is_its_settings_file(tmp_path):
    # geodepartement18/geoportail, cher360: js/config.js imported by js/app.js ("remplacez groupId … par l'ID de votre groupe")
    r = conf(tmp_path, {"index.html": PAGE, "js/app.js": APP_JS, "js/config.js": CONFIG_JS,
                        "README.md": "# Portail Open Data\n\n## 1. Configuration\n\nOuvrez js/config.js et remplacez groupId par l'ID de votre groupe.\n"})
    assert r["status"] == "pass", r["message"]
    assert "js/config.js" in found(r)


def test_a_config_js_nobody_loads_or_without_values_is_no_settings_file(tmp_path):
    # (a module of constants no page loads, or one reading the environment, is not taken as the settings file)
    r = conf(tmp_path, {"index.html": PAGE, "js/app.js": 'document.title = "Portail";\n', "js/config.js": CONFIG_JS,
                        "README.md": "# Portail\n\nUne page.\n"})
    assert "js/config.js" not in found(r)
    assert r["status"] == "not_applicable", r["message"]


def test_mviewer_addons_options_are_their_settings(tmp_path):
    # mviewer/mviewer-addons: one folder per add-on, each with its config.json ("js", "html", "target", "options": {…})
    files = {"README.md": "# mviewer-addons\n\nAdd-ons for the mviewer map viewer.\n", "lib/turf.min.js": "!function(){var t=1}();\n"}
    for name, url in (("isochroneAddon", "https://data.geopf.fr/navigation/isochrone?"), ("streetview", "https://maps.example.org/")):
        files[f"{name}/config.json"] = ('{\n  "js": ["' + name + '.js"],\n  "css": "' + name + '.css",\n  "html": "' + name + '.html",\n'
                                        '  "target": "page-content-wrapper",\n  "options": {\n    "title": "Calcul",\n    "url": "' + url + '"\n  }\n}\n')
        files[f"{name}/{name}.js"] = f"var {name} = (function () {{\n  var _options = mviewer.customComponents.{name}.config.options;\n  return {{}};\n}})();\n"
        files[f"{name}/{name}.html"] = f"<div id=\"{name}\"></div>\n"
        files[f"{name}/README.md"] = f"# {name}\n\nOptions: title, url.\n"
    r = conf(tmp_path, files)
    assert r["status"] == "pass", r["message"]
    assert "mviewer" in r["message"]["en"] and "mviewer" in r["message"]["fr"]
    assert "isochroneAddon/config.json" in found(r)


def test_a_helm_charts_values_are_its_settings_template(tmp_path):
    # mviewer/helm-charts: mviewer/values.yaml beside mviewer/Chart.yaml ("Create a new separate 'values' file")
    r = conf(tmp_path, {"mviewer/Chart.yaml": "apiVersion: v2\nname: mviewer\nversion: 1.2.0\nappVersion: \"3.10\"\n",
                        "mviewer/values.yaml": "mviewer:\n  image:\n    repository: mviewer/mviewer\n    tag: v3.10\n"
                                               "ingress:\n  enabled: false\n  host: mviewer.example.org\n",
                        "mviewer/templates/mviewer-deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n"
                                                                    "spec:\n  template:\n    spec:\n      containers:\n"
                                                                    "        - image: \"{{ .Values.mviewer.image.repository }}:{{ .Values.mviewer.image.tag }}\"\n",
                        "mviewer/README.md": "# mviewer chart\n\nCreate a new separate 'values' file and install with helm install -f.\n",
                        "README.md": "# Helm charts\n\nCharts of the mviewer project.\n"})
    assert r["status"] == "pass", r["message"]
    assert "Helm" in r["message"]["en"]
    assert "mviewer/values.yaml" in found(r)


SQL = ("CREATE SCHEMA IF NOT EXISTS gn_imports;\nCREATE TABLE gn_imports.cbna_synthese (\n  id serial PRIMARY KEY,\n  cd_nom integer,\n"
       "  geom geometry(Point, 2154)\n);\nCREATE INDEX ON gn_imports.cbna_synthese USING gist (geom);\n")


def test_a_sql_kit_shipping_a_settings_sample_is_judged(tmp_path):
    # cbn-alpin/sinp-paca-data, various-scripts: read as a data model, "not applicable" beside config/settings.sample.ini to copy
    files = {"README.md": "# SINP PACA data\n\nScripts d'intégration des données.\n\nCopier config/settings.sample.ini en config/settings.ini et l'adapter.\n"}
    for i, name in enumerate(("001_schema", "002_tables", "003_views", "004_index")):
        files[f"cbna/data/sql/{name}.sql"] = SQL.replace("cbna_synthese", f"cbna_{i}")
    files["cbna/bin/import.sh"] = '#!/bin/bash\nsource "$(dirname "$0")/../config/settings.ini"\npsql -h "${db_host}" -f ../data/sql/001_schema.sql\n'
    files["cbna/config/settings.sample.ini"] = "# Base de données\ndb_host=\"localhost\"\ndb_name=\"geonature2db\"\ndb_user=\"geonatadmin\"\ndb_pass=\"\"\n"
    r = conf(tmp_path, files)
    assert r["status"] in ("pass", "warn"), r["message"]
    assert "cbna/config/settings.sample.ini" in found(r)


def test_a_data_model_without_template_stays_not_applicable(tmp_path):
    files = {"README.md": "# Modèle\n\nLe modèle de données PostGIS.\n"}
    for i, name in enumerate(("001_schema", "002_tables", "003_views")):
        files[f"sql/{name}.sql"] = SQL.replace("cbna_synthese", f"t_{i}")
    r = conf(tmp_path, files)
    assert r["status"] == "not_applicable", r["message"]


def test_a_config_block_written_in_a_tools_code_is_no_absence_of_settings(tmp_path):
    # erasme/musicall: player.py's "# CONFIG" block (sensor → note mapping, serial devices), n/a "no setting at all"
    player = ("#!/usr/bin/env python\nimport serial\n\n# CONFIG\nCONFIG = []\nCONFIG.append([[2, 259, 'Do', 'drums2/closed']])\n"
              "SERIAL = '/dev/ttyUSB0'\nMODE = 'piano'\n\nif __name__ == '__main__':\n    port = serial.Serial(SERIAL)\n    print(port.read())\n")
    r = conf(tmp_path, {"player.py": player, "README.md": "# MusicAll\n\nUne barrière musicale.\n"})
    assert r["status"] == "fail", r["message"]
    assert "player.py" in r["message"]["en"] and "player.py" in r["message"]["fr"]


def test_a_settings_file_the_readme_says_to_create_from_is_the_template(tmp_path):
    # Tisseo/navitia-checker: "créer le fichier params.json à partir du fichier default_params.json" (steps/default_params.json)
    steps = "import json\nfrom behave import given\n\n@given('a coverage')\ndef step(context):\n    params = json.load(open('steps/params.json'))\n"
    r = conf(tmp_path, {"steps/basics.py": steps, "steps/default_params.json": '{"key": "", "url": "https://api.navitia.io/v1/"}\n',
                        "readme.md": "# Installation\n* installer les dépendances\n* créer le fichier params.json à partir du fichier default_params.json.\n"})
    assert "steps/default_params.json" in found(r), r["message"]
