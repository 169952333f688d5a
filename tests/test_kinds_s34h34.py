"""The project's kind (issue 12, session 34 fixer h34).

- margueriteespada/vmmapcd59: a user manual of a web map (index.rst "Utilisation de vMap et du module Cadastre", how-to pages with
  screenshots) was a data specification, for "Relevé de propriété standard" in module_cadastre.md: "standard" the adjective is no
  standard. A document naming its data standard ("Ce standard d'échange …") still makes one.
"""

from __future__ import annotations

from auditor.facts.kind_documents import kind_undecided, specifies_data
from tests.test_local_authority_verdicts import judge

MANUAL = {
    "README.md": "# Documentation de vMap\n\nDocumentation des fonctionnalités de l'application vMap et du Module Cadastre\n",
    "index.rst": "Utilisation de vMap et du module Cadastre\n===================\nvMap est une application de webmaping permettant "
                 "l'affichage de cartes géographiques sur un navigateur.\n\n.. toctree::\n   :maxdepth: 2\n\n mode_carto\n module_cadastre\n",
    "mode_carto.md": "# Mode cartographique\n\n![carte](images/carte.png)\n\nLe gestionnaire de cartes liste les cartes disponibles. "
                     "Cliquez sur une carte pour l'ouvrir, puis importez un fichier KML ou GeoJSON.\n",
    "module_cadastre.md": "# Module Cadastre\n\n## Fiche descriptive\n\n- Relevé de propriété standard : génération au format pdf, du relevé "
                          "de propriété de la parcelle.\n- Fiche d'urbanisme : associée à un modèle d'impression configurable par "
                          "l'administrateur de vMap.\n\n![fiche](images/fiche.png)\n",
    "images/carte.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "images/fiche.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
}


def _project(tmp_path, files):
    return judge(tmp_path, files, ["documentation.readme"])[0]["facts"]["project"]


def test_a_user_manual_saying_standard_the_adjective_is_no_data_specification(tmp_path):
    project = _project(tmp_path, MANUAL)
    assert kind_undecided(project) == "documents-only", project  # ("data-specification" then a placeholder: the report says undecided)
    assert not specifies_data(project) and all(e["reason"].startswith("documents only") for e in project["kind_evidence"]), project


def test_a_document_naming_its_exchange_standard_is_still_a_data_specification(tmp_path):
    files = {**MANUAL, "module_cadastre.md": "# Module Cadastre\n\nCe standard d'échange décrit les parcelles cadastrales que les "
                                             "communes publient : identifiant, section, numéro et contenance.\n"}
    project = _project(tmp_path, files)
    assert project["kind"] == "data-specification" and specifies_data(project), project
    assert project["kind_evidence"][0]["path"] == "module_cadastre.md", project


# --- 3liz/lizmap-adresse-module: a Jelix module whose listeners add its dock and scripts to Lizmap's map page (events.xml:
# getMapAdditions, mapMiniDockable) was an API service for its controllers answering JSON (to its own scripts): a plugin of Lizmap
# Web Client. The same module without those listeners stays the API its controllers serve.

JELIX_MODULE = ('<?xml version="1.0" encoding="UTF-8"?>\n<module xmlns="http://jelix.org/ns/module/1.0">\n'
                '    <info id="adresse3liz.com" name="adresse" createdate="2020-02-11">\n        <version date="2025-10-16">1.4.0</version>\n'
                '    </info>\n    <dependencies>\n        <module name="lizmap" minversion="3.8.0" maxversion="3.9.*"/>\n    </dependencies>\n</module>\n')

LIZMAP_MODULE = {
    "README.md": "# Module Adresse Lizmap\n\nModule Lizmap de gestion d'une base adresse.\n",
    "composer.json": '{"name": "lizmap/lizmap-adresse-module", "type": "jelix-module", "license": "MPL-2.0"}\n',
    "adresse/module.xml": JELIX_MODULE,
    "adresse/events.xml": ('<events xmlns="http://jelix.org/ns/events/1.0">\n   <listener name="adresse">\n       <event name="getMapAdditions" />\n'
                           '   </listener>\n   <listener name="adresseDockable">\n        <event name="mapMiniDockable" />\n   </listener>\n</events>\n'),
    "adresse/classes/adresse.listener.php": ("<?php\nclass adresseListener extends jEventListener\n{\n    public function ongetMapAdditions($event)\n"
                                             "    {\n        $js = array(jUrl::get('jelix~www:getfile', array('targetmodule' => 'adresse', 'file' => 'adresse.js')));\n"
                                             "        $event->add(array('js' => $js));\n    }\n}\n"),
    "adresse/classes/adresseDockable.listener.php": ("<?php\nclass adresseDockableListener extends jEventListener\n{\n"
                                                     "    public function onmapMiniDockable($event)\n    {\n"
                                                     "        $dock = new lizmapMapDockItem('adresse', 'Adresse', '<lizmap-adresse></lizmap-adresse>', 15);\n"
                                                     "        $event->add($dock);\n    }\n}\n"),
    "adresse/controllers/service.classic.php": ("<?php\nclass serviceCtrl extends jController\n{\n    public function getVoie()\n    {\n"
                                                "        $rep = $this->getResponse('json');\n        $rep->data = array('voies' => array());\n\n"
                                                "        return $rep;\n    }\n}\n"),
    "adresse/www/adresse.js": ("lizMap.events.on({\n  uicreated: function () {\n    const dock = document.querySelector('lizmap-adresse');\n"
                               "    fetch(lizUrls.adresse + '?action=getVoie').then((r) => r.json()).then((d) => { dock.textContent = d.voies.length; });\n"
                               "  }\n});\n"),
}


