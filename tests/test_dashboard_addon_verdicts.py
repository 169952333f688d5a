"""Verdicts read against a region's dashboards the tool had not seen (geo2france), fixed at their cause and shown on git
fixtures shaped like the real cases: an mviewer add-on embedded in Superset (``addons/config.json`` naming its script and
where mviewer mounts it, settings as documented constants, WFS layers of the regional platform) and a React dashboard
reading indicators from a WFS in GeoJSON, tagged ``V1.3.0``."""

from __future__ import annotations

import subprocess

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

WFS = "https://www.geo2france.fr/geoserver/spld/ows?service=WFS&version=1.0.0&request=GetFeature&typeName=epci&outputFormat=application/json"
ADDON_JS = ("// Styles par défaut\nconst defaultStyles = { epci: new ol.style.Style({ stroke: new ol.style.Stroke({ color: 'black', width: 3 }) }) };\n"
            f"const dataSources = {{ epci: {{ url: \"{WFS}\", property: \"code_epci\" }} }};\n"
            "async function fetchJson(url) {\n  const response = await fetch(url);\n  return response.json();\n}\n"
            "function showZone(data) {\n  const features = new ol.format.GeoJSON().readFeatures(data);\n  mviewer.getMap().addLayer(features);\n}\n")
ADDON = {
    "README.md": "# addon-mviewer-superset\n\nCet addon permet l'intégration de mviewer dans les tableaux de bord Superset.\n\n"
                 "## Custom Component mviewer (dossier `addons`) - En production\n\n### Cas d'usage\n\nUne carte dans le tableau de bord.\n\n"
                 "### Fonctionnement de l'addon\n\n1. **Configuration** : Les paramètres de mviewer sont configurés via le fichier `JS` de l'addon.\n"
                 "2. **Rendu** : Dans Superset, la carte est un composant Handlebars.\n\n### Fonctionnement dans Superset\n\n"
                 "1. **Installation** : La carte mviewer est appelée via un graphique de type Handlebar dans Superset.\n"
                 "2. **Utilisation** : Les utilisateurs ajoutent le code de l'iframe mviewer.\n\n"
                 "## Custom Component mviewer (dossier `poc`) - Non retenu pour la production\n\nUne preuve de concept.\n",
    "addons/config.json": '{\n    "js": ["cc_superset_ocs2d.js"],\n    "target": "page-content-wrapper"\n}\n',
    "addons/cc_superset_ocs2d.js": ADDON_JS,
    "addons/README.md": "# Custom Component\n\nCe composant relie Superset et MViewer par l'URL.\n\n## 🛠️ Fonctionnement Technique\n\n"
                        "Les entités viennent de services WFS.\n\n## 📂 Structure du Code\n\nUn seul fichier JS.\n",
    "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n",
}
CHECKS = ["reusability.configuration", "reusability.dependencies", "interoperability.data-standards", "documentation.docs",
          "documentation.readme-sections", "reusability.install"]


def test_an_mviewer_addon_is_a_plugin_of_mviewer_judged_as_one(tmp_path):
    report = run(build(tmp_path / "r", ADDON), tmp_path / "c", only=CHECKS, sponsor="local-authority")
    proj = report["facts"]["project"]
    assert proj["kind"] == "library" and proj["kind_decided"] and proj["kind_evidence"] == [{"path": "addons/config.json", "reason": "plugin of mviewer"}]
    res = results(report)
    assert res["reusability.configuration"]["status"] == "not_applicable"
    assert res["reusability.dependencies"]["status"] == "not_applicable"
    ds = res["interoperability.data-standards"]
    assert ds["status"] == "not_applicable" and "GeoJSON" in ds["message"]["fr"]
    docs = res["documentation.docs"]
    assert "api" not in docs["details"]["missing"] and "architecture" in docs["details"]["found"]  # "📂 Structure du Code"
    sections = report["facts"]["readme"]["section_details"]
    assert {d["name"]: d["text"] for d in sections if d["name"] in ("install", "configuration")} == {"install": "Installation", "configuration": "Configuration"}
    assert "deployment" not in report["facts"]["readme"]["sections"]  # "- En production", "- Non retenu pour la production": a status
    assert not [e for e in res["reusability.install"]["evidence"] if e.get("value") == "deployment"]


def test_a_config_json_without_the_addons_script_is_no_mviewer_addon(tmp_path):
    files = {**ADDON, "addons/config.json": '{"js": ["missing.js"], "target": "x"}\n'}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"], sponsor="local-authority")
    assert report["facts"]["project"]["kind_evidence"] != [{"path": "addons/config.json", "reason": "plugin of mviewer"}]


