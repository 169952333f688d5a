"""Verdicts read against local-authority repositories the tool had not seen, each fixed at its cause and
shown here on a git fixture shaped like the real case (a geOrchestra extension: Spring MVC back end,
a viewer add-on, a numbered installation guide)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

POM = ("<project><artifactId>urbanisme</artifactId><dependencies>"
       "<dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>5.3.39</version></dependency>"
       "<dependency><groupId>javax.servlet</groupId><artifactId>javax.servlet-api</artifactId><version>4.0.1</version></dependency>"
       "</dependencies></project>\n")
EXTENSION = {
    "README.md": "# Extension urbanisme\n\nCette extension permet de consulter une note de renseignement d'urbanisme.\n\n"
                 "# Documentation\n\nToute la documentation est dans le dossier docs.\n",
    "pom.xml": POM,
    "src/main/java/org/example/urbanisme/QuartierController.java":
        "package org.example.urbanisme;\n@Controller\npublic class QuartierController {\n  @RequestMapping(\"/quartiers\")\n  public String list() { return \"[]\"; }\n}\n",
    "src/main/webapp/WEB-INF/web.xml": "<web-app/>\n",
    "src/addon/urbanisme/js/main.js": "// Panneau de l'extension\nvar panneau = new GEOR.Addons.Panel({viewer: 'cadastrapp'});\n",
    "src/addon/urbanisme/css/main.css": ".panneau { color: #000; }\n",
    "docs/css/extra.css": ".md-header { color: #000; }\n",
    "docs/guides_techniques/installer/00_presentation.md": "# Présentation\n\n## Architecture produit\n\nL'extension comprend un module serveur et un module client.\n",
    "docs/guides_techniques/installer/03_installation.md": "# Installation\n\nDéployez le war dans Jetty.\n",
}


def judge(tmp_path, files, only, name="r"):
    """The report of the checks ``only`` on a repository built from ``files``, and its results by check id."""
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=only)
    return report, results(report)


def test_numbered_install_chapters_and_an_architecture_heading_are_found(tmp_path):
    report = run(build(tmp_path / "r", EXTENSION), tmp_path / "c", only=["documentation.docs", "reusability.install"])
    docs = report["facts"]["docs"]
    assert docs["architecture"] == ["docs/guides_techniques/installer/00_presentation.md"]
    assert "docs/guides_techniques/installer/03_installation.md" in docs["deployment"]
    res = results(report)
    assert not {"architecture", "deployment"} & set(res["documentation.docs"]["details"]["missing"]), res["documentation.docs"]["message"]
    assert res["reusability.install"]["details"]["instructions"] is True


def test_a_spring_mvc_application_is_judged_for_its_api(tmp_path):
    r = results(run(build(tmp_path / "r", EXTENSION), tmp_path / "c", only=["interoperability.api-spec"]))["interoperability.api-spec"]
    assert r["status"] == "warn" and "spring-webmvc" in r["message"]["en"]


def test_a_viewer_add_on_with_its_own_stylesheet_has_an_interface(tmp_path):
    r = results(run(build(tmp_path / "r", EXTENSION), tmp_path / "c",
                    only=["interoperability.accessibility-and-ecodesign"]))["interoperability.accessibility-and-ecodesign"]
    assert r["status"] != "not_applicable", r["message"]
    backend = {k: v for k, v in EXTENSION.items() if not k.startswith("src/addon/")}  # the docs' stylesheet is no interface
    backend.pop("src/main/webapp/WEB-INF/web.xml")
    r = results(run(build(tmp_path / "b", backend), tmp_path / "c2", only=["interoperability.accessibility-and-ecodesign"],
                    sponsor="local-authority"))["interoperability.accessibility-and-ecodesign"]
    assert r["status"] == "not_applicable"


def test_shared_public_gis_commons_are_public_building_blocks(tmp_path):
    files = dict(EXTENSION, **{"src/addon/urbanisme/config.json": '{"wms": "https://geobretagne.fr/geoserver/ows"}\n'})
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.public-building-blocks"],
                    sponsor="local-authority"))["interoperability.public-building-blocks"]
    assert set(r["details"]["building_blocks"]) == {"geOrchestra / cadastrapp", "Plateforme régionale de données géographiques"}
    assert r["status"] == "pass"


ADDON_AND_WEBAPP = {  # shaped like Rennes photos_obliques: a viewer add-on and a JAX-RS web application
    "README.md": "Photos obliques\n===============\n\nCet add-on recherche des photos aériennes obliques.\n\n"
                 "## Configuration\nToute la configuration de l'add-on est dans manifest.json (voir le README de l'add-on).\n",
    "addons/photos/README.md": "Photos obliques\n===============\n\n## Configuration des options\n\nLes options sont dans manifest.json.\n\n"
                               "##\u00a0Déploiement de l'addon\n\nCopiez le dossier dans le répertoire des add-ons.\n",
    "addons/photos/manifest.json": '{"default_options": {"servicesUrl": "/photos"}}\n',
    "addons/photos/js/recherche.js": "var proj = new OpenLayers.Projection(\"EPSG:3948\");\nvar couche = new OpenLayers.Layer.Vector(\"emprises\");\n",
    "webapp/pom.xml": "<project><artifactId>photos-webapp</artifactId><dependencies><dependency><groupId>org.apache.cxf</groupId>"
                      "<artifactId>cxf-rt-frontend-jaxrs</artifactId><version>3.1.4</version></dependency></dependencies></project>\n",
    "webapp/src/main/java/org/example/PhotoController.java": "package org.example;\n@Path(\"/photos\")\npublic class PhotoController {}\n",
    "webapp/src/main/webapp/WEB-INF/web.xml": "<web-app/>\n",
}


def test_configuration_documented_in_the_readme_and_a_sub_folder_readme_is_not_a_fail(tmp_path):
    report = run(build(tmp_path / "r", ADDON_AND_WEBAPP), tmp_path / "c", only=["reusability.configuration", "documentation.docs"])
    assert report["facts"]["docs"]["configuration"] == ["addons/photos/README.md"]
    assert report["facts"]["docs"]["deployment"] == ["addons/photos/README.md"]  # a title typed with a no-break space
    r = results(report)["reusability.configuration"]
    assert r["status"] == "pass", r["message"]
    bare = {k: v for k, v in ADDON_AND_WEBAPP.items() if k != "addons/photos/README.md"}
    bare["README.md"] = "Photos obliques\n===============\n\nCet add-on recherche des photos aériennes obliques.\n"
    r = results(run(build(tmp_path / "b", bare), tmp_path / "c2", only=["reusability.configuration"]))["reusability.configuration"]
    assert r["status"] == "fail"


def test_jax_rs_serves_an_api_and_openlayers_2_with_a_conic_crs_is_open_geo(tmp_path):
    res = results(run(build(tmp_path / "r", ADDON_AND_WEBAPP), tmp_path / "c", only=["interoperability.api-spec", "interoperability.geo"]))
    assert res["interoperability.api-spec"]["status"] == "fail" and "cxf" in res["interoperability.api-spec"]["message"]["en"]
    geo = res["interoperability.geo"]
    assert geo["details"]["legal_crs"] is True and "Open libraries: yes" in geo["message"]["en"], geo["message"]


def test_react_map_gl_driving_maplibre_is_not_mapbox(tmp_path):
    files = {"README.md": "# Tableau de bord des déchets\n", "package-lock.json": "{}",
             "package.json": '{"dependencies": {"react-map-gl": "^7.1.9", "maplibre-gl": "^4.7.1", "react": "^18.0.0"}}',
             "src/carte.tsx": "import Map from 'react-map-gl/maplibre';\nexport const Carte = () => <Map />;\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.vendor-lock-in"])
    assert report["facts"]["vendor_lockin"]["services"] == []
    # (imported from 'react-map-gl/maplibre' it drives MapLibre even when maplibre-gl comes from the application using it: a
    # component library of Géo2France; its default entry drives Mapbox GL)
    files["package.json"] = '{"dependencies": {"react-map-gl": "^7.1.9", "react": "^18.0.0"}}'
    files["src/carte.tsx"] = "import Map from 'react-map-gl';\nexport const Carte = () => <Map />;\n"
    report = run(build(tmp_path / "m", files), tmp_path / "c2", only=["scaling.vendor-lock-in"])
    assert [s["name"] for s in report["facts"]["vendor_lockin"]["services"]] == ["Mapbox"]


QGIS_PLUGIN = {  # shaped like Géo2France's idg-qgis-plugin: a QGIS plugin browsing the regional data platforms
    "README.md": "# IDG\n\nPlugin pour QGIS 3 donnant accès aux données des infrastructures de données géographiques.\n\n"
                 "## Installer le plugin\n\nDepuis le gestionnaire d'extensions de QGIS, recherchez IDG.\n\n## Utiliser le plugin\n\n"
                 "Dépliez l'entrée IDG de l'explorateur.\n\n## Licence\n\nGPL\n",
    "idg/metadata.txt": "[general]\nname=IDG\nqgisMinimumVersion=3.28\n",
    "idg/__init__.py": "def classFactory(iface):\n    from idg.plugin_main import Plugin\n    return Plugin(iface)\n",
    "idg/plugin_main.py": "from qgis.core import QgsProject\n\n\nclass Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n",
    "idg/config/default_idg.json": '{"platforms": [{"name": "Géoplateforme", "url": "https://data.geopf.fr/annexes/projet.qgz"}]}\n',
}


def test_a_qgis_plugin_uses_an_open_geo_library_has_no_data_schema_to_publish_and_is_not_deployed(tmp_path):
    only = ["interoperability.geo", "interoperability.data-standards", "documentation.readme-sections", "documentation.docs"]
    report, res = judge(tmp_path, QGIS_PLUGIN, only)
    assert report["facts"]["project"]["kind"] == "gis-kit"
    assert "Open libraries: yes" in res["interoperability.geo"]["message"]["en"]
    assert res["interoperability.data-standards"]["status"] == "not_applicable"
    assert "deployment" not in res["documentation.readme-sections"]["details"]["missing"]
    # a kit has no settings of its own (reusability.configuration does not apply): no "## Configuration" asked either
    assert "configuration" not in res["documentation.readme-sections"]["details"]["missing"]
    assert "Configuration" not in res["documentation.readme-sections"]["remediation"]["fr"]
    assert not {"deployment", "api"} & set(res["documentation.docs"]["details"]["missing"])
    web = dict(QGIS_PLUGIN, **{"package.json": '{"dependencies": {"express": "^4.0.0"}}', "package-lock.json": "{}",
                               "server.js": "const app = require('express')();\napp.listen(3000);\n"})
    web.pop("idg/metadata.txt")
    res = results(run(build(tmp_path / "w", web), tmp_path / "c2", only=only))
    assert "deployment" in res["documentation.readme-sections"]["details"]["missing"]
    assert "configuration" in res["documentation.readme-sections"]["details"]["missing"]
    assert res["interoperability.data-standards"]["status"] == "fail"


PLUGIN_AND_MODEL = {  # shaped like 3liz's qgis-raepa-plugin: a QGIS plugin installing a PostGIS model, SchemaSpy docs committed
    "README.md": "# RAEPA\n\nExtension QGIS pour le standard des réseaux d'eau potable et d'assainissement.\n\n## Installation\n\n"
                 "Depuis le gestionnaire d'extensions de QGIS.\n",
    "raepa/metadata.txt": "[general]\nname=RAEPA\n",
    "raepa/qgis/raepa.qgs": "<!DOCTYPE qgis><qgis version=\"3.16\"/>\n",
    "raepa/install/sql/raepa.sql": "CREATE TABLE raepa.canalisation (id serial, geom geometry(LineString, 2154));\n",
    "raepa/processing/create_structure.py":
        "from qgis.core import QgsProcessingParameterString\n\n\ndef parametre():\n"
        "    return QgsProcessingParameterString('NOM', 'Nom du gestionnaire', defaultValue=\"Communauté d'Agglomération de Test\")\n",
    "requirements/dev.txt": "flake8\n", "requirements/doc.txt": "mkdocs-material>=8.0.0,<9.0.0\n", "setup.cfg": "[flake8]\nmax-line-length = 120\n",
    "docs/index.md": "# Documentation\n\nGuide.\n", "docs/user-guide/index.md": "# Guide\n\nUtilisation.\n",
    "docs/database/diagrams/summary/relationships.real.large.png": "\x89PNG",
    "docs/database/bower/admin-lte/dist/css/AdminLTE.css": "/*! AdminLTE 2.3.8 | MIT License */\n.skin{}\n",
    "docs/database/bower/jquery/jquery.min.js": "/*! jQuery v3.7.1 | (c) OpenJS Foundation */\n!function(){}();\n",
}


def test_a_plugin_with_tooling_requirements_schemaspy_docs_and_a_test_placeholder_name(tmp_path):
    report, res = judge(tmp_path, PLUGIN_AND_MODEL, ["reusability.dependencies", "reusability.build-output", "reusability.territory-neutral",
                                                     "documentation.docs"])
    assert report["facts"]["inventory"]["libraries"] == []  # a documentation site's assets are not the project's dependencies
    assert all(m.get("tooling") for m in report["facts"]["manifests"]["manifests"] if m["path"].startswith("requirements/"))
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]["message"]
    assert res["reusability.build-output"]["status"] == "pass"  # bower/…/dist is a copied package, not the project's build
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["message"]
    assert "architecture" in res["documentation.docs"]["details"]["found"]  # SchemaSpy's relationship diagrams
    real = dict(PLUGIN_AND_MODEL, **{"requirements.txt": "requests\n"})
    dep = results(run(build(tmp_path / "q", real), tmp_path / "c2", only=["reusability.dependencies"]))["reusability.dependencies"]
    assert dep["status"] != "not_applicable" and dep["details"]["unlocked"] == ["requirements.txt"]


def test_a_data_model_diagram_beside_its_documentation_is_architecture(tmp_path):
    files = {"README.md": "# Espaces verts\n\nModèle de données.\n\n[Documentation de la base](bdd/doc_admin_bd.md)\n",
             "bdd/doc_admin_bd.md": "# Base de données\n\nScripts.\n", "bdd/ev_mcd_v5.png": "\x89PNG", "bdd/ev_modele_rela_V1.png": "\x89PNG",
             "gabarit/aire_jeux.png": "\x89PNG", "sql/schema.sql": "CREATE TABLE ev.arbre (id serial);\n"}
    docs = run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.docs"])["facts"]["docs"]
    assert docs["architecture"] == ["bdd/ev_mcd_v5.png", "bdd/ev_modele_rela_V1.png"]


ANGULAR_APP = {  # shaped like Loire-Atlantique's compagnonDeVisite: an Angular PWA whose README grew from the CLI's template
    "README.md": "# CompagnonDeVisite\n\nThis project was generated with [Angular CLI](https://github.com/angular/angular-cli) version 13.2.5.\n\n"
                 "## 1. Getting started\n\n### 1.1. Prerequisites\n\nNode.js\n\n### 1.2. Install the Angular CLI\n\n`npm install -g @angular/cli`\n\n"
                 "### 1.3. Instal project\n\n```bash\nnpm install\n```\n\n## 5. PWA / Service worker\n\nThe service worker caches the pages.\n\n"
                 "## Development server\n\nRun `ng serve`.\n",
    "package.json": '{"dependencies": {"@angular/core": "^14.0.0"}, "scripts": {"start": "ng serve"}}', "package-lock.json": "{}",
    "src/environments/environment.ts": "export const environment = {\n  production: false,\n  jcms: 'TODO',\n};\n",
    "src/environments/environment.prod.ts": "export const environment = {\n  production: true,\n  jcms: 'TODO',\n};\n",
    "src/app/oeuvre/oeuvre.component.html": "<app-header [imagePlan]=\"getMap()\"></app-header>\n",
    "src/app/oeuvre/oeuvre.component.ts": "export class OeuvreComponent {\n  getMap() { return 'plan.png'; }\n}\n",
}


def test_an_angular_app_grown_from_the_template_its_environments_and_a_getmap_method(tmp_path):
    report, res = judge(tmp_path, ANGULAR_APP, ["documentation.readme", "reusability.configuration", "interoperability.geo"])
    readme = res["documentation.readme"]
    assert readme["status"] == "fail" and "untouched" not in readme["message"]["en"] and "Instal project" in readme["message"]["en"]
    assert res["reusability.configuration"]["status"] != "fail", res["reusability.configuration"]["message"]
    assert res["interoperability.geo"]["status"] == "not_applicable"  # getMap() is a method, not a WMS GetMap request
    untouched = dict(ANGULAR_APP, **{"README.md": "# Visite\n\nThis project was generated with Angular CLI version 13.2.5.\n\n"
                                                  "## Development server\n\nRun `ng serve`.\n\n## Build\n\nRun `ng build`.\n"})
    _, res = judge(tmp_path, untouched, ["documentation.readme"], name="u")
    assert "untouched" in res["documentation.readme"]["message"]["en"]


GLPI_PLUGIN = {  # shaped like Maine-et-Loire's mycustomview: a GLPI plugin
    "README.md": "# MyCustomView GLPI plugin\n\nMyCustomView est un plugin qui personnalise la vue d'un technicien.\n",
    "setup.php": "<?php\nfunction plugin_init_mycustomview() {}\nfunction plugin_version_mycustomview() {\n  return ['name' => 'MyCustomView'];\n}\n",
    "hook.php": "<?php\nfunction plugin_mycustomview_install() { return true; }\n",
    "inc/blocs.class.php": "<?php\nclass Blocs {\n  function bouton() { echo \"<i class='fas fa-cog'></i>\"; }\n}\n",
}


def test_a_plugin_of_a_host_application_is_judged_as_a_library_and_an_icon_is_no_identifier(tmp_path):
    report, res = judge(tmp_path, GLPI_PLUGIN, ["reusability.configuration", "interoperability.identifiers", "interoperability.public-building-blocks"])
    assert report["facts"]["project"]["kind"] == "library" and report["facts"]["project"]["kind_decided"]
    assert report["facts"]["project"]["kind_evidence"][0]["reason"] == "plugin of GLPI"
    assert res["reusability.configuration"]["status"] == "not_applicable"
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"
    assert res["interoperability.identifiers"]["status"] == "not_applicable", res["interoperability.identifiers"]["message"]


def test_a_sql_view_writing_inspire_metadata_uses_open_standards(tmp_path):
    files = {  # shaped like Géo2France's pgmetadata-inspire: one SQL view writing ISO 19139 records with WMS/WFS links
        "README.md": "# pgmetadata-inspire\n\nUne vue SQL qui produit les métadonnées INSPIRE des jeux de données.\n",
        "v_dataset_as_inspire.sql": "CREATE VIEW pgmetadata.v_inspire AS SELECT xmlelement(name \"gmd:MD_Metadata\", "
                                    "xmlattributes('http://www.isotc211.org/2005/gmd' AS \"xmlns:gmd\"), 'OGC:WMS') FROM pgmetadata.dataset;\n",
        "export_xml.sh": "#!/bin/sh\npsql -c 'select * from pgmetadata.v_inspire'\n",
    }
    _, res = judge(tmp_path, files, ["interoperability.data-standards", "interoperability.geo"])
    assert "ISO 19139" in res["interoperability.data-standards"]["message"]["en"] and res["interoperability.data-standards"]["status"] != "fail"
    geo = res["interoperability.geo"]["message"]["en"]  # (OGC links and no map of its own: the OGC-only wording, session 8)
    assert "OGC: yes" in geo or ("OGC services named or read" in geo and res["interoperability.geo"]["status"] == "pass"), geo


def test_a_mapstore_extension_is_a_web_application_and_its_build_scripts_are_not_build_output(tmp_path):
    files = {  # shaped like Rennes geor_urbanisme_mapstore: JSX components, React provided by the MapStore2 host, webpack scripts in build/
        "README.md": "# Urbanisme plugin for MapStore2\n\nAn extension.\n", "index.html": "<!DOCTYPE html><html><body></body></html>\n",
        "package.json": '{"name": "UrbanismeExtension", "devDependencies": {"webpack": "5.0.0"}}',
        "js/app.jsx": "import React from 'react';\nexport default () => <div/>;\n",
        "js/extension/components/NRUInfo.jsx": "import React from 'react';\nexport const NRUInfo = () => <div/>;\n",
        "build/extension/commons.js": "module.exports = { paths: {} };\n", "build/extension/webpack.config.js": "module.exports = {};\n",
        "dist/app.js": "!function(){}();\n",
    }
    report, res = judge(tmp_path, files, ["reusability.build-output"])
    assert report["facts"]["project"]["kind"] == "web-application"
    assert res["reusability.build-output"]["details"]["files"] == 1  # dist/app.js only


def test_a_jcms_plugin_with_a_copied_java_library_measures_only_its_own_namespace(tmp_path):
    complex_java = "package org.osgeo.proj4j;\npublic class Parser {\n  int f(int a) {\n" + "    if (a > 0) { a++; }\n" * 30 + "    return a;\n  }\n}\n"
    files = {  # shaped like Loire-Atlantique's jInforoutes: a Jalios JCMS plugin with proj4j's sources copied in WEB-INF/classes
        "README.md": "# jInforoutes\n",
        "WEB-INF/plugins/InforoutesPlugin/plugin.xml": '<?xml version="1.0"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" "x">\n<plugin name="Inforoutes"/>\n',
        "WEB-INF/classes/fr/cg44/plugin/inforoutes/Utils.java": "package fr.cg44.plugin.inforoutes;\npublic class Utils {\n  int g() { return 1; }\n}\n",
        "WEB-INF/classes/org/osgeo/proj4j/Parser.java": complex_java,
        "WEB-INF/classes/org/osgeo/proj4j/io/Reader.java": complex_java.replace("package org.osgeo.proj4j;", "package org.osgeo.proj4j.io;"),
    }
    report, res = judge(tmp_path, files, ["reusability.maintainability"])
    assert report["facts"]["project"]["kind_evidence"][0]["reason"] == "plugin of Jalios JCMS"
    assert report["facts"]["inventory"]["categories"]["vendored"] == 2
    assert res["reusability.maintainability"]["details"]["files_measured"] == 1 and res["reusability.maintainability"]["status"] == "pass"
    own_only = {k: v for k, v in files.items() if "fr/cg44" not in k}  # a repository of the library itself is not vendored
    report, _ = judge(tmp_path, own_only, ["reusability.maintainability"], name="lib")
    assert report["facts"]["inventory"]["categories"]["vendored"] == 0


def test_a_qgis_plugin_install_guide_through_the_plugin_repository_explains_loading(tmp_path):
    files = dict(QGIS_PLUGIN, **{  # shaped like 3liz's gestion_base_adresse: the README points to the docs, the guide explains the plugin repository
        "README.md": "# Gestion des adresses\n\nL'aide concernant l'installation et l'utilisation se trouve sur le site de documentation.\n",
        "docs/extension-qgis/installation.md": "# Installation\n\nAjoutez le dépôt de l'extension dans QGIS avec l'URL :\n\n"
                                               "```\nhttps://github.com/3liz/x/releases/latest/download/plugins.xml\n```\n\n"
                                               "Puis ouvrez le Gestionnaire des extensions.\n"})
    _, res = judge(tmp_path, files, ["reusability.install"])
    assert res["reusability.install"]["status"] == "pass", res["reusability.install"]["message"]


def test_a_table_schema_variable_is_not_a_reference_to_a_public_schema(tmp_path):
    files = {"README.md": "# Entrepôt\n", "package.json": '{"dependencies": {"knex": "^3.0.0"}}', "package-lock.json": "{}",
             "src/db.js": "const tableSchema = await knex.getTableSchema('communes');\nexport default tableSchema;\n"}
    _, res = judge(tmp_path, files, ["interoperability.data-standards"])
    assert res["interoperability.data-standards"]["details"]["schema_data_gouv_refs"] == 0
    files["requirements.txt"] = "tableschema==1.20.2\n"
    _, res = judge(tmp_path, files, ["interoperability.data-standards"], name="py")
    assert res["interoperability.data-standards"]["details"]["table_schema_tool_refs"] == 1  # (the Frictionless package, s31: no catalogue address)


def test_a_sql_data_model_is_measured_by_its_comment_on_coverage(tmp_path):
    schema = ("CREATE TABLE m_ev.arbre (\n  id serial PRIMARY KEY,\n  \"espece\" varchar(80),\n  geom geometry(Point, 2154),\n"
              "  CONSTRAINT arbre_fk FOREIGN KEY (id) REFERENCES m_ev.objet(id)\n);\n"
              "CREATE TABLE IF NOT EXISTS m_ev.objet (id serial, insee varchar(5));\n"
              "CREATE OR REPLACE VIEW m_ev.v_arbre AS SELECT * FROM m_ev.arbre;\n"
              "COMMENT ON TABLE m_ev.arbre IS 'Arbres isolés';\nCOMMENT ON COLUMN m_ev.arbre.id IS 'Identifiant';\n"
              "COMMENT ON COLUMN m_ev.arbre.espece IS 'Espèce';\nCOMMENT ON COLUMN arbre.geom IS 'Position';\n"
              "-- COMMENT ON TABLE m_ev.objet IS 'commented out: not a comment';\n")
    files = {"README.md": "# Espaces verts\n\nModèle de données.\n", "sql/01_schema.sql": schema}
    report, res = judge(tmp_path, files, ["documentation.code-comments"])
    r = res["documentation.code-comments"]
    assert r["status"] != "inconclusive", r["message"]
    # declared: 2 tables, 5 columns, 1 view; documented: arbre and its 3 columns
    assert "4/8" in r["message"]["en"] and r["details"]["sql_coverage"] == 0.5


def test_a_collection_of_sld_styles_follows_the_ogc_schemas(tmp_path):
    sld = ('<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" '
           'xsi:schemaLocation="http://www.opengis.net/sld StyledLayerDescriptor.xsd"><NamedLayer><Name>{}</Name></NamedLayer></StyledLayerDescriptor>\n')
    files = {"README.md": "# geoserver_sld\n", **{f"app/{n}.sld": sld.format(n) for n in ("parcelle", "bati", "voirie", "arbres")}}
    _, res = judge(tmp_path, files, ["interoperability.data-standards"])
    r = res["interoperability.data-standards"]
    assert r["status"] == "warn" and "OGC schemas" in r["message"]["en"], r["message"]


def test_spark_jobs_are_a_pipeline_judged_like_a_command_line_tool(tmp_path):
    pom = ("<project><artifactId>spark-dechet</artifactId><dependencies><dependency><groupId>org.apache.spark</groupId>"
           "<artifactId>spark-sql_2.12</artifactId><version>3.3.0</version></dependency></dependencies></project>\n")
    files = {"README.md": "# Datafactory\n\nTraitements Spark.\n", "spark-dechet/pom.xml": pom,
             "spark-dechet/src/main/scala/fr/rennesmetropole/app/ExecuteDechetAnalysis.scala":
                 "package fr.rennesmetropole.app\nobject ExecuteDechetAnalysis { def main(args: Array[String]): Unit = {} }\n"}
    report, res = judge(tmp_path, files, ["interoperability.public-building-blocks", "documentation.docs"])
    assert report["facts"]["project"]["kind"] == "cli-tool" and report["facts"]["project"]["kind_decided"]
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"
    assert "api" not in res["documentation.docs"]["details"]["missing"]


def test_mviewer_applications_readme_of_links_subfolder_guides_and_openlayers_code(tmp_path):
    files = {  # shaped like Mégalis Bretagne's mviewer-apps: a README of links, each application's README, OpenLayers layers
        "README.md": "# mviewer-apps\n\nApplications Mviewer\n\n* [Ma Commune](ma_commune/README.md)\n",
        "ma_commune/README.md": "# MA COMMUNE\n\n## Configuration\n\nDeux fichiers de configuration doivent être créés sur l'environnement "
                                "de déploiement : dupliquez le fichier config_template.json, renommez la copie en config.json et remplacez "
                                "la valeur de la variable fqdn par le nom de domaine du visualiseur souhaité.\n\n## Utilisation\n\n"
                                "L'application affiche une carte centrée sur une commune choisie dans l'adresse de la page.\n",
        "ma_commune/config.xml": "<config><mapoptions projection=\"EPSG:3857\"/></config>\n",
        "ma_commune/sld/commune.sld": "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"/>\n",
        "ma_commune/sld/epci.sld": "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"/>\n",
        "ma_commune/customlayers/education.js": "var style = new ol.style.Style({image: new ol.style.Circle({radius: 5})});\n",
    }
    _, res = judge(tmp_path, files, ["documentation.language", "reusability.install", "interoperability.geo"])
    assert res["documentation.language"]["status"] == "pass", res["documentation.language"]["message"]
    assert res["reusability.install"]["status"] != "fail", res["reusability.install"]["message"]
    assert "Open libraries: yes" in res["interoperability.geo"]["message"]["en"]


def test_a_public_api_called_through_an_address_read_from_the_settings_is_a_building_block(tmp_path):
    files = {  # shaped like Mégalis Bretagne's opendata-extraction: the API Entreprise client takes its URL from the settings
        "README.md": "# Extraction open data\n", "requirements.txt": "flask-restx==1.1.0\n",
        "app/__init__.py": "from flask_restx import Api\napi = Api()\n",
        "app/shared/client_api_sirene/client.py": "class ClientApiSirene:\n    def __init__(self, url_api_entreprise: str) -> None:\n"
                                                   "        self._url_api_entreprise = url_api_entreprise\n",
    }
    report, res = judge(tmp_path, files, ["interoperability.public-building-blocks", "interoperability.accessibility-and-ecodesign"])
    assert res["interoperability.public-building-blocks"]["details"]["building_blocks"] == ["API Entreprise / Recherche d'entreprises"]
    assert "a web API service" in res["interoperability.accessibility-and-ecodesign"]["message"]["en"]


def test_gpl_2_or_any_later_version_is_allowed_through_gpl_3(tmp_path):
    from auditor.testing import run_with_facts

    lic = {"spdx": "GPL-2.0-or-later", "expression": "GPL-2.0-or-later", "sources": [], "conflict": False, "method": "full-text"}
    r = run_with_facts("licensing.authorized-fr", {"license": lic, "languages": {"Python": 10}})
    assert r.status.value == "pass" and any("GPL-3.0-or-later" in (e.note or {}).get("en", "") for e in r.evidence)
    r = run_with_facts("licensing.authorized-fr", {"license": {**lic, "spdx": "GPL-2.0-only", "expression": "GPL-2.0-only"}, "languages": {"Python": 10}})
    assert r.status.value == "fail"


def test_java_code_reprojecting_with_proj4j_from_lambert_93_handles_geographic_data(tmp_path):
    files = {"README.md": "# Inforoutes\n", "src/main/java/fr/cg44/inforoutes/UtilWS.java":
             "package fr.cg44.inforoutes;\nimport org.osgeo.proj4j.CRSFactory;\npublic class UtilWS {\n"
             "  String crs = \"ESRI:2154\"; // RGF93 / Lambert-93\n}\n"}
    _, res = judge(tmp_path, files, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] != "not_applicable" and geo["details"]["legal_crs"] is True, geo["message"]


def test_the_project_kind_ignores_library_copies_the_inventory_recognises(tmp_path):
    lodash = "/**\n * @license\n * Lodash <https://lodash.com/>\n * Released under MIT license\n */\nvar VERSION = '4.17.15';\n"
    files = {"README.md": "# Modèle\n", "sql/01_schema.sql": "CREATE TABLE a (id int);\n", "sql/02_vues.sql": "CREATE VIEW v AS SELECT 1;\n",
             **{f"outils/js/lib/lodash{i}.js": lodash for i in range(6)}}
    report, _ = judge(tmp_path, files, ["reusability.dependencies"])
    assert report["facts"]["inventory"]["categories"]["vendored"] == 6
    assert report["facts"]["project"]["kind"] == "data-model", report["facts"]["project"]


def qgz(qgs: str) -> bytes:
    """A QGIS .qgz archive (a zip holding the .qgs project and its auxiliary database)."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("controle.qgs", qgs)
        z.writestr("controle.qgd", b"\x00" * 16)
    return buf.getvalue()