def test_a_jelix_module_adding_its_dock_to_lizmaps_map_is_a_plugin_of_lizmap(tmp_path):
    project = _project(tmp_path, LIZMAP_MODULE)
    assert project["kind"] == "library", project
    assert project["kind_evidence"][0] == {"path": "adresse/events.xml", "reason": "plugin of Lizmap Web Client"}, project["kind_evidence"]


def test_the_same_module_without_map_listeners_stays_an_api_service(tmp_path):
    files = {k: v for k, v in LIZMAP_MODULE.items() if k not in ("adresse/events.xml", "adresse/classes/adresseDockable.listener.php",
                                                                  "adresse/classes/adresse.listener.php", "adresse/www/adresse.js")}
    project = _project(tmp_path, files)
    assert project["kind"] == "api-service", project


# --- fourne10866m/wm: a JavaScript webmapping library (vseCarte.js: function VseCarte and its prototype) whose one demonstration page
# loads OpenLayers and Proj4js from outside the repository (../OpenLayers-5.3.0/build/ol.js) and creates a VseCarte was a static site
# ("_Simple.html: HTML page"). A page whose scripts are all the repository's own stays a static site.

VSE_PAGE = """<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <script src="https://code.jquery.com/jquery-3.3.1.min.js"></script>
    <script src="../OpenLayers-5.3.0/build/ol.js"></script>
    <link rel="stylesheet" href="../OpenLayers-5.3.0/css/ol.css">
    <script type="text/javascript" src="../Proj4/proj4js-2.2.1.js"></script>
    <script type="text/javascript" src="VseCarte.js"></script>
    <script type="text/javascript" src="_Simple.js"></script>
</head>
  <body>
    <div id="map" class="map"></div>
    <button id="centrer1">Centrer</button>
  </body>
</html>
"""

WEBMAPPING = {
    "README.md": "# wm\nApi de WebMapping\nUtilisation d'Openlayers\n",
    "_Simple.html": VSE_PAGE,
    "_Simple.js": "var appli = {};\n$(document).ready(function () {\n    appli.carte = new VseCarte(\"map\");\n    appli.carte.Centre();\n});\n",
    "vseCarte.js": ("/* Api de WebMapping */\nfunction VseCarte(id_carte, options) {\n    this.id = id_carte;\n"
                    "    this.map = new ol.Map({ target: id_carte, layers: [new ol.layer.Tile({ source: new ol.source.OSM() })] });\n}\n\n"
                    "VseCarte.prototype.Centre = function () {\n    return this.map.getView().getCenter();\n};\n"),
    "vseConfig.js": "function VseConfig() {\n    this.serveur = 'http://vm-geoserver-d/geoserver/wms';\n}\n",
}


def test_a_library_whose_demo_page_loads_openlayers_from_outside_is_a_library(tmp_path):
    project = _project(tmp_path, WEBMAPPING)
    assert project["kind"] == "library", project
    assert project["kind_evidence"][0]["path"] == "vseCarte.js", project["kind_evidence"]
    assert "../OpenLayers-5.3.0/build/ol.js" in project["kind_evidence"][0]["reason"], project["kind_evidence"]


def test_a_page_whose_scripts_are_all_its_own_stays_a_static_site(tmp_path):
    files = {**WEBMAPPING, "_Simple.html": VSE_PAGE.replace("../OpenLayers-5.3.0/", "lib/ol/").replace("../Proj4/", "lib/proj4/"),
             "lib/ol/build/ol.js": "var ol = {};\n", "lib/ol/css/ol.css": ".ol-viewport{}\n", "lib/proj4/proj4js-2.2.1.js": "var proj4 = {};\n"}
    project = _project(tmp_path, files)
    assert project["kind"] == "static-site", project


def test_a_user_manual_asks_for_no_architecture_deployment_or_api_documentation(tmp_path):
    # (its kind no data specification now, the documentation asked of documents only is still a folder and a site)
    _, res = judge(tmp_path, {**MANUAL, "utilisation/index.rst": MANUAL["index.rst"], "utilisation/mode_carto.md": MANUAL["mode_carto.md"],
                              "utilisation/module_cadastre.md": MANUAL["module_cadastre.md"]}, ["documentation.docs"])
    docs = res["documentation.docs"]
    assert "architecture" not in docs["message"]["en"] and "deployment" not in docs["message"]["en"], docs["message"]
