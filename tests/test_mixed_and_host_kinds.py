"""Kinds of project read on real repositories (sessions 4 and 5), each on a git fixture shaped like the real case: a
command-line tool that also starts a small web server of its own (a CLI and a bottle API with dashboards sharing one code) is
judged on both sides; a QGIS Deployment Toolbelt repository is a GIS kit whose profiles pin their plugins; a MapStore extension
is a plugin of its host; a JCMS plugin's dependencies.list is its manifest."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

APP_WEB = ("import bottle\n\n\nclass ApplicationWeb:\n    \"\"\"The reports' API and dashboards.\"\"\"\n\n"
           "    def __init__(self):\n        self._app = bottle.Bottle()\n        self._route()\n\n"
           "    def _route(self):\n        self._app.route('/', method='GET', callback=self.index)\n"
           "        self._app.route('/reports', method='GET', callback=self.reports)\n\n"
           "    def index(self):\n        return bottle.template('index')\n\n    def reports(self):\n        return {'reports': []}\n")
CLI = ("import click\n\n\n@click.group()\ndef cli():\n    \"\"\"Read a consistency report.\"\"\"\n\n\n"
       "@cli.command()\n@click.option('--report', default=0)\ndef errors(report):\n    \"\"\"Print the errors of a report.\"\"\"\n"
       "    click.echo(report)\n")
CLI_AND_SERVER = {  # shaped like a regional SDI's report reader: a click CLI and a bottle server of the same reports
    "README.md": "# SDI report\n\nTwo applications sharing one code: a command-line tool reading the reports and a server giving "
                 "them as an API and dashboards.\n",
    "LICENSE": "MIT License\n",
    "requirements_cli.txt": "click==8.1.7\nPyYAML==6.0.1\nrequests==2.31.0\n",
    "sdi_report/__init__.py": "",
    "sdi_report/__main__.py": "from sdi_report.app_cli.cli import cli\n\nif __name__ == '__main__':\n    cli()\n",
    "sdi_report/app_cli/cli.py": CLI,
    "sdi_report/app_web/requirements_web.txt": "PyYAML==6.0\nrequests==2.28.1\nbottle==0.12.23\n",
    "sdi_report/app_web/application.py": APP_WEB,
    "sdi_report/dashboard/templates/wms.html": "<html><body><h1>WMS</h1><table id='t'></table></body></html>\n",
    "sdi_report/dashboard/templates/wfs.html": "<html><body><h1>WFS</h1><table id='t'></table></body></html>\n",
}
SIDES = ["interoperability.api-spec", "interoperability.accessibility-and-ecodesign", "reusability.configuration",
         "interoperability.data-standards", "interoperability.public-building-blocks"]


def test_a_command_line_tool_starting_its_own_web_server_is_judged_on_both_sides(tmp_path):
    report = run(build(tmp_path / "r", CLI_AND_SERVER), tmp_path / "c", only=SIDES)
    proj = report["facts"]["project"]
    assert proj["kind"] == "cli-tool", proj
    assert [a["kind"] for a in proj["also_kinds"]] == ["web-application"]
    assert proj["also_kinds"][0]["evidence"][0]["path"] == "sdi_report/app_web/application.py"
    res = results(report)
    # the server's side: its API and its dashboard pages are judged
    api = res["interoperability.api-spec"]
    assert api["status"] == "warn" and "bottle" in api["message"]["en"], api["message"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] not in ("not_applicable", "error")
    # the command-line side still decides what a command-line tool is judged on
    assert res["reusability.configuration"]["status"] == "pass", res["reusability.configuration"]["message"]
    assert "command-line" in res["reusability.configuration"]["message"]["en"]
    assert res["interoperability.data-standards"]["status"] == "not_applicable"
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"


def test_a_command_line_tool_declaring_a_server_it_never_starts_serves_nothing(tmp_path):
    # bottle only used for its template helper, and no route or server entry: no web side
    files = {k: v for k, v in CLI_AND_SERVER.items() if k != "sdi_report/app_web/application.py"}
    files["sdi_report/app_web/render.py"] = "import bottle\n\n\ndef page(name):\n    return bottle.template(name)\n"
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=SIDES[:2])
    proj = report["facts"]["project"]
    assert proj["kind"] == "cli-tool" and proj["also_kinds"] == []
    res = results(report)
    assert res["interoperability.api-spec"]["status"] == "not_applicable"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_a_command_line_tool_with_an_api_server_and_no_page_is_also_an_api_service(tmp_path):
    files = {k: v for k, v in CLI_AND_SERVER.items() if not k.endswith(".html")}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=SIDES[:2])
    assert [a["kind"] for a in report["facts"]["project"]["also_kinds"]] == ["api-service"]
    res = results(report)
    assert res["interoperability.api-spec"]["status"] == "warn"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def _profile(name: str, plugins: list[tuple[str, str | None]]) -> str:
    import json

    return json.dumps({"$schema": "http://raw.githubusercontent.com/qgis-deployment/qgis-deployment-toolbelt-cli/main/docs/schemas/profile/qgis_profile.json",
                       "name": name, "folder_name": name, "qgisMinimumVersion": "3.28.0", "version": "2.0.1",
                       "plugins": [{"name": p, "folder_name": p, "url": f"http://gis.example.org/plugins/{p}.zip",
                                    **({"version": v} if v else {})} for p, v in plugins]}, indent=2)


INI = ("[PostgreSQL]\nconnections\\PROD\\host=db.example.org\nconnections\\PROD\\port=5432\n\n[Projections]\n"
       "projections\\defaultProjectCrs=EPSG:3948\nlayerDefaultCrs=EPSG:3948\n")
QDT = {  # shaped like a city's QGIS Deployment Toolbelt repository: profiles (settings, plugins) and deployment scenarios
    "README.md": "# Qgis Configuration\n\nCe dépôt contient les configurations déployées par la QGIS Deployment Toolbelt.\n\n"
                 "## Détails des profils\n\n### Main\n\nProfil principal des services.\n",
    "profiles/main/profile.json": _profile("main", [("StreetView", "3.3"), ("localiserparcelle", "3.6.1")]),
    "profiles/main/QGIS/QGIS3.ini": INI,
    "profiles/main/QGIS/QGISCUSTOMIZATION3.ini": "[Customization]\nMenus\\mDatabaseMenu=false\n",
    "profiles/eau/profile.json": _profile("eau", [("StreetView", "3.3"), ("topeau", "1.2")]),
    "profiles/eau/QGIS/QGIS3.ini": INI,
    "scenarios/main-scenario.yml": "metadata:\n  id: main\nsteps:\n  - name: Download profiles\n    uses: qprofiles-downloader\n"
                                   "    with:\n      source: https://github.com/example/qgis-configuration\n",
}


def test_a_qgis_deployment_toolbelt_repository_is_a_gis_kit_whose_profiles_pin_their_plugins(tmp_path):
    checks = ["reusability.configuration", "reusability.dependencies", "interoperability.geo", "maintenance.dependency-updates"]
    report = run(build(tmp_path / "r", QDT), tmp_path / "c", only=checks)
    proj = report["facts"]["project"]
    assert proj["kind"] == "gis-kit" and proj["kind_evidence"][0]["reason"] == "QGIS Deployment Toolbelt profile", proj
    res = results(report)
    assert res["reusability.configuration"]["status"] == "not_applicable"  # the repository is the configuration
    dep = res["reusability.dependencies"]
    assert dep["status"] == "pass", dep["message"]
    assert {e["path"] for e in dep["evidence"]} == {"profiles/main/profile.json", "profiles/eau/profile.json"}
    assert dep["details"]["ecosystems"] == {"qgis": {"manifests": 2, "locked": 2}}
    upd = res["maintenance.dependency-updates"]
    assert upd["status"] == "not_applicable" and "profile.json" in upd["message"]["en"], upd["message"]
    geo = res["interoperability.geo"]  # QGIS is the open GIS; the profiles set the legal CC48 reference system
    assert geo["status"] in ("pass", "warn") and geo["details"]["legal_crs"], geo["message"]


def test_a_qdt_profile_without_versions_is_unlocked_and_another_tools_profile_json_no_manifest(tmp_path):
    files = {**QDT, "profiles/eau/profile.json": _profile("eau", [("topeau", None)]),
             "app/profile.json": '{"name": "default", "theme": "dark", "plugins": ["a"]}'}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"])
    dep = results(report)["reusability.dependencies"]
    assert dep["details"]["unlocked"] == ["profiles/eau/profile.json"], dep["details"]
    assert "app/profile.json" not in {e.get("path") for e in dep["evidence"]}


EXTENSION_JSX = ('import {toModulePlugin} from "@mapstore/utils/ModulePluginsUtils";\nimport {name} from "../../../config";\n\n'
                 "export default toModulePlugin(name, () => import('./RTGE'));\n")
PANEL = ('import React from "react";\nimport Message from "@mapstore/components/I18N/Message";\n\n'
         "export function Panel(props) {\n    return <div className='rtge'><Message msgId='rtge.title'/></div>;\n}\n")
MAPSTORE_EXTENSION = {  # shaped like a metropolis's MapStore2 extension, built inside the host's extension tree
    "README.md": "# RTGE\n\nThis MapStore2 plugin requests data extraction from a grid layer.\n\n## Installing\n\n"
                 "Clone geor_MapstoreExtension, then npm i and npm run ext:build.\n",
    "LICENSE.txt": "BSD 2-Clause License\n",
    "plugins/Extension.jsx": EXTENSION_JSX,
    "plugins/RTGE.jsx": PANEL.replace("Panel", "RTGE"),
    "components/Component.jsx": PANEL,
    "actions/rtge-action.js": 'import {UPDATE_MAP_LAYOUT} from "@mapstore/actions/maplayout";\n\nexport const OPEN = "RTGE:OPEN";\n',
    "assets/style.css": ".rtge { color: #333; }\n",
}


def test_a_mapstore_extension_is_a_plugin_of_its_host_not_a_web_application(tmp_path):
    checks = ["reusability.dependencies", "interoperability.public-building-blocks", "interoperability.accessibility-and-ecodesign"]
    report = run(build(tmp_path / "r", MAPSTORE_EXTENSION), tmp_path / "c", only=checks, sponsor="local-authority")
    proj = report["facts"]["project"]
    assert proj["kind"] == "library" and proj["kind_evidence"] == [{"path": "plugins/Extension.jsx", "reason": "plugin of MapStore"}]
    res = results(report)
    assert res["reusability.dependencies"]["status"] == "not_applicable" and "MapStore" in res["reusability.dependencies"]["message"]["en"]
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_a_mapstore_project_with_its_own_package_is_still_an_application(tmp_path):
    # a downstream MapStore application imports the same alias, but builds and serves itself
    files = {k: v for k, v in MAPSTORE_EXTENSION.items() if k != "plugins/Extension.jsx"}
    files["package.json"] = '{"name": "mapstore2-city", "dependencies": {"react": "16.14.0"}, "scripts": {"start": "webpack serve"}}'
    files["index.html"] = "<html><body><div id='container'></div></body></html>\n"
    proj = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.build-output"])["facts"]["project"]
    assert proj["kind"] == "web-application", proj


def test_a_jcms_plugins_dependencies_list_is_its_manifest(tmp_path):
    from tests.test_jcms_plugin_verdicts import SOCLE

    files = {"README.md": "# Espace enseignant\n\nModule JCMS de l'espace enseignant.\n",
             "WEB-INF/plugins/SoclePlugin/plugin.xml": SOCLE["WEB-INF/plugins/SoclePlugin/plugin.xml"],
             "dependencies.list": "https://github.com/example/jPlatformSocle/releases/download/v0.0.292/SoclePlugin_v0.0.289-6-g4bbe0d7.zip\n"
                                  "https://github.com/example/jPlatformSEO/releases/download/v0.0.35/SEOPlugin_v0.0.35.zip\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies", "maintenance.dependency-updates"])
    res = results(report)
    dep = res["reusability.dependencies"]
    assert dep["status"] == "pass" and dep["details"]["ecosystems"] == {"jcms": {"manifests": 1, "locked": 1}}, dep["message"]
    assert res["maintenance.dependency-updates"]["status"] == "not_applicable"


# -- first reads of session 5 --------------------------------------------------------------------------------------------
HOST_COPY = {  # the host's project committed whole into its extension, at the path .gitmodules declares as a submodule
    "MapStore2/package.json": '{"name": "mapstore2", "dependencies": {"react": "16.14.0", "esri-leaflet": "2.0.0", "leaflet": "1.9.4"}}',
    "MapStore2/web/client/utils/ConfigProvider.js": "export const TILES = 'https://server.arcgisonline.com/ArcGIS/rest/services/';\n"
                                                    "export const CENTER = [48.0405018704, -1.65729160235];\n",
    "MapStore2/web/client/test-resources/jwtSampleTokens.js":
        "export const t = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';\n",
    "MapStore2/java/web/src/main/webapp/WEB-INF/web.xml": "<web-app></web-app>\n",
    "MapStore2/CHANGELOG.md": "# Changelog\n\n## 2024.02.00\n",
    **{f"MapStore2/web/client/components/C{i}.jsx": f"import React from 'react';\nexport const C{i} = () => <div/>;\n" for i in range(8)},
    **{f"MapStore2/web/client/components/__tests__/C{i}-test.jsx": "describe('c', () => {});\n" for i in range(8)},
}
EXTENSION_TEMPLATE = {  # shaped like a MapStoreExtension-made extension: its harness (web/ module, pages, docs site) beside the plugin
    "README.md": "# MapStore2 Plugin Editor\n\n`panelEditor` is a MapStore plugin dedicated to attribute read and edit workflows.\n",
    ".gitmodules": '[submodule "MapStore2"]\n\tpath = MapStore2\n\turl = https://github.com/geosolutions-it/MapStore2.git\n',
    "package.json": '{"name": "MapStoreExtension", "devDependencies": {"webpack": "5.0.0"}, "dependencies": {}, '
                    '"scripts": {"ext:build": "webpack --config build/extension/prod-webpack.config.js"}}',
    "js/app.jsx": 'import main from "@mapstore/product/main";\nmain();\n',
    "js/extension/plugins/Extension.jsx": EXTENSION_JSX,
    "js/extension/components/PanelEditor.jsx": PANEL.replace("Panel", "PanelEditor"),
    "js/extension/components/Component.jsx": PANEL,
    "configs/pluginsConfig.json": '{"plugins": [{"name": "Settings", "glyph": "cog", "title": "plugins.Settings.title"}]}\n',
    "web/src/main/webapp/WEB-INF/web.xml": "<web-app></web-app>\n",
    "index.html": "<html><body><div id='container'></div></body></html>\n",
    "mkdocs.yml": "site_name: panel editor\n",
    "docs/index.md": "# Panel editor\n", "docs/user_guide.md": "# Guide\n",
    **HOST_COPY,
}


def test_a_committed_copy_of_a_declared_submodule_is_the_hosts_code_not_the_extensions(tmp_path):
    checks = ["reusability.secrets", "reusability.territory-neutral", "scaling.vendor-lock-in", "documentation.community-files",
              "reusability.tests-and-ci", "interoperability.identifiers", "interoperability.accessibility-and-ecodesign"]
    report = run(build(tmp_path / "r", EXTENSION_TEMPLATE), tmp_path / "c", only=checks)
    proj = report["facts"]["project"]
    assert proj["kind"] == "library" and proj["kind_evidence"][0] == {"path": "js/extension/plugins/Extension.jsx", "reason": "plugin of MapStore"}
    skipped = {s["path"]: s["reason"] for s in report["limits"]["skipped"]}
    res = results(report)
    assert res["reusability.secrets"]["status"] == "pass", res["reusability.secrets"]["evidence"]
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["evidence"]
    assert not any(e.get("kind") == "found" for e in res["documentation.community-files"]["evidence"])  # not MapStore's CHANGELOG
    assert "MapStore2" not in str(res["reusability.tests-and-ci"]["evidence"])
    assert res["interoperability.identifiers"]["status"] == "not_applicable"  # "glyph": "cog" is an icon, not the COG
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
    assert "another project's code" in skipped["MapStore2/"]


def test_the_snapshot_lists_a_copied_submodule_as_a_submodule_with_the_reason(tmp_path):
    from auditor.snapshot import FolderSnapshot

    repo = build(tmp_path / "r", {"README.md": "# x\n", ".gitmodules": '[submodule "lib/host"]\n\tpath = lib/host\n\turl = https://example.org/host.git\n',
                                  "lib/host/a.js": "a();\n", "lib/host/b/c.js": "c();\n", "lib/hostile.js": "h();\n", "src/app.js": "b();\n"})
    snap = FolderSnapshot(str(repo))
    assert snap.files["lib/host"].kind == "submodule" and "lib/host/a.js" not in snap.files and "lib/host/b/c.js" not in snap.files
    assert "lib/hostile.js" in snap.files and "src/app.js" in snap.files
    assert any(s["path"] == "lib/host/" and "2 files" in s["reason"] for s in snap.skipped)


def test_react_map_gl_imported_for_maplibre_is_no_mapbox_and_a_component_library_needs_no_schema(tmp_path):
    files = {"README.md": "# G2F-Dashboard\n\nCollection de composants React pour des tableaux de bord territoriaux.\n\n![diag](architecture_1.png)\n",
             "architecture_1.png": "\x89PNG",
             "package.json": '{"name": "g2f-dashboard", "main": "src/index.ts", "dependencies": {"react-map-gl": "^7.1.7", "echarts": "^5.5.1"}, '
                             '"peerDependencies": {"react": "^18.3.1"}, "devDependencies": {"react": "^18.3.1"}}',
             "src/utils/useMapControl.ts": "import { ControlPosition } from 'react-map-gl/maplibre';\nexport const p: ControlPosition = 'top-left';\n",
             "src/data_providers/wfs/index.ts": "export const dataProvider = (url: string) => fetch(`${url}?service=WFS&request=GetFeature"
                                                "&outputFormat=application/json`).then(r => r.json() as GeoJSON.FeatureCollection);\n",
             "src/components/KeyFigure/KeyFigure.tsx": "export const KeyFigure = () => <div/>;\n",
             "src/components/MapLegend/MapLegend.tsx": "export const MapLegend = () => <div/>;\n"}
    checks = ["scaling.vendor-lock-in", "reusability.portability", "interoperability.geo", "interoperability.data-standards", "documentation.docs"]
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=checks)
    assert report["facts"]["project"]["kind"] == "library"
    res = results(report)
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["evidence"]
    assert "Mapbox" not in res["reusability.portability"]["message"]["en"]
    geo = res["interoperability.geo"]
    assert geo["details"]["proprietary"] == [] and "Open libraries: yes" in geo["message"]["en"], geo["message"]
    assert res["interoperability.data-standards"]["status"] == "not_applicable", res["interoperability.data-standards"]["message"]
    assert "architecture_1.png" in {e.get("path") for e in res["documentation.docs"]["evidence"] if e.get("kind") == "found"}


def test_react_map_gl_without_maplibre_is_still_mapbox(tmp_path):
    files = {"README.md": "# map\n", "package.json": '{"name": "app", "dependencies": {"react": "18.3.1", "react-map-gl": "^7.1.7"}}',
             "src/Map.jsx": "import Map from 'react-map-gl';\nexport const M = () => <Map mapboxAccessToken={TOKEN}/>;\n",
             "src/App.jsx": "import {M} from './Map';\nexport const App = () => <M/>;\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.vendor-lock-in"]))
    assert res["scaling.vendor-lock-in"]["status"] != "pass"


def test_a_glpi_plugins_declared_licence_is_a_licence_source(tmp_path):
    setup = ("<?php\n\nfunction plugin_version_admincolor() {\n   return [\n      'name'           => 'Admincolor',\n"
             "      'license'        => 'GPL v2+',\n   ];\n}\n\nfunction plugin_init_admincolor() {\n   global $PLUGIN_HOOKS;\n}\n")
    files = {"README.md": "# glpi-plugin-admincolor\n".encode("utf-16"), "setup.php": setup, "hook.php": "<?php\nfunction plugin_admincolor_install() { return true; }\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["licensing.open-license", "licensing.authorized-fr", "licensing.consistent"]))
    assert res["licensing.open-license"]["status"] == "pass" and "GPL-2.0-or-later" in res["licensing.open-license"]["message"]["en"]
    assert res["licensing.authorized-fr"]["status"] == "pass"
    assert res["licensing.consistent"]["status"] == "pass"


EXTRACT = ("#!/usr/bin/php\n<?php\n/* Extrait les fichiers listés dans index.txt */\n\nparse_str(implode('&', array_slice($argv, 1)), $args);\n"
           "foreach (file($args['index']) as $name) {\n    copy($args['src'] . trim($name), './' . trim($name));\n}\n")


def test_a_php_script_run_from_the_command_line_is_a_command_set_by_its_arguments(tmp_path):
    files = {"README.md": "# Extract Raster\n\nLe script extrait un ensemble de fichiers d'un dossier source vers un dossier destination.\n\n"
                          "Utilisation:\n\n```\nphp extract_raster.php index=D:\\\\index.txt src=O:\\\\data\\\\ ext=.jp2\n```\n",
             "extract_raster.php": EXTRACT, "extract_raster.bat": "%~dp0\\php.exe -q %~dp0\\extract_raster.php %*\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration", "reusability.install"])
    assert report["facts"]["project"]["kind"] == "cli-tool", report["facts"]["project"]
    res = results(report)
    assert res["reusability.configuration"]["status"] == "pass" and res["reusability.configuration"]["evidence"][0]["value"] == "$argv"
    assert res["reusability.install"]["status"] != "fail"  # the README's php command says how to run it
    web = {**files, "extract_raster.php": EXTRACT.replace("$argv, 1", "$_GET, 1")}  # a page answering requests is no command
    assert run(build(tmp_path / "w", web), tmp_path / "c2", only=["reusability.install"])["facts"]["project"]["kind"] != "cli-tool"


def test_an_api_serving_iso_metadata_behind_georchestras_proxy(tmp_path):
    files = {"README.md": "# mdEdit 2 API\n\nAPI permettant d'interagir avec les fichiers XML de métadonnées déposés sur un serveur.\n",
             "composer.json": '{"require": {"slim/slim": "3.*"}}',
             "index.php": "<?php\n$app = new \\Slim\\App();\n$app->get('/files', function ($req, $res) { return $res->withJson(list_files()); });\n$app->run();\n",
             "classes/user.class.php": "<?php\nclass User {\n  public function getUserInfo() {\n    return ['username' => Helpers::getHeader('HTTP_SEC_USERNAME'),\n"
                                       "            'roles' => explode(';', Helpers::getHeader('HTTP_SEC_ROLES'))];\n  }\n}\n",
             "metadata/org1/FR-1-BdOCS.xml": '<?xml version="1.0"?>\n<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd">\n</gmd:MD_Metadata>\n'}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.auth", "interoperability.data-standards"]))
    assert res["interoperability.auth"]["status"] != "not_applicable", res["interoperability.auth"]["message"]
    ds = res["interoperability.data-standards"]
    assert ds["status"] != "not_applicable" and "ISO 19139" in ds["message"]["en"], ds["message"]


def test_a_data_provider_library_needs_no_map_library(tmp_path):
    files = {"README.md": "# wfs-data-provider\n\nWFS data provider for the refine framework, reading features from any WFS 2.0 server.\n",
             "package.json": '{"name": "refine-wfs", "main": "index.ts", "license": "MIT", "dependencies": {"axios": "^1.6.0"}}',
             "index.ts": "export const dataProvider = (url: string) => ({\n  getList: () => fetch(`${url}?service=WFS&request=GetFeature"
                         "&outputFormat=application/json`).then(r => r.json() as Promise<GeoJSON.FeatureCollection>),\n});\n"}
    geo = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.geo"]))["interoperability.geo"]
    assert "not needed (no map)" in geo["message"]["en"], geo["message"]


def test_a_documentation_folders_licence_is_not_the_datas_and_a_page_about_a_config_template_is_documentation(tmp_path):
    files = {"README.md": "# Viewer\n\nUn visualiseur de cartes pour suivre l'avancement des données.\n", "LICENSE": "GPL-3.0\n",
             "docs/LICENSE": "GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n",
             **{f"docs/page{i}.rst": f"Page {i}\n======\n\nDocumentation of the viewer.\n" for i in range(4)},
             "docs/doc_tech/config_tpl.rst": "Templates\n=========\n\nUse the field code_insee in your template: {{code_insee}}.\n",
             **{f"data/layer{i}.geojson": '{"type": "FeatureCollection", "features": []}' for i in range(4)},
             "index.html": "<html><body><div id='map'></div></body></html>\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["licensing.data-and-docs", "interoperability.identifiers"]))
    dd = res["licensing.data-and-docs"]
    assert dd["status"] == "warn" and "none for the data" in dd["message"]["en"], dd["message"]
    assert res["interoperability.identifiers"]["status"] == "not_applicable", res["interoperability.identifiers"]["evidence"]


def test_an_mviewer_add_on_copied_and_declared_in_the_application_is_how_to_load_it(tmp_path):
    files = {"README.md": "# PCRS\n\nCe plugin pour mviewer permet d'afficher l'avancement des données PCRS pour les différentes zones.\n\n"
                          "### Installation plugin PCRS\n\nAjouter le dossier du custom component dans le dossier « Addons » du projet mviewer.\n\n"
                          "Dans pcrs.xml rajouter cette ligne :\n\n```xml\n<extension type=\"component\" id=\"statchart\" path=\"./addons\"/>\n```\n",
             "apps/pcrs.xml": "<config>\n<application title='PCRS'/>\n<mapoptions maxzoom='20' projection='EPSG:3857'/>\n</config>\n",
             "addons/statchart/statchart.js": "const statchart = (function () { return {init: () => {}}; })();\n",
             "addons/statchart/config.json": '{"js": ["statchart.js"]}'}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install"])
    inst = results(report)["reusability.install"]
    assert inst["status"] == "pass", (report["facts"]["project"]["kind"], inst["message"])


CRON = ("#!/usr/bin/python\n# -*- coding: utf-8 -*-\nimport sys\nimport os, os.path as OP\nimport json\nimport urllib\nimport urllib2\nimport csv\n"
        "from datetime import datetime\n\nurlAPI = 'https://catalogue.example.org/api/3/action/package_list'\n"
        "print json.load(urllib2.urlopen(urlAPI))\n")


def test_a_script_importing_the_standard_library_only_needs_no_manifest(tmp_path):
    files = {"README.md": "# control\n\nLe script interroge l'API CKAN du portail et liste les jeux de données sans description.\n",
             "control.py": CRON}
    dep = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"]))["reusability.dependencies"]
    assert dep["status"] == "not_applicable" and "standard library" in dep["message"]["en"], dep["message"]
    files["control.py"] = CRON.replace("import csv\n", "import csv\nimport requests\n")
    dep = results(run(build(tmp_path / "t", files), tmp_path / "c2", only=["reusability.dependencies"]))["reusability.dependencies"]
    assert dep["status"] == "fail", dep["message"]


def test_a_data_models_folder_readme_listing_the_scripts_to_run_in_order_is_how_to_load_it(tmp_path):
    sql = "CREATE TABLE old_result (id serial primary key, code_commune varchar(5), geom geometry(MultiPolygon, 2154));\n"
    files = {"README.md": "# Obligations légales de débroussaillement\n\nUn modèle de données des obligations légales de débroussaillement "
                          "pour les communes forestières.\n\n**Prérequis**\n\n* PostgreSQL avec PostGIS\n",
             "1_post_traitement/README.md": "## Structure du projet\n\nLe traitement repose sur 4 scripts complémentaires à exécuter dans l'ordre suivant :\n\n"
                                            "| Ordre | Fichier |\n|---|---|\n| 1 | 1_script.sql |\n| 2 | 2_script.sql |\n",
             "1_post_traitement/1_script.sql": sql, "1_post_traitement/2_script.sql": sql.replace("old_result", "old_adresse"),
             "1_post_traitement/3_script.sql": sql.replace("old_result", "old_routes")}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install"])
    assert report["facts"]["project"]["kind"] == "data-model"
    inst = results(report)["reusability.install"]
    assert inst["status"] == "pass" and "1_post_traitement/README.md" in {e.get("path") for e in inst["evidence"]}, inst["message"]


def test_a_talend_job_is_a_batch_job_not_a_specification_of_its_studios_files(tmp_path):
    files = {"README.md": "# SMS_RDV_PMI\n\n## Contexte\n\nLe programme Talend envoie des rappels de rendez-vous aux familles par SMS.\n\n"
                          "## Mise en exploitation\n\n```bash\nRappels_RDV_PMI_run.sh --context_param Fichier_Contexte=config/context.properties\n```\n",
             "talend.project": '<?xml version="1.0"?>\n<talendfile:Project xmlns:talendfile="platform:/resource/org.talend.model/model/TalendFile.xsd"/>\n',
             ".settings/mappings/mapping_validate.xsd": '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>\n',
             ".settings/mappings/mapping_Oracle.xml": "<mapping/>\n",
             "process/Rappels_RDV_PMI_0.1.item": '<?xml version="1.0"?>\n<talendfile:ProcessType/>\n',
             "context/Connexion_HORUS_0.1.item": '<?xml version="1.0"?>\n<talendfile:ContextType/>\n',
             "configuration/context.properties": "HORUS_CNX_Server=servername\nHORUS_CNX_Password=password\n"
                                                 "SMS_server_url=https://contact-everyone.orange-business.com\nSMS_password=password\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration", "reusability.dependencies", "licensing.data-and-docs"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "cli-tool" and proj["kind_evidence"][0]["path"] == "talend.project", proj
    res = results(report)
    assert res["reusability.configuration"]["status"] != "not_applicable", res["reusability.configuration"]["message"]
    assert res["reusability.dependencies"]["status"] == "not_applicable" and "Talend" in res["reusability.dependencies"]["message"]["en"]
    assert res["licensing.data-and-docs"]["status"] == "not_applicable"


def test_a_survey_saas_read_by_a_script_and_its_deploy_scripts_and_execution_heading(tmp_path):
    files = {"README.md": "# Sphinx2FTP\n\nCe script récupère les réponses d'un formulaire SPHINX et les exporte en CSV vers un dépôt FTP.\n\n"
                          "## Execution\n\n```\npython3 sphinx2ftp.py --sphinx_password xxx --ftp_pass xxx\n```\n",
             "sphinx2ftp.py": "import argparse\n\nif __name__ == '__main__':\n    parser = argparse.ArgumentParser()\n"
                              "    parser.add_argument('--sphinx_base_url', default='https://asp-exemple.sphinxonline.net/')\n    parser.parse_args()\n",
             "scripts/cg_deploy_site.sh": "#!/bin/bash\n# Deploy the site's war\ncp site.war /opt/tomcat/webapps/\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.vendor-lock-in", "documentation.readme-sections", "reusability.install"])
    res = results(report)
    assert "Sphinx Online" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    assert "usage" not in str([e.get("value") for e in res["documentation.readme-sections"]["evidence"] if e.get("kind") == "missing"])
    assert "scripts" in res["reusability.install"]["message"]["en"], res["reusability.install"]["message"]


VRT = ('<?xml version="1.0"?>\n<OGRVRTDataSource>\n  <OGRVRTLayer name="zonage">\n'
       '    <SrcDataSource>WFS:https://data.geopf.fr/wfs/ows?SERVICE=WFS&amp;VERSION=2.0.0&amp;TYPENAMES=wfs_du:zone_urba</SrcDataSource>\n'
       "    <SrcSQL dialect=\"SQLite\">SELECT * FROM zone_urba WHERE substr(insee, 1, 2) IN ('59', '62')</SrcSQL>\n"
       '  </OGRVRTLayer>\n</OGRVRTDataSource>\n')


def test_gdal_virtual_datasets_are_a_gis_kit_whose_sources_and_filters_are_read(tmp_path):
    files = {"README.md": "# vrt\n\nListe des fichiers VRT en production sur la plateforme régionale.\n\n## Utilisation des fichiers vrt\n\n"
                          "Les jeux de données sont convertis en tables PostgreSQL par le robot, puis publiés par GeoServer.\n",
             **{f"zonage_{i}.vrt": VRT.replace("zonage", f"zonage_{i}") for i in range(4)}}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.geo", "reusability.dependencies", "scaling.hosting"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "gis-kit" and proj["kind_evidence"][0]["reason"] == "GDAL virtual dataset (VRT)", proj
    res = results(report)
    assert res["interoperability.geo"]["status"] in ("pass", "warn") and res["interoperability.geo"]["details"]["ogc"]
    assert res["reusability.dependencies"]["status"] == "not_applicable"
    assert "no external address" not in res["scaling.hosting"]["message"]["en"], res["scaling.hosting"]["message"]


def test_a_sql_view_keeping_one_regions_departements_with_like_is_a_territory_value(tmp_path):
    sql = ("CREATE MATERIALIZED VIEW annuaire AS SELECT * FROM donnees_externes.annuaire_admin o\n"
           "  WHERE (o.code_insee_commune::text ~~ '80%'::text OR o.code_insee_commune::text ~~ '02%'::text);\n")
    files = {"README.md": "# annuaire\n\nScript publiant les données de l'annuaire de l'administration dans GeoServer.\n", "annuaire_admin.sql": sql}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.territory-neutral"]))
    tn = res["reusability.territory-neutral"]
    assert tn["status"] != "pass" and "80%" in str(tn["evidence"]), tn


def test_a_repository_of_documentation_only_has_nothing_to_configure_or_declare(tmp_path):
    files = {"README.md": "# Bonnes pratiques pour la génération de COG avec GDAL\n\n## Pré-requis\n\nGDAL version >= 3.1\n\n"
                          "## Raster 1 bande\n\n```bash\ngdalbuildvrt my_dsm.vrt -a_srs EPSG:2154 /dsm/*.asc\n```\n",
             "LICENSE": "GPL-3.0\n", "img/logo.png": "\x89PNG"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration", "reusability.dependencies"]))
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]["message"]


def test_a_qgis2web_exports_scripts_are_written_by_the_exporter(tmp_path):
    export = "2025/resultats/Defi 4/qgis2web_2025_10_15-15_09_47_441140"
    lib = "\n".join(f"function f{i}(a) {{ if (a > {i}) {{ return {i}; }} else if (a < 0) {{ return -1; }} return 0; }}" for i in range(30)) + "\n"
    files = {"README.md": "# Hackathon\n\nRésultats des défis du hackathon, cartes exportées de QGIS.\n",
             f"{export}/index.html": "<html><body><div id='map'></div><script src='js/leaflet-measure.js'></script></body></html>\n",
             f"{export}/js/leaflet-measure.js": lib, f"{export}/js/qgis2web_expressions.js": lib.replace("function f", "function exp_"),
             "2025/resultats/Defi 5/HydroLogic.py": "def answer(q):\n    \"\"\"Answer a question.\"\"\"\n    return q\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.maintainability", "documentation.code-comments"])
    res = results(report)
    assert "qgis2web" not in str(res["reusability.maintainability"]["evidence"]) + str(res["documentation.code-comments"]["evidence"])