def test_a_qgz_project_is_read_for_its_reference_system_and_its_ogc_layers(tmp_path):
    qgs = ("<!DOCTYPE qgis><qgis version=\"3.28\"><projectCrs><spatialrefsys nativeFormat=\"Wkt\"><authid>EPSG:2154</authid>"
           "</spatialrefsys></projectCrs><projectlayers><maplayer><provider encoding=\"\">wms</provider></maplayer>"
           "<maplayer><provider encoding=\"UTF-8\">postgres</provider></maplayer></projectlayers></qgis>\n")
    files = {"README.md": "# Kit de contrôle\n\nOuvrez le projet controle.qgz dans QGIS.\n", "controle.qgz": qgz(qgs), "broken.qgz": b"PK\x03\x04 not a zip"}
    report, res = judge(tmp_path, files, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["details"]["legal_crs"] is True and geo["details"]["ogc"] is True, geo["message"]


def test_typed_postgis_geometry_columns_are_ogc_simple_features(tmp_path):
    """Shaped like sigagglocompiegne/marcheimmo: a PostGIS model with geometry(MultiPolygon,2154) columns and no SLD
    or GeoJSON: its geometries are OGC Simple Features in the legal CRS, not 'OGC: no' with advice to use Leaflet."""
    files = {"README.md": "# Marché immobilier\n\nModèle de données des biens à vendre de l'agglomération.\n",
             "bdd/10_squelette.sql": "CREATE EXTENSION IF NOT EXISTS postgis;\nCREATE TABLE m_eco.geo_immo_bien (\n  idbien integer,\n"
                                     "  geom geometry(MultiPolygon,2154)\n);\nCREATE INDEX ON m_eco.geo_immo_bien USING gist (geom);\n"}
    report, res = judge(tmp_path, files, ["interoperability.geo"])
    r = res["interoperability.geo"]
    assert r["status"] == "pass" and r["details"]["ogc"] and r["details"]["geojson"], r["message"]


def test_a_table_of_all_regions_is_a_national_reference_not_a_territory(tmp_path):
    """Shaped like geo2france/trackdechets_toolbox: a shell script mapping every region to its départements ('Grand Est'
    among them) handles all of France; the same 'Grand Est' alone in a script is one territory's."""
    table = "\n".join(f'regions["{r}"]="{d}"' for r, d in (("Bretagne", "22,29,35,56"), ("Corse", "2A,2B"), ("Grand Est", "08,10,51,52"),
                                                            ("Hauts-de-France", "02,59,60,62,80"), ("Normandie", "14,27,50,61,76"),
                                                            ("Occitanie", "09,11,12,30"), ("Pays de la Loire", "44,49,53,72,85")))
    files = {"README.md": "# Boîte à outils\n\nDécoupe les exports par région.\n",
             "export.sh": "#!/bin/bash\ndeclare -A regions\n" + table + "\nfor r in \"${!regions[@]}\"; do echo \"$r\"; done\n"}
    _, res = judge(tmp_path, files, ["reusability.territory-neutral"])
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["message"]
    _, res = judge(tmp_path / "one", dict(files, **{"export.sh": '#!/bin/bash\nREGION="Grand Est"\necho "$REGION"\n'}), ["reusability.territory-neutral"])
    assert res["reusability.territory-neutral"]["status"] == "warn", res["reusability.territory-neutral"]["message"]


def test_prefixed_identifier_fields_are_identifier_fields(tmp_path):
    """Shaped like trackdechets_toolbox: columns named destinataire_code_commune, emetteur_code_commune."""
    files = {"README.md": "# Outils\n\nFiltre les bordereaux par commune.\n",
             "extract.sh": '#!/bin/bash\nfields=(\n    "destinataire_code_commune"\n    "emetteur_code_commune"\n)\necho "${fields[@]}"\n'}
    _, res = judge(tmp_path, files, ["interoperability.identifiers"])
    assert res["interoperability.identifiers"]["status"] != "not_applicable", res["interoperability.identifiers"]["message"]


def test_an_api_serving_geojson_needs_no_mapping_library(tmp_path):
    """Shaped like sigrennesmetropole/datafactory_oasc: an Express API whose OpenAPI serves GeoJSON, with no map: the
    'open mapping library' criterion is met by having none (nor a proprietary one), not failed."""
    spec = ("openapi: 3.0.1\ninfo: {title: capteurs, version: '1'}\npaths:\n  /things:\n    get:\n      responses:\n        '200':\n"
            "          description: ok\n          content:\n            application/geo+json:\n              schema: {type: object}\n")
    files = {"README.md": "# Capteurs\n\nAPI des capteurs de la ville.\n", "api/openapi.yaml": spec,
             "package.json": '{"dependencies": {"express": "4.17.1"}}', "package-lock.json": "{}",
             "index.js": "const app = require('express')();\napp.get('/things', (req, res) => res.type('application/geo+json').send({type: 'FeatureCollection', features: []}));\napp.listen(3000);\n"}
    report, res = judge(tmp_path, files, ["interoperability.geo"])
    assert report["facts"]["project"]["kind"] == "api-service"
    r = res["interoperability.geo"]
    assert r["details"]["no_map_of_its_own"] and r["score"] >= 5, r["message"]


def test_a_file_pickers_accepted_types_are_no_data_format(tmp_path):
    """Shaped like departement-loire-atlantique/design-system-web: an upload component's accept=".csv,.xlsx,.ods" filters
    the file picker; the project reads or writes no CSV or spreadsheet."""
    files = {"README.md": "# Design system\n\nComposants de l'interface.\n",
             "src/upload.html": '<label for="f">Fichier</label>\n<input id="f" type="file" accept=".csv,.xlsx,.ods,.xls" />\n',
             "src/upload.js": "const ACCEPTED = { acceptedFiles: ['.csv', '.xlsx'] };\nexport function open() { return ACCEPTED; }\n"}
    _, res = judge(tmp_path, files, ["interoperability.data-standards"])
    formats = res["interoperability.data-standards"].get("details", {}).get("formats") or []
    assert not {"CSV", "ODS/tableur"} & set(formats), res["interoperability.data-standards"]["message"]