DASHBOARD = {
    "README.md": "# ODEMA-VIZ\n\n## Lancement du projet\n\n### Mode développement\n\n```\nnpm install\n```\n\n## Structure du projet\n\n"
                 "Le projet est sous forme de Single Page Application (SPA) découpée en deux pages de composants React.\n",
    "package.json": '{"name": "odema-viz", "private": true, "scripts": {"dev": "vite", "build": "tsc && vite build"},\n'
                    ' "dependencies": {"axios": "^1.4.0", "echarts": "^5.4.3", "react": "^18.2.0", "react-dom": "^18.2.0"},\n'
                    ' "devDependencies": {"vite": "^4.4.0", "typescript": "^5.0.2"}}\n',
    "src/services/geoweb.service.ts": "import axios from 'axios';\n\nconst BASE =\n  'https://www.geo2france.fr/geoserver/odema/ows?SERVICE=WFS&REQUEST=GetFeature"
                                      "&VERSION=2.0.0&OUTPUTFORMAT=application/json';\nclass GeoWebService {\n  async indicators() {\n"
                                      "    const response = await axios.get(`${BASE}&TYPENAMES=odema:ind_ref`);\n    return response.data.features;\n  }\n}\n"
                                      "export default new GeoWebService();\n",
    "src/App.tsx": "import React from 'react';\nexport default function App() { return <div>Indicateurs</div>; }\n",
    "index.html": "<html><body><div id=\"root\"></div></body></html>\n",
}


def test_a_front_end_over_a_wfs_is_asked_no_api_document_reads_geojson_and_its_capital_v_tag_is_a_release(tmp_path):
    commits = [{"files": DASHBOARD, "date": "2023-09-13T10:00:00Z", "message": "v1.2", "tag": "v1.2.0"},
               {"files": {"src/App.tsx": "export default function App() { return null; }\n"}, "date": "2023-10-16T10:00:00Z",
                "message": "v1.3", "tag": "V1.3.0"}]
    report = run(make_repo(tmp_path / "r", commits), tmp_path / "c", sponsor="local-authority",
                 only=["documentation.docs", "interoperability.geo", "maintenance.releases", "interoperability.api-spec"])
    res = results(report)
    assert res["interoperability.api-spec"]["status"] == "not_applicable"
    assert "api" not in res["documentation.docs"]["details"]["missing"]
    assert res["interoperability.geo"]["details"]["geojson"] is True and "GeoJSON ou format géographique ouvert : oui" in res["interoperability.geo"]["message"]["fr"]
    assert "V1.3.0 (2023-10-16)" in res["maintenance.releases"]["message"]["fr"]


def test_a_web_application_serving_an_api_is_still_asked_its_api_document(tmp_path):
    files = {**DASHBOARD, "package.json": '{"name": "x", "dependencies": {"express": "^4.18.0", "react": "^18.2.0"}}\n',
             "server.js": "const express = require('express');\nconst app = express();\napp.get('/api/x', (req, res) => res.json({}));\napp.listen(3000);\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.docs"], sponsor="local-authority")
    assert "api" in results(report)["documentation.docs"]["details"]["missing"]


TEMPLATE = {
    "README.md": "\n# Projet DashBoard G2F\n\nCe projet cherche à exploiter pleinement les capacités offertes par la technologie DGE-DataGrandEst. "
                 "Pour ce faire, il s'appuie sur les données fournies par géo2france. Il utilise différentes bibliothèques comme mentionné ci-dessous :\n\n"
                 "## Les outils utilisés :\n- animation : [AOS](https://michalsnik.github.io/aos/)\n\n*L'utilisation de l'IDE visual studio code avec "
                 "l'extension better comments est conseillé pour une meilleure lisibilité du code.*\n\n## Les couleurs avec bootstrap :\n\n"
                 "Il existe de nombreuses autres couleurs bootstrap, pour plus d'informations je vous invite à regarder la "
                 "[documentation](https://getbootstrap.com/docs/5.2/customize/color/).\n",
    "index.html": "<html><head><link href=\"dist/bootstrap/css/bootstrap.min.css\" rel=\"stylesheet\"></head><body>\n"
                  "<dge-table api=\"csv\" url=\"./data/population.csv\"></dge-table>\n<script src=\"js/list.js\"></script></body></html>\n",
    "js/list.js": "// Liste déroulante des villes\nPapa.parse('./data/population.csv', { download: true, complete: function (r) { selectVille(r.data); } });\n",
    "data/population.csv": "ville;total\nAbbeville;22608\nArras;41184\n",
    "dist/global.css": ".dge-figure-light { color: #333; }\n",
    "dist/aos-master/package.json": '{"name": "aos", "version": "3.0.0", "license": "MIT", "devDependencies": {"webpack": "^4.0.0"}}\n',
    "dist/aos-master/CHANGELOG.md": "# Changelog\n\n## [3.0.0]\n- Initial\n",
    "dist/aos-master/LICENSE": "The MIT License (MIT)\n\nCopyright (c) 2015 Michał Sajnóg\n",
    "dist/aos-master/src/js/aos.js": "/**\n * *******************************************************\n * AOS (Animate on scroll) - wowjs alternative\n */\n"
                                     "const init = function init(settings) { return settings; };\nexport default { init };\n",
    "dist/PapaParse-5.0.2/.eslintrc.js": "module.exports = { rules: { indent: ['error', 'tab'] } };\n",
    "dist/PapaParse-5.0.2/papaparse.js": "/* @license\nPapa Parse\nv5.0.2\nhttps://github.com/mholt/PapaParse\nLicense: MIT\n*/\n(function(){})();\n",
    "dist/bootstrap/js/bootstrap.min.js": "/*!\n  * Bootstrap v5.1.3 (https://getbootstrap.com/)\n  * Licensed under MIT\n  */\n!function(){}();\n",
}
T_CHECKS = ["reusability.build-output", "documentation.community-files", "reusability.tests-and-ci", "documentation.docs", "documentation.readme"]


