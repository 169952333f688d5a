"""Verdicts found wrong at first read on cities' and métropoles' repositories (issue 12, session 4), each on a
git fixture shaped like the real case: a GIS kit's PowerShell download script with the territory's bbox, copied
libraries of a static 3D viewer, top-level classes of classic browser scripts, 3D Tiles as an OGC standard."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

LICENSE = "Copyright (c) 2024 Eurométropole\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n"

# A QGIS kit of a métropole's GIS team: osm2pgsql styles, a PowerShell script downloading the territory's OSM extract
GIS_KIT = {
    "README.md": "# Carto\n\nUne carte du territoire à partir d'OpenStreetMap.\n\n## Gestion des données\n\n"
                 "Le téléchargement se fait avec `telechargement.ps1`. Pour charger les données en base, utilisez osm2pgsql :\n\n"
                 "```\nosm2pgsql --create --output=flex --style=route.lua carto.osm.pbf\n```\n",
    "carto.qgs": "<qgis projectname=\"carto\" version=\"3.28\"><projectlayers></projectlayers></qgis>\n",
    "route.lua": "local route = osm2pgsql.define_way_table('route', {\n    { column = 'highway', type = 'text' },\n"
                 "    { column = 'geom', type = 'linestring' },\n})\n",
    "telechargement.ps1": "$body = '{\"Name\":\"none\", \"RegionType\":\"bbox\", \"RegionData\":[48.378145,7.550354,48.715431,7.921143]}'\n"
                          "$id = (Invoke-RestMethod -Uri \"https://slice.openstreetmap.us/api/\" -Method POST -Body $body "
                          "-ContentType \"application/json\")\n",
}


def test_a_powershell_download_script_is_read_and_its_bbox_is_a_territory_value(tmp_path):
    _, res = judge(tmp_path, GIS_KIT, ["reusability.territory-neutral", "scaling.hosting"])
    t = res["reusability.territory-neutral"]
    assert t["status"] in ("warn", "fail"), t["message"]
    assert [e["path"] for e in t["evidence"] if e.get("kind") == "finding"] == ["telechargement.ps1"]
    assert "aucune adresse externe" not in res["scaling.hosting"]["message"]["fr"]  # slice.openstreetmap.us is read
    # the same request for a whole-France extract names no territory
    national = {**GIS_KIT, "telechargement.ps1": GIS_KIT["telechargement.ps1"].replace("48.378145,7.550354,48.715431,7.921143",
                                                                                      "41.3,-5.2,51.1,9.6")}
    _, res = judge(tmp_path, national, ["reusability.territory-neutral"], name="fr")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]


def test_a_qgis_projects_postgis_server_is_an_internal_connection(tmp_path):
    qgs = ("<qgis projectname=\"carto\" version=\"3.28\"><projectlayers><maplayer>"
           "<datasource>dbname='sigli' host=bdsigli.cus.fr port=34000 sslmode=disable key='id' srid=3948 type=Polygon "
           "table=\"osm_import\".\"batiment\" (geom)</datasource><provider encoding=\"\">postgres</provider></maplayer>"
           "<maplayer><datasource>service='sig' table=\"public\".\"route\"</datasource><provider>postgres</provider></maplayer>"
           "</projectlayers></qgis>\n")
    _, res = judge(tmp_path, {**GIS_KIT, "carto.qgs": qgs}, ["scaling.hosting"])
    h = res["scaling.hosting"]
    assert h["status"] in ("warn", "fail") and "bdsigli.cus.fr" in h["message"]["fr"] + str(h["evidence"]), h
    assert [e["path"] for e in h["evidence"] if "internal" in str(e.get("value"))] == ["carto.qgs"]  # the pg_service names no host


def test_a_gis_kits_loading_steps_are_its_installation_section(tmp_path):
    report, res = judge(tmp_path, GIS_KIT, ["documentation.readme-sections", "reusability.install", "interoperability.data-standards"])
    assert report["facts"]["project"]["kind"] == "gis-kit"
    assert res["reusability.install"]["status"] == "pass"
    sections = res["documentation.readme-sections"]
    assert "install" not in sections["details"]["missing"], sections["message"]  # "Gestion des données": download, then osm2pgsql
    standards = res["interoperability.data-standards"]["message"]["en"]
    assert "no data read" not in standards.lower() and "interface" not in standards, standards  # it reads OSM data and serves nothing
    # the same README without the loading steps: no installation section
    bare = {**GIS_KIT, "README.md": "# Carto\n\nUne carte du territoire à partir d'OpenStreetMap.\n"}
    _, res = judge(tmp_path, bare, ["documentation.readme-sections"], name="bare")
    assert "install" in res["documentation.readme-sections"]["details"]["missing"]

CESIUM_VIEWER = {
    "README.md": "# OD@CiT\n\nUn service Web3D de découverte du territoire en 3D, avec CesiumJS.\n",
    "index.html": "<!DOCTYPE html><html lang=\"fr\"><head><title>3D</title><script src=\"lib/Cesium/Build/Cesium/Cesium.js\"></script>"
                  "<script src=\"lib/jQuery/jquery-3.3.1.min.js\"></script><script src=\"src/globe.js\"></script></head>"
                  "<body><div id=\"cesiumContainer\"></div></body></html>\n",
    # classic browser scripts: a top-level class documented by its JSDoc comment is the script's public interface
    "src/globe.js": "\"use strict\";\n\n/**\n * Le globe 3D et ses couches.\n */\nclass Globe {\n\n  /**\n   * @param {String} elementId le conteneur\n   */\n"
                    "  constructor(elementId) {\n    Cesium.Ion.defaultAccessToken = 'eyJhbGciOiJIUzI1NiJ9.e30.x';\n"
                    "    this.viewer = new Cesium.Viewer(elementId);\n  }\n\n  /**\n   * Charge un photomaillage 3D Tiles.\n   */\n"
                    "  load3DTiles(link) {\n    return this.viewer.scene.primitives.add(new Cesium.Cesium3DTileset({ url: link }));\n  }\n}\n",
    "src/geocoder.js": "class Geocoder {\n  constructor(url) {\n    this.url = url;\n  }\n}\n",
    # the copied libraries: CesiumJS's 300+ files first in path order, jQuery, proj4, a plugin shipped with its dist/, turf@6
    "lib/Cesium/Build/Cesium/Cesium.js": "!function(e,t){t((e=e||self).Cesium={})}(this,function(exports){\"use strict\";var VERSION='1.70.1';});\n",
    **{f"lib/Cesium/Build/Cesium/Widgets/W{i:03}/W{i:03}.css": f".cesium-w{i}{{display:none}}\n" for i in range(310)},
    "lib/jQuery/jquery-3.3.1.min.js": "/*! jQuery v3.3.1 | (c) JS Foundation and other contributors | jquery.org/license */\n!function(e,t){}(window);\n",
    "lib/proj4.js": "!function(a,b){\"object\"==typeof exports?module.exports=b():a.proj4=b()}(this,function(){" + "var x=1;" * 1500 + "});\n",
    "lib/cesium-navigation/dist/standalone/viewerCesiumNavigationMixin.js":
        "/**\n * Cesium Navigation - https://github.com/alberto-acevedo/cesium-navigation\n *\n * The same license that applies to Cesiumjs "
        "applies also to this plugin.\n */\n(function (root, factory) {\n  root.viewerCesiumNavigationMixin = factory();\n}(this, function () {}));\n",
    "vendor/turf@6.js": "!function(t,e){e((t=t||self).turf={})}(this,function(t){\"use strict\";var e=6371008.8;});\n",
}


def test_a_3d_viewers_copied_libraries_classes_and_cesium_ion(tmp_path):
    report, res = judge(tmp_path, CESIUM_VIEWER, ["reusability.dependencies", "reusability.build-output", "documentation.code-comments",
                                                  "interoperability.geo", "scaling.vendor-lock-in"])
    deps = res["reusability.dependencies"]
    libs = {e["value"]["library"]: e["value"]["version"] for e in deps["evidence"] if e.get("kind") == "finding"}
    assert libs == {"cesium": "1.70.1", "cesium-navigation": None, "jquery": "3.3.1", "proj4": None, "turf": "6"}, deps["message"]
    assert res["reusability.build-output"]["status"] == "pass"  # the plugin's own dist/ is its distribution, copied: not the project's build
    comments = res["documentation.code-comments"]
    assert comments["message"]["en"].startswith("2 file(s)") and "(1/2)" in comments["message"]["en"], comments["message"]
    assert "OGC: yes" in res["interoperability.geo"]["message"]["en"]  # 3D Tiles, an OGC Community Standard
    lock = res["scaling.vendor-lock-in"]
    assert "Cesium ion" in lock["message"]["en"] and lock["evidence"][0]["path"] == "src/globe.js", lock["message"]


# A métropole's QGIS plugin moving PostGIS layers to production: feature headings, copied Windows binaries, agents' cus.fr mail
SQL_PLUGIN = {
    "README.md": "# Productor\nCe plugin permet de générer le SQL pour les passages en production de couches Postgis.\n\n"
                 "## Passages en production\nL'usage principal de ce plugin est de générer les fichiers SQL.\n\n"
                 "## Imports en Développement\nIl est possible de réimporter les structures en Développement.\n",
    "metadata.txt": "[general]\nname=Productor\nqgisMinimumVersion=3.10\ndescription=Passages en production\nversion=1.2\n"
                    "author=Agent\nemail=agent@strasbourg.eu\n",
    "__init__.py": "def classFactory(iface):\n    from .productor import Productor\n    return Productor(iface)\n",
    "productor.py": "from qgis.core import QgsTask\n\n\nclass Productor:\n    def __init__(self, iface):\n        self.iface = iface\n",
    "include/python/pg_dump.exe": b"MZ\x90\x00\x03\x00\x00\x00",
    "include/python/libpq.dll": b"MZ\x90\x00\x03\x00\x00\x00",
    "include/python/libssl-1_1-x64.dll": b"MZ\x90\x00\x03\x00\x00\x00",
}


def test_a_qgis_plugins_copied_binaries_feature_headings_and_its_authoritys_mail_domain(tmp_path):
    from tests.gitrepo import make_repo
    from tests.test_project_kind import run
    from tests.test_reusability_fixtures import results

    path = make_repo(tmp_path / "r", [{"files": SQL_PLUGIN, "author": ("ZITOUNI Clement", "345567@cus.fr"), "date": "2023-06-01T10:00:00+02:00"},
                                      {"files": {"productor.py": SQL_PLUGIN["productor.py"] + "# export\n"},
                                       "author": ("ZITOUNI Clement", "345567@cus.fr"), "date": "2023-07-19T10:00:00+02:00"}])
    res = results(run(path, tmp_path / "c", only=["reusability.dependencies", "documentation.readme-sections", "scaling.contributor-organisations"]))
    deps = res["reusability.dependencies"]
    libs = {(e["value"]["library"], e["value"]["version"]) for e in deps["evidence"] if e.get("kind") == "finding"}
    assert libs == {("pg_dump", None), ("libpq", None), ("libssl", "1.1")}, deps["message"]
    assert deps["status"] == "fail" and "prérequis" in str(deps), deps
    sections = res["documentation.readme-sections"]
    assert "install" in sections["details"]["missing"], sections["message"]  # "Imports en Développement" installs nothing
    assert "public bodies 100%" in res["scaling.contributor-organisations"]["message"]["en"]  # cus.fr: the Communauté urbaine de Strasbourg


def test_a_plugins_title_is_no_loading_step(tmp_path):
    plugin = {
        "README.md": "# Equerre compensée - QGIS Plugin\n\n### How to use\n\n- Afficher le dock de l'outil en cliquant sur l'icône\n",
        "equerre_compensee/metadata.txt": "[general]\nname=Equerre compensée\nqgisMinimumVersion=3.20\nversion=0.2.0\n",
        "equerre_compensee/__init__.py": "def classFactory(iface):\n    from .plugin_main import Plugin\n    return Plugin(iface)\n",
        "equerre_compensee/plugin_main.py": "class Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n",
    }
    _, res = judge(tmp_path, plugin, ["reusability.install"])
    assert res["reusability.install"]["status"] != "pass", res["reusability.install"]  # a usage section, no installation step
    assert not any(e.get("line") == 1 for e in res["reusability.install"]["evidence"])


def test_a_widget_collection_published_by_a_pages_workflow(tmp_path):
    widgets = {  # a city's Grist custom widgets: static pages, a GitHub Pages workflow, a package.json holding only the widget's metadata
        "README.md": "# ems-grist-widget\n\nListe des widgets personnalisés de la Ville.\n",
        "nuage-de-mots/index.html": "<!DOCTYPE html><html><head><title>Nuage</title>"
                                    "<script src=\"https://docs.getgrist.com/grist-plugin-api.js\"></script></head><body></body></html>\n",
        "nuage-de-mots/api.js": "grist.ready();\ngrist.onRecords(function (records) {\n  draw(records);\n});\n",
        "nuage-de-mots/package.json": '{"name": "@ems/widget-nuage-de-mots", "description": "Nuage de mots", "grist": {"published": true}}\n',
        ".github/workflows/static.yml": "name: Deploy static content to Pages\non:\n  push:\n    branches: [\"main\"]\njobs:\n  deploy:\n"
                                        "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
                                        "      - uses: actions/upload-pages-artifact@v3\n        with:\n          path: '.'\n"
                                        "      - uses: actions/deploy-pages@v4\n",
    }
    report, res = judge(tmp_path, widgets, ["reusability.install", "maintenance.dependency-updates"])
    assert report["facts"]["project"]["kind"] == "static-site"
    install = res["reusability.install"]
    assert "ni recette" not in install["message"]["fr"] and install["evidence"][0]["path"] == ".github/workflows/static.yml", install
    assert res["maintenance.dependency-updates"]["status"] == "not_applicable", res["maintenance.dependency-updates"]["message"]
    # a manifest that declares a dependency is still one to keep up to date
    declared = {**widgets, "nuage-de-mots/package.json": '{"name": "w", "dependencies": {"d3": "^7.8.0"}}\n'}
    _, res = judge(tmp_path, declared, ["maintenance.dependency-updates"], name="deps")
    assert res["maintenance.dependency-updates"]["status"] == "fail"


# A métropole's plain PHP application (2013–2017): a notice choosing the licence version, settings in configuration/constante.xml,
# plain objects in pojo/, copied jQuery, DataTables and Apache log4php
CAMPAIGN_APP = {
    "Notice.txt": "Le projet LibreOfficeNow est publié sous licence Affero GPL v3 par Nantes Métropole.\r\n\r\n"
                  "    This program is free software: you can redistribute it and/or modify\r\n"
                  "    it under the terms of the GNU Affero General Public License as\r\n"
                  "    published by the Free Software Foundation, either version 3 of the\r\n"
                  "    License, or (at your option) any later version.\r\n",
    "app/index.php": "<?php\nif (isset($_SERVER['REMOTE_USER'])) {\n  $s_identifiant = $_SERVER['REMOTE_USER'];\n}\n"
                     "$page = $_GET['page'];\ninclude 'includes/php/entete.php';\n",
    "app/configuration/constante.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<constantes>\n\t<constante>\n\t<!-- adresse de la BDD-->\n"
                                       "\t\t<code>BDD_HOST</code>\n\t\t<valeur>bdd.macompagnie.com</valeur>\n\t</constante>\n\t<constante>\n"
                                       "\t\t<code>BDD_PASSWORD</code>\n\t\t<valeur>mdp</valeur>\n\t</constante>\n</constantes>\n",
    "app/includes/php/pojo/UserLDAP.php": "<?php\n\nclass UserLDAP {\n\tprivate $s_identifiant;\n\tprivate $s_nom;\n\tprivate $s_prenom;\n"
                                          "\tprivate $s_email;\n\tpublic function getNom() {\n\t\treturn $this->s_nom;\n\t}\n}\n",
    "app/includes/js/jquery.dataTables.js": "/*\n * File:        jquery.dataTables.js\n * Version:     1.8.2\n"
                                            " * License:     GPL v2 or BSD 3 point style\n */\n(function($) {\n  $.fn.dataTable = function () {};\n})(jQuery);\n",
    "app/includes/js/jquery.js": "/*! jQuery v1.6.3 http://jquery.com/ | http://jquery.org/license */\n(function(a,b){a.jQuery=b})(window,{});\n",
    "app/includes/php/lib/apache-log4php-2.3.0/src/main/php/Logger.php": "<?php\nclass Logger {\n  public static function getLogger($name) {}\n}\n",
    "app/includes/php/lib/apache-log4php-2.3.0/src/main/php/LoggerLevel.php": "<?php\nclass LoggerLevel {\n}\n",
}


def test_a_php_applications_notice_settings_plain_objects_and_copied_libraries(tmp_path):
    from tests.test_licensing_checks import text  # the licences' official texts, as the licensing tests read them

    report, res = judge(tmp_path, {**CAMPAIGN_APP, "LICENSE": text("AGPL-3.0-only")},
                        ["licensing.consistent", "licensing.dependencies", "reusability.configuration", "reusability.dependencies",
                         "scaling.personal-data"])
    assert report["facts"]["license"]["spdx"] == "AGPL-3.0-or-later", report["facts"]["license"]["spdx"]  # the notice chooses "or later"
    assert any(e.get("path") == "Notice.txt" for e in res["licensing.consistent"]["evidence"])
    libs = {e["value"]["library"]: e["value"]["license"] for e in res["reusability.dependencies"]["evidence"] if e.get("kind") == "finding"}
    assert libs == {"apache-log4php": None, "jquery": "MIT", "jquery.datatables": "GPL-2.0 OR BSD-3-Clause"}, libs
    assert "incompatible" not in str(res["licensing.dependencies"]["message"]["en"]).replace("0 incompatible", ""), res["licensing.dependencies"]
    assert res["reusability.configuration"]["status"] != "fail", res["reusability.configuration"]["message"]
    assert any(e.get("path") == "app/configuration/constante.xml" for e in res["reusability.configuration"]["evidence"])
    personal = res["scaling.personal-data"]
    assert personal["status"] != "pass" and "app/includes/php/pojo/UserLDAP.php" in str(personal["evidence"]), personal



def test_an_api_documentation_site_built_with_middleman(tmp_path):
    docs = {  # a métropole's API documentation: a Slate fork (Middleman), its copied scripts named as Sprockets partials
        "README.md": "# Documentation de l'API de Strasbourg.eu\n\nCe dépôt contient les sources de la documentation de l'API, générée grâce à Slate.\n",
        "Gemfile": "source 'https://rubygems.org'\n\ngem 'middleman', '~>4.2.1'\ngem 'middleman-syntax', '~> 3.0.0'\n",
        "Gemfile.lock": "GEM\n  remote: https://rubygems.org/\n  specs:\n    middleman (4.2.1)\n",
        "config.rb": "set :markdown_engine, :redcarpet\nactivate :sprockets\n",
        "Vagrantfile": "Vagrant.configure(2) do |config|\n  config.vm.box = \"ubuntu/trusty64\"\nend\n",
        "deploy.sh": "#!/usr/bin/env bash\nset -o errexit\n\nrun_build() {\n  bundle exec middleman build --clean\n}\n",
        "source/index.html.md": "---\ntitle: API Reference\n---\n\n# Introduction\n\nL'API de Strasbourg.eu.\n",
        **{f"source/includes/places/_{n}.md": f"## {n}\n\n```shell\ncurl https://www.strasbourg.eu/api/jsonws/{n}\n```\n" for n in ("get", "list", "search")},
        "source/javascripts/app/_toc.js": "//= require ../lib/_jquery\n(function () {\n  'use strict';\n  window.toc = {};\n})();\n",
        "source/javascripts/lib/_lunr.js": "/**\n * lunr - http://lunrjs.com - A bit like Solr, but much smaller and not as bright - 0.5.7\n"
                                           " * Copyright (C) 2014 Oliver Nightingale\n * MIT Licensed\n * @license\n */\n\n(function(){\n"
                                           "  var lunr = function (config) {\n    return config;\n  };\n})();\n",
        "source/javascripts/lib/_energize.js": "/**\n * energize.js v0.1.0\n *\n * Speeds up click events on mobile devices.\n"
                                               " * https://github.com/davidcalhoun/energize.js\n */\n\n(function() {\n  return;\n})();\n",
    }
    report, res = judge(tmp_path, docs, ["licensing.data-and-docs", "reusability.install", "reusability.dependencies", "documentation.code-comments"])
    assert report["facts"]["project"]["kind"] == "static-site"
    assert res["licensing.data-and-docs"]["status"] != "not_applicable", res["licensing.data-and-docs"]["message"]
    assert {e.get("value") for e in res["reusability.install"]["evidence"]} >= {"vagrant", "scripts"}, res["reusability.install"]
    libs = {e["value"]["library"] for e in res["reusability.dependencies"]["evidence"] if e.get("kind") == "finding"}
    assert libs == {"lunr", "energize"}, libs
    assert "_lunr.js" not in str(res["documentation.code-comments"]["evidence"])


def test_a_proof_of_concepts_conflicted_licence_sample_settings_and_urban_lab(tmp_path):
    from tests.gitrepo import make_repo
    from tests.test_licensing_checks import text
    from tests.test_project_kind import run
    from tests.test_reusability_fixtures import results

    conflicted = "<<<<<<< HEAD\n" + text("MIT").rstrip() + "\n=======\n" + text("AGPL-3.0-only").rstrip() + "\n>>>>>>> upstream/master\n"
    poc = {  # Grand Lyon's FranceConnect proof of concept (2015): Sinatra, a sample settings file to copy, a conflicted LICENSE
        "README.md": "# POC France connect\n## Installation\n- copier le fichier 'options.rb.sample' dans 'config/options.rb'\n"
                     "- `bundle exec rackup`\n",
        "LICENSE": conflicted,
        "Gemfile": "source 'https://rubygems.org'\ngem 'sinatra'\ngem 'omniauth-openid-connect'\n",
        "app.rb": "require 'sinatra'\n\nclass SinatraApp < Sinatra::Base\n  get '/' do\n    erb :index\n  end\nend\n",
        "views/index.erb": "<h1>FranceConnect</h1>\n",
        "config/options.rb.sample": "module FRANCE_CONNECT\n  CONFIG = {\n    secret: 'Ici le secret fournit par France Connect',\n  }\nend\n",
    }
    path = make_repo(tmp_path / "r", [{"files": poc, "author": ("Pierre-Gilles Levallois", "pgl@erasme.org"), "date": "2015-05-28T10:00:00+02:00"}])
    res = results(run(path, tmp_path / "c", only=["licensing.license-file", "reusability.configuration", "scaling.contributor-organisations"]))
    lic = res["licensing.license-file"]
    assert lic["status"] == "warn" and "merge conflict" in lic["message"]["en"], lic["message"]
    assert res["reusability.configuration"]["status"] != "fail"
    assert any(e.get("path") == "config/options.rb.sample" for e in res["reusability.configuration"]["evidence"])
    assert "public bodies 100%" in res["scaling.contributor-organisations"]["message"]["en"]  # Erasme, the Métropole de Lyon's urban lab


def test_an_open_data_nodes_title_thesaurus_rfc_key_template_and_default_settings(tmp_path):
    from tests.gitrepo import make_repo
    from tests.test_project_kind import run
    from tests.test_reusability_fixtures import results

    mimes = ",\n".join(f"  {k}: '{v}'" for k, v in [("csv", "text/csv"), ("json", "application/json"), ("xls", "application/vnd.ms-excel"),
                                                      ("ods", "application/vnd.oasis.opendocument.spreadsheet"), ("pdf", "application/pdf"),
                                                      ("zip", "application/zip"), ("xml", "application/xml"), ("png", "image/png"),
                                                      ("geojson", "application/geo+json")])
    node = {  # Rennes' RUDI producer node, shaped: a logo above the setext title, a media-type thesaurus, an RFC copy, settings defaults
        "README.md": "![](logo.png)\n\nRUDI Producer Node - Rudi producer package for release deployments\n"
                     "=====================================================================\n\nThe RUDI Producer Node groups the modules of a node.\n\n"
                     "## Dependencies and installation\n\nRun `npm install` in each module.\n",
        "rudi-api/package.json": '{"name": "rudi-prod-api", "dependencies": {"express": "^4.18.0"}}\n',
        "rudi-api/index.js": "const express = require('express')\nconst app = express()\napp.get('/api/v1/resources', (req, res) => res.json([]))\n",
        "rudi-api/definitions/thesaurus/FileTypes.js": f"export const MIME_TYPES = {{\n{mimes}\n}}\n",
        "rudi-api/0-ini/conf_default.ini": "[server]\nlisten_port = 3000\n[database]\ndb_name = rudi_prod\n",
        "rudi-logger/documents/RFC5424.txt": "Network Working Group\n\n   The size-limit of a syslog message is 480 octets.\n",
        "rudi-console/public/js/RudiCrypto.js": "export function pem(exportedAsBase64) {\n"
                                                "  return `-----BEGIN PRIVATE KEY-----\\n${exportedAsBase64}\\n-----END PRIVATE KEY-----`;\n}\n",
    }
    path = make_repo(tmp_path / "r", [{"files": node, "author": ("Chercheur", "chercheur@irisa.fr"), "date": "2024-06-04T10:00:00+02:00"}])
    res = results(run(path, tmp_path / "c", only=["documentation.readme-sections", "interoperability.data-standards", "reusability.secrets",
                                                  "interoperability.accessibility-and-ecodesign", "reusability.configuration",
                                                  "scaling.contributor-organisations"]))
    sections = res["documentation.readme-sections"]
    assert not any(e.get("line") == 3 for e in sections["evidence"]), sections["evidence"]  # the title under the logo is no section
    assert "ms-excel" not in str(res["interoperability.data-standards"]["evidence"])  # a thesaurus of media types writes no .xls
    assert "Private Key" not in str(res["reusability.secrets"]["evidence"])  # a PEM header around ${…} formats a key, commits none
    assert "size-limit" not in str(res["interoperability.accessibility-and-ecodesign"]["evidence"])  # an RFC's words are no CI budget
    assert any(e.get("path") == "rudi-api/0-ini/conf_default.ini" for e in res["reusability.configuration"]["evidence"])
    assert "public bodies 100%" in res["scaling.contributor-organisations"]["message"]["en"]  # IRISA, a public research laboratory


def test_a_planning_backends_postgis_model_readme_layout_report_templates_and_private_registry(tmp_path):
    backend = {  # Rennes' Tabou2, shaped: a Spring backend, typed PostGIS tables, .odt report templates, a README listing its modules
        "README.md": "# tabou2\n\n## I - Description de l'application\n\nLe projet git est construit comme suit :\n\n"
                     "- `docker` : ce répertoire contient des propositions de fichiers Dockerfile\n",
        "pom.xml": "<project><artifactId>tabou2</artifactId><dependencies><dependency><groupId>org.springframework.boot</groupId>"
                   "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n",
        "src/main/java/rm/tabou2/Application.java": "package rm.tabou2;\n\n@SpringBootApplication\npublic class Application {\n}\n",
        "resources/bdd/create.sql": "CREATE TABLE tabou_operation (\n  id bigint PRIMARY KEY,\n  nom varchar(255),\n"
                                    "  shape geometry(MultiPolygon,3948)\n);\n",
        "src/main/resources/template/operation/template_fiche_suivi_habitat.odt": b"PK\x03\x04",
        "src/main/resources/template/operation/template_fiche_suivi_mixte.odt": b"PK\x03\x04",
        "docker/Dockerfile": "FROM harbor.ville.example.fr/dockerhub-proxy/eclipse-temurin:17-jre\nCOPY target/app.jar /app.jar\n",
    }
    _, res = judge(tmp_path, backend, ["interoperability.data-standards", "documentation.readme", "licensing.data-and-docs", "scaling.hosting"])
    assert "OGC Simple Features" in res["interoperability.data-standards"]["message"]["en"]  # as interoperability.geo reads them
    readme = res["documentation.readme"]
    assert not any("comme suit" in str(e.get("value")) for e in readme["evidence"] if e.get("kind") == "found"), readme["evidence"]
    assert "template/operation" not in str(res["licensing.data-and-docs"]["evidence"])  # report templates the application fills
    assert "harbor.ville.example.fr" in str(res["scaling.hosting"]["evidence"])  # a base image only the city's registry serves


def test_a_map_comparators_french_library_folder_and_contact_addresses(tmp_path):
    big = "!function(){var ol={VERSION:'v4.4.1'};" + "ol.x=function(a){return a};" * 14000 + "}();\n"  # over 300 KB, one line
    comparator = {  # Strasbourg's image_compare, shaped: OpenLayers copied in src/librairie/OL/, contact e-mails of the city
        "README.md": "# image_compare\n\nComparison of historical maps with OpenLayers 4.\n",
        "src/index.html": "<!DOCTYPE html><html lang=\"fr\"><head><script src=\"librairie/OL/ol.js\"></script></head><body>"
                          "<a href=\"mailto:sig@strasbourg.eu\">Contact</a></body></html>\n",
        "src/js/main.js": "function init() {\n  return new ol.Map({ target: 'map' });\n}\n",
        "src/js/Fonction.js": "function contact() {\n  return 'mailto:sig@strasbourg.eu';\n}\n",
        "src/librairie/OL/ol.js": big,
        "src/librairie/OL/ol-debug.js": "// OpenLayers. See https://openlayers.org/\n// License: https://raw.githubusercontent.com/openlayers/openlayers/master/LICENSE.md\n\n// Version: v4.4.1\n" + "var x = 1;\n" * 40000,
        "src/librairie/OL/ol.css": ".ol-box{box-sizing:border-box}\n",
    }
    _, res = judge(tmp_path, comparator, ["reusability.dependencies", "documentation.code-comments", "reusability.territory-neutral"])
    libs = {e["value"]["library"] for e in res["reusability.dependencies"]["evidence"] if e.get("kind") == "finding"}
    assert libs == {"ol"}, res["reusability.dependencies"]["message"]
    assert "librairie" not in str(res["documentation.code-comments"]["evidence"])
    mails = [e for e in res["reusability.territory-neutral"]["evidence"] if str(e.get("value")).startswith("@")]
    assert mails and all("e-mail" in e["note"]["en"] for e in mails), res["reusability.territory-neutral"]["evidence"]


def test_a_map_extensions_configuring_chapter_and_french_readme(tmp_path):
    extension = {  # Rennes' geor_RTGE_Mapstore, shaped: an English README, its French translation in docs/, a settings table
        "README.md": "# geor_RTGE_Mapstore\n\n:fr: [Version française](docs/README_FR.MD)\n\n## I - General Information\n\n"
                     "This MapStore2 plugin enables you to request data extraction from a grid layer by selecting the tiles of an area.\n\n"
                     "## III - Installing and configuring the plugin\n\nAdd the plugin with its .zip file in the context manager.\n\n"
                     "| Parameter Name | Default Value | Description |\n| --- | --- | --- |\n"
                     "| rtge_grid_layer_id | \"ref_topo:rtge_carroyage\" | ID of the grid layer used to select extraction zones. |\n",
        "docs/README_FR.MD": "# geor_RTGE_Mapstore\n\n## I - Informations générales\n\nCe plugin MapStore2 permet de demander l'extraction "
                             "de données à partir d'une couche de carroyage, en sélectionnant les dalles qui couvrent la zone géographique, "
                             "puis en remplissant un formulaire envoyé par courriel au service chargé de l'extraction des données.\n",
        "plugins/RTGE.jsx": "import React from 'react';\nimport { createPlugin } from '@mapstore/utils/PluginsUtils';\n\n"
                            "export default createPlugin('RTGE', { component: () => <div /> });\n",
        "components/Component.jsx": "import React from 'react';\n\nexport default class RTGEComponent extends React.Component {\n"
                                    "  render() { return <div />; }\n}\n",
    }
    _, res = judge(tmp_path, extension, ["documentation.readme-sections", "documentation.language", "reusability.configuration",
                                         "reusability.dependencies"])
    assert "configuration" not in res["documentation.readme-sections"]["details"]["missing"]  # "Installing and configuring the plugin"
    assert res["documentation.language"]["status"] == "pass", res["documentation.language"]["message"]  # docs/README_FR.MD
    assert res["reusability.configuration"]["status"] != "fail", res["reusability.configuration"]["message"]
    deps = res["reusability.dependencies"]  # built inside geor_MapstoreExtension, with MapStore's own manifest
    assert deps["status"] == "not_applicable" and "MapStore" in deps["message"]["en"], deps["message"]


def test_a_jekyll_documentation_sites_articles_are_its_documentation_folder(tmp_path):
    site = {  # Rennes' rudi_documentation, shaped: a Jekyll site whose articles live in topic folders under articles/
        "README.md": "# Documentation RUDI\n\nLe site de documentation de la fédération de données RUDI.\n",
        "_config.yml": "title: RUDI\ncollections:\n  api:\n    output: true\n",
        "Gemfile": "source 'https://rubygems.org'\ngem 'jekyll', '~> 4.3'\n",
        **{f"articles/_{topic}/{page}.md": f"---\ntitle: {page}\n---\n\nComment {page} les données de RUDI.\n"
           for topic in ("acces_donnee_ouverte", "publication", "api") for page in ("requeter", "telecharger")},
    }
    _, res = judge(tmp_path, site, ["documentation.docs"])
    docs = res["documentation.docs"]
    assert "folder" not in docs["details"]["missing"], docs["message"]
    assert any(e.get("path") == "articles/" for e in docs["evidence"])


def test_a_qgis_deployment_profiles_schema_reference_is_no_hosting_dependency(tmp_path):
    profiles = {  # Strasbourg's qgis-configuration, shaped: QDT profiles validated against the toolbelt's published JSON Schema
        "README.md": "# Qgis Configuration\n\nLes profils QGIS déployés avec la QGIS Deployment Toolbelt.\n",
        "profiles/main/profile.json": '{\n  "$schema": "http://raw.githubusercontent.com/qgis-deployment/qgis-deployment-toolbelt-cli/main/docs/'
                                      'schemas/profile/qgis_profile.json",\n  "name": "main",\n  "plugins": [\n    {"name": "Catalogue", '
                                      '"url": "https://catalog.example-ville.fr/plugins/catalogue.zip", "version": "1.2"}\n  ]\n}\n',
        "scenarios/main-scenario.yml": "# yaml-language-server: $schema=https://raw.githubusercontent.com/qgis-deployment/"
                                       "qgis-deployment-toolbelt-cli/refs/heads/main/docs/schemas/scenario/qdt_scenario.json\n"
                                       "metadata:\n  id: main\n",
    }
    _, res = judge(tmp_path, profiles, ["scaling.hosting"])
    assert "raw.githubusercontent.com" not in str(res["scaling.hosting"]["evidence"]), res["scaling.hosting"]
    assert "example-ville.fr" in str(res["scaling.hosting"]["details"])  # the plugin really downloaded is still read


def test_a_partners_link_is_no_server_the_site_loads_from(tmp_path):
    story = {  # Strasbourg's storymap, shaped: the partners' logos with a link to their website, the data from the city's server
        "README.md": "# Carnet de voyage\n\nSite vitrine du Festival International de Géographie.\n",
        "src/index.html": "<!DOCTYPE html><html lang=\"fr\"><head><script src=\"config.js\"></script></head><body></body></html>\n",
        "src/config.js": "const partners = [\n  {\n    src: 'https://sig.ville.example.fr/images/logo-bruche.jpg',\n"
                         "    href: 'https://cc.valleedelabruche.fr/',\n    alt: 'Communauté de communes de la Bruche'\n  }\n];\n",
    }
    _, res = judge(tmp_path, story, ["scaling.hosting"])
    assert "valleedelabruche" not in str(res["scaling.hosting"]["evidence"]), res["scaling.hosting"]["evidence"]