def test_a_static_dashboard_that_builds_nothing_copied_its_libraries_into_dist(tmp_path):
    """Shaped like geo2france/template-dashboard: nothing builds dist/ (no manifest, no bundler outside it): the libraries copied
    there are third-party code, and their CHANGELOG, linter settings and documentation links are not the project's."""
    repo = build(tmp_path / "r", TEMPLATE)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", "https://github.com/geo2france/template-dashboard.git"], check=True)
    report = run(repo, tmp_path / "c", only=T_CHECKS, sponsor="local-authority")
    res = results(report)
    assert res["reusability.build-output"]["status"] == "pass"
    assert report["facts"]["files"]["changelog"] is None and "changelog" not in res["documentation.community-files"]["details"].get("present", [])
    assert res["reusability.tests-and-ci"]["details"]["linter"] is False
    assert "site" not in res["documentation.docs"]["details"]["found"]  # Bootstrap's documentation, linked from a sentence naming bootstrap
    assert report["facts"]["readme"]["description"]["text"].startswith("Ce projet cherche à exploiter")


def test_a_dist_folder_a_bundler_writes_stays_build_output(tmp_path):
    files = {**{k: v for k, v in TEMPLATE.items() if not k.startswith("dist/")}, "package.json": '{"name": "d", "scripts": {"build": "vite build"}}\n',
             "vite.config.js": "export default {};\n", "dist/assets/index-4f2a.js": "var a=1;\n", "dist/index.html": "<html></html>\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.build-output"], sponsor="local-authority"))
    assert res["reusability.build-output"]["status"] == "warn"


def test_a_wide_table_keyed_by_communes_insee_codes_uses_the_identifier(tmp_path):
    """Shaped like Atelier-parisien-d-urbanisme/Observatoire-economie-paris: a chart's data file whose header row is the communes'
    INSEE codes (one column per commune, values per row); before: identifiers 'not applicable, no identifier handled'. A header
    of amounts (10000;20000;…) or years is no list of codes."""
    html = "<html><body><div id='carte'></div><script src='carte.js'></script></body></html>\n"
    js = "d3.dsv(';', 'map1Data.csv').then(function (rows) { dessine(rows); });\n"
    wide = "75101;75102;75103;75104;75105;75106;92002;92004;93001;94002\n8,7;7,8;7,5;7,8;6,6;6,1;6,5;7,0;7,0;10,6\n"
    files = {"README.md": "# Observatoire\n\nLes indicateurs de l'économie du territoire.\n", "3_Chomage/index.html": html,
             "3_Chomage/carte.js": js, "3_Chomage/map1Data.csv": wide}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.identifiers"]))["interoperability.identifiers"]
    assert r["status"] != "not_applicable" and r["details"]["fields"] == ["insee"], r
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [("3_Chomage/map1Data.csv", 1)] and "75101;75102" in r["evidence"][0]["value"]
    amounts = {**files, "3_Chomage/map1Data.csv": "10000;20000;30000;40000;50000\n1;2;3;4;5\n"}
    r = results(run(build(tmp_path / "s", amounts), tmp_path / "c2", only=["interoperability.identifiers"]))["interoperability.identifiers"]
    assert r["status"] == "not_applicable", r
