"""Copied (vendored) and generated code read as the project's own (issue 12, family 6), each on a git fixture shaped like a real
case: a library copied into an add-on's lib/ folder named only by its files (zip.js's inflate.js, whose leading comment writes out
the BSD licence, and z-worker.js, without any banner, which zip.js loads by its name), a qgis2web export in a folder of any name,
and a deploy role's web server template naming GeoJSON and a WFS path it proxies for every project it serves."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

BSD = ("/*\n Copyright (c) 2013 Gildas Lormeau. All rights reserved.\n\n Redistribution and use in source and binary forms, with or "
       "without\n modification, are permitted provided that the following conditions are met:\n\n 1. Redistributions of source "
       "code must retain the above copyright notice,\n this list of conditions and the following disclaimer.\n\n 2. Redistributions "
       "in binary form must reproduce the above copyright\n notice, this list of conditions and the following disclaimer in\n the "
       "documentation and/or other materials provided with the distribution.\n\n 3. The names of the authors may not be used to "
       "endorse or promote products\n derived from this software without specific prior written permission.\n */\n")
# a function complex enough to be listed by the maintainability check (a decoder's state machine)
STATE_MACHINE = ("function proc(r, mode) {\n  for (;;) {\n    switch (mode) {\n"
                 + "".join(f"      case {i}: if (r > {i}) {{ r -= {i}; }} else if (r < -{i}) {{ r += {i}; }} break;\n" for i in range(30))
                 + "    }\n    if (r === 0) { return r; }\n  }\n}\n")
ADDON = "demo/addons/fileimport"
MVIEWER_FORK = {  # shaped like an mviewer fork: the viewer, and an add-on importing files with zip.js copied into its lib/
    "README.md": "# Suivi des données\n\nUn mviewer pour suivre l'avancement des données, avec un import de fichiers.\n",
    "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n\nCopyright (C) 2007 Free Software Foundation, Inc.\n",
    "index.html": "<html><body><div id='map'></div><script src='js/mviewer.js'></script></body></html>\n",
    "js/mviewer.js": "/**\n * The viewer.\n */\nfunction start(config) {\n  return config;\n}\n",
    f"{ADDON}/fileimport.js": ("/**\n * Imports a zipped shapefile.\n */\nfunction importFile(file) {\n  zip.workerScripts = {inflater: ["
                               f"'{ADDON}/lib/z-worker.js', '{ADDON}/lib/inflate.js']}};\n  return file;\n}}\n"),
    f"{ADDON}/lib/zip.js": BSD + ("(function(obj) {\n  var DEFAULT_WORKER_SCRIPTS = {\n    deflater: ['z-worker.js', 'deflate.js'],\n"
                                  "    inflater: ['z-worker.js', 'inflate.js']\n  };\n  obj.zip = {workerScripts: null};\n})(this);\n"),
    f"{ADDON}/lib/inflate.js": BSD + STATE_MACHINE,
    f"{ADDON}/lib/z-worker.js": ("/* jshint worker:true */\n(function main(global) {\n  'use strict';\n"
                                 "  addEventListener('message', function(event) {\n"
                                 + "".join(f"    if (event.data.type === 't{i}') {{ global.handle{i}(event); }} else if (event.data.sn > {i}) "
                                           f"{{ return; }}\n" for i in range(14))
                                 + "  });\n})(this);\n"),
    # the project's own helper in a lib/ folder, under the licence grant of the project's own holder, stays its code
    "lib/helpers/format.js": ("/*\n Copyright (c) 2021 Suivi Donnees contributors.\n\n Permission is hereby granted, free of charge, to "
                              "any person obtaining a copy of this software.\n */\n" + STATE_MACHINE.replace("proc", "formatValue")),
    "lib/helpers/LICENSE": "Copyright (c) 2021 Suivi Donnees contributors\n",
}
CODE_CHECKS = ["reusability.maintainability", "documentation.code-comments", "reusability.dependencies"]


def _evidence(res: dict, *ids: str) -> str:
    return " ".join(str(res[i].get("evidence")) for i in ids)


def test_a_library_copied_into_an_add_ons_lib_folder_without_a_banner_is_not_the_projects_code(tmp_path):
    report = run(build(tmp_path / "r", MVIEWER_FORK), tmp_path / "c", only=CODE_CHECKS)
    res = results(report)
    assert f"{ADDON}/lib/" not in _evidence(res, "reusability.maintainability", "documentation.code-comments"), res
    libs = {lib["name"]: lib for lib in report["facts"]["inventory"]["libraries"]}
    assert libs["zip"]["license"] == "BSD-3-Clause" and libs["inflate"]["license"] == "BSD-3-Clause", libs
    assert "zip" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]


def test_a_file_of_a_lib_folder_under_the_projects_own_licence_grant_stays_its_code(tmp_path):
    files = {**MVIEWER_FORK, "LICENSE": "MIT License\n\nCopyright (c) 2021 Suivi Donnees contributors\n\nPermission is hereby granted, "
                                        "free of charge, to any person obtaining a copy of this software.\n",
             "lib/format.js": MVIEWER_FORK["lib/helpers/format.js"]}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=CODE_CHECKS))
    assert "lib/format.js" in _evidence(res, "reusability.maintainability"), res["reusability.maintainability"]["evidence"]


EXPORT_LIB = "\n".join(f"function f{i}(a) {{ if (a > {i}) {{ return {i}; }} else if (a < 0) {{ return -1; }} return 0; }}" for i in range(30))


def test_a_qgis2web_export_in_a_folder_of_any_name_is_written_by_the_exporter(tmp_path):
    files = {"README.md": "# Carte des arbres\n\nCarte des plantations exportée de QGIS.\n",
             "carte/index.html": "<html><body><div id='map'></div><script src='js/qgis2web_expressions.js'></script></body></html>\n",
             "carte/js/qgis2web_expressions.js": EXPORT_LIB.replace("function f", "function exp_") + "\n" + STATE_MACHINE,
             "carte/js/leaflet-measure.js": EXPORT_LIB, "carte/css/qgis2web.css": "#map { width: 100%; }\n",
             "scripts/prepare.py": "def prepare(q):\n    \"\"\"Prepare the layer.\"\"\"\n    return q\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.maintainability", "documentation.code-comments"]))
    assert "carte/" not in _evidence(res, "reusability.maintainability", "documentation.code-comments"), res


NGINX = ("{{ ansible_managed | comment }}\n\nupstream app_servers_{{ project_slug }} {\n  server 127.0.0.1:{{ port }};\n}\n\n"
         "server {\n    listen 443 ssl;\n    gzip on;\n    gzip_types application/json application/xml application/gml+xml "
         "application/geo+json text/css;\n\n    {% if has_backend is defined and has_backend %}\n    location /api/wfs/ {\n"
         "        proxy_pass         http://app_servers_{{ project_slug }};\n    }\n    {% endif %}\n}\n")
HUGO_SITE = {  # shaped like a showcase site deployed by its maker's shared Ansible role
    "README.md": "# Site vitrine\n\nSite vitrine du projet, construit avec Hugo et déployé par Ansible.\n",
    "website/hugo.toml": "baseURL = 'https://example.org/'\ntitle = 'Site'\n",
    "website/layouts/index.html": "<html><body><h1>{{ .Title }}</h1></body></html>\n",
    "website/assets/js/script.js": "function toggle(menu) {\n  menu.classList.toggle('open');\n}\n",
    "deploy/website.yml": "- hosts: all\n  tasks:\n    - import_tasks: shared-deploy/tasks/setup-nginx.yml\n",
    "deploy/shared-deploy/tasks/setup-nginx.yml": "- template:\n    src: templates/nginx.conf.j2\n    dest: /etc/nginx/sites-enabled/site\n",
    "deploy/shared-deploy/tasks/templates/nginx.conf.j2": NGINX,
}


def test_a_deploy_roles_web_server_template_is_no_geographic_format_or_service_of_the_project(tmp_path):
    res = results(run(build(tmp_path / "r", HUGO_SITE), tmp_path / "c", only=["interoperability.geo"]))
    geo = res["interoperability.geo"]
    assert "nginx.conf.j2" not in str(geo.get("evidence")), geo
    assert "GeoJSON or open geographic format: yes" not in geo["message"]["en"] and "OGC: yes" not in geo["message"]["en"], geo["message"]


def test_the_projects_own_wfs_request_still_counts_beside_such_a_template(tmp_path):
    files = {**HUGO_SITE, "website/assets/js/map.js": ("function load(map) {\n  return fetch('https://example.org/geoserver/ows?service=WFS&"
                                                       "request=GetFeature&typeName=arbres&outputFormat=application/json');\n}\n")}
    geo = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.geo"]))["interoperability.geo"]
    assert "OGC: yes" in geo["message"]["en"] and "map.js" in str(geo["evidence"]), geo


SELECT2 = "/*! Select2 4.0.12 | https://github.com/select2/select2/blob/master/LICENSE.md */\n\n"
FONT_AWESOME = ("/*!\n * Font Awesome Free 5.12.0 by @fontawesome - https://fontawesome.com\n * License - https://fontawesome.com/license/free "
                "(Icons: CC BY 4.0, Fonts: SIL OFL 1.1, Code: MIT License)\n */\n")
ASSETS = "app/static/assets"
FLASK_PORTAL = {  # shaped like a biodiversity portal (Flask) serving the libraries it copied into its static assets
    "README.md": "# Biodiv'Territoires\n\nPortail de restitution de la biodiversité des territoires.\n",
    "LICENSE": "GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n",
    "requirements.txt": "flask==2.2.2\n",
    "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n    \"\"\"Home.\"\"\"\n    return 'ok'\n",
    "app/templates/index.html": "<html><body><select id='taxa'></select><script src='/static/assets/select2.js'></script></body></html>\n",
    f"{ASSETS}/select2.js": "/*! Select2 4.0.12 | https://github.com/select2/select2/blob/master/LICENSE.md */\n/* MIT License */\n!function(){}();\n",
    **{f"{ASSETS}/i18n/{lang}.js": SELECT2 + f"!function(){{e.define(\"select2/i18n/{lang}\",[],function(){{return{{}}}})}}();\n"
       for lang in ("af", "ar", "fr", "de", "pt-BR", "zh-CN")},
    **{f"{ASSETS}/FontAwesome/css/{part}.css": FONT_AWESOME + f".fa-{part}{{font-weight:400}}\n" for part in ("all", "brands", "solid")},
    f"{ASSETS}/datatables.css": ("/*\n * This combined file was created by the DataTables downloader builder:\n *   https://datatables.net/download\n"
                                 " *\n * Included libraries:\n *   JSZip 2.5.0, DataTables 1.13.1, AutoFill 2.5.1\n */\n.dataTable{width:100%}\n"),
}


def test_a_librarys_locale_files_and_parts_are_that_one_library_not_one_each(tmp_path):
    report = run(build(tmp_path / "r", FLASK_PORTAL), tmp_path / "c", only=["reusability.dependencies", "reusability.portability"])
    libs = {(lib["name"], lib["version"]): lib for lib in report["facts"]["inventory"]["libraries"]}
    assert libs[("select2", "4.0.12")]["files"] == 7 and ("af", "4.0.12") not in libs, sorted(libs)
    assert libs[("font-awesome-free", "5.12.0")]["files"] == 3 and ("all", "5.12.0") not in libs, sorted(libs)
    assert ("datatables", "1.13.1") in libs, sorted(libs)
    res = results(report)
    assert "af 4.0.12" not in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
    port = res["reusability.portability"]
    assert "i18n: no" in port["message"]["en"] and "i18n/af.js" not in str(port["evidence"]), port


WP_PHP = "<?php\n" + "\n".join(f"function wp_core_{i}($a) {{ if ($a > {i}) {{ return {i}; }} elseif ($a < 0) {{ return -1; }} return 0; }}"
                               for i in range(25)) + "\n"
WORDPRESS_SITE = {  # shaped like CD93/inseinesaintdenis: a theme in src/, built by gulp into dist/, and a whole WordPress committed in dist/
    "README.md": "# Site In Seine-Saint-Denis\n\nLe thème WordPress du site.\n\n## Installation\n\nnpm install puis gulp.\n",
    "package.json": '{"name": "inssd", "version": "1.0.0", "devDependencies": {"gulp": "^4.0.0"}}\n',
    "package-lock.json": '{"name": "inssd", "lockfileVersion": 1}\n',
    "gulpfile.js": "var dist_theme = './dist/wp-content/themes/inssd/';\n",
    "src/inssd/functions.php": "<?php\n/**\n * Loads the theme's scripts.\n */\nfunction inssd_scripts() {\n  return 1;\n}\n",
    "dist/index.php": "<?php\ndefine('WP_USE_THEMES', true);\nrequire __DIR__ . '/wp-blog-header.php';\n",
    "dist/wp-login.php": WP_PHP, "dist/wp-load.php": WP_PHP, "dist/wp-config.php": "<?php\ndefine('DB_NAME', getenv('MYSQL_DATABASE'));\n",
    "dist/wp-includes/version.php": "<?php\n$wp_version = '4.9.8';\n$wp_db_version = 38590;\n",
    "dist/wp-includes/functions.php": WP_PHP, "dist/wp-includes/js/wp-util.min.js": "!function(a){a.wp=a.wp||{}}(jQuery);\n",
    "dist/wp-admin/admin.php": WP_PHP, "dist/wp-admin/css/common.css": "body { color: #444; }\n",
    "dist/wp-content/index.php": "<?php\n// Silence is golden.\n", "dist/wp-content/.htaccess": "Options -Indexes\n",
    "dist/wp-content/plugins/advanced-custom-fields-pro/readme.txt": ("=== Advanced Custom Fields Pro ===\nContributors: elliotcondon\n"
                                                                      "Tags: acf, fields\nLicense: GPLv2 or later\n\n== Description ==\n"),
    "dist/wp-content/plugins/advanced-custom-fields-pro/acf.php": "<?php\n/*\nPlugin Name: Advanced Custom Fields PRO\nVersion: 5.7.10\n*/\n" + WP_PHP,
    "dist/wp-content/plugins/advanced-custom-fields-pro/assets/js/acf.min.js": "!function(a){a.acf={}}(jQuery);\n",
    "dist/wp-content/plugins/mailpoet/readme.txt": "=== MailPoet ===\nContributors: mailpoet, wysija\nStable tag: 3.18.0\n",
    "dist/wp-content/plugins/mailpoet/mailpoet.php": WP_PHP,
}


def test_a_wordpress_committed_whole_is_a_copied_dependency_not_build_output_nor_the_projects_code(tmp_path):
    report = run(build(tmp_path / "r", WORDPRESS_SITE), tmp_path / "c", only=[*CODE_CHECKS, "reusability.build-output"])
    res = results(report)
    assert res["reusability.build-output"]["status"] == "pass", res["reusability.build-output"]["message"]  # was warn "N build output files"
    libs = {lib["name"]: lib["version"] for lib in report["facts"]["inventory"]["libraries"]}
    assert libs == {"wordpress": "4.9.8", "advanced-custom-fields-pro": "5.7.10", "mailpoet": "3.18.0"}, libs  # was wp-admin, wp-content 1.11.4…
    dep = res["reusability.dependencies"]["message"]["en"]
    assert "wordpress 4.9.8" in dep and "mailpoet 3.18.0" in dep and "wp-content" not in dep, dep
    assert "dist/" not in _evidence(res, "reusability.maintainability", "documentation.code-comments")
    assert report["facts"]["inventory"]["categories"]["build"] == 0


LIB = "spip/plugins/carte/lib"
SPIP_SITE = {  # shaped like CD93/seinesaintdenis: a SPIP site whose map plugin copies whole libraries into its lib/ folder
    "README.md": "# Site du Département\n\nSquelettes et plugins SPIP du site.\n",
    "spip/plugins/carte/carte_fonctions.php": "<?php\n/**\n * Builds the map.\n */\nfunction carte_init($id) {\n  return $id;\n}\n",
    "spip/squelettes/sommaire.html": "<html><body><div id='carte'></div></body></html>\n",
    # Fuse.js copied whole: its own manifest, CI file and tests beside its banner-carrying source
    f"{LIB}/Fuse-master/package.json": '{"name": "fuse.js", "version": "2.2.0", "devDependencies": {"vows": "^0.8.1"}}\n',
    f"{LIB}/Fuse-master/.travis.yml": "language: node_js\nnode_js:\n  - $TRAVIS_NODE_VERSION\n",
    f"{LIB}/Fuse-master/LICENSE": "Apache License\nVersion 2.0, January 2004\n",
    f"{LIB}/Fuse-master/src/fuse.js": "/**\n * @license\n * Fuse - Lightweight fuzzy-search\n * Copyright (c) 2012-2016 Kirollos Risk\n */\n" + STATE_MACHINE,
    f"{LIB}/Fuse-master/test/fuse-test.js": "var vows = require('vows');\nvows.describe('Fuse').export(module);\n",
    # a Leaflet plugin with its licence and package.json, its source without any banner
    f"{LIB}/leaflet/plugin/Leaflet.snogylop/LICENSE": "The MIT License (MIT)\n\nCopyright (c) 2014 Ebrelsford\n",
    f"{LIB}/leaflet/plugin/Leaflet.snogylop/package.json": '{"name": "leaflet.snogylop", "version": "0.4.0"}\n',
    f"{LIB}/leaflet/plugin/Leaflet.snogylop/src/leaflet.snogylop.js": STATE_MACHINE.replace("proc", "invert"),
    # Leaflet.markercluster with its distribution
    f"{LIB}/leaflet/plugin/Leaflet.markercluster/package.json": '{"name": "leaflet.markercluster", "version": "1.0.0"}\n',
    f"{LIB}/leaflet/plugin/Leaflet.markercluster/dist/leaflet.markercluster-src.js": "/*\n Leaflet.markercluster, Provides Beautiful Animated Marker Clustering functionality for Leaflet\n https://github.com/Leaflet/Leaflet.markercluster\n (c) 2012-2013, Dave Leaver, smartrak\n*/\n" + STATE_MACHINE,
    f"{LIB}/leaflet/plugin/Leaflet.markercluster/dist/MarkerCluster.css": ".marker-cluster { opacity: 0.6; }\n",
    f"{LIB}/leaflet/plugin/Leaflet.markercluster/spec/suites/AddLayerSpec.js": "describe('addLayer', function () {});\n",
}


def test_a_library_copied_whole_brings_its_own_manifest_tests_ci_and_dist_which_are_not_the_projects(tmp_path):
    checks = [*CODE_CHECKS, "reusability.build-output", "reusability.tests-and-ci", "reusability.configuration"]
    report = run(build(tmp_path / "r", SPIP_SITE), tmp_path / "c", only=checks)
    res = results(report)
    dep = res["reusability.dependencies"]
    assert "package.json" not in str(dep["evidence"]) and "manifest(s) (npm)" not in dep["message"]["en"], dep["message"]  # was "3 manifest(s) (npm), 3 without a lockfile"
    assert res["reusability.build-output"]["status"] == "pass", res["reusability.build-output"]["message"]  # was warn on the copy's dist/
    assert "0 test file(s)" in res["reusability.tests-and-ci"]["message"]["en"], res["reusability.tests-and-ci"]["message"]  # was the copies' tests
    assert "TRAVIS_NODE_VERSION" not in str(res["reusability.configuration"]), res["reusability.configuration"]["message"]
    assert f"{LIB}/" not in _evidence(res, "reusability.maintainability", "documentation.code-comments")


def test_the_projects_own_released_jars_are_its_build_output_not_copied_libraries(tmp_path):
    """Shaped like DSI-Ville-Noumea/pont-astre-400: a Maven batch offering its released jars on its Maven site
    (src/site/resources/jar/2.0/pont-astre-400##2.0.jar, ROOT##pont-astre-400-2.4.jar) beside a committed Oracle driver."""
    pom = ("<project><modelVersion>4.0.0</modelVersion><parent><artifactId>parent-pom</artifactId></parent>\n<groupId>nc.exemple</groupId>"
           "<artifactId>pont-compta</artifactId><version>2.4</version>\n<dependencies><dependency><groupId>com.oracle</groupId>"
           "<artifactId>classes12</artifactId><version>10.2.0.3</version></dependency></dependencies></project>\n")
    jar = "PK\x03\x04 binary"
    files = {"README.md": "# Pont compta\n\nSynchronise la comptabilité.\n", "pom.xml": pom,
             "src/main/java/nc/exemple/Pont.java": "package nc.exemple;\n/** The bridge. */\npublic class Pont {\n}\n",
             "lib/classes12.jar": jar, "src/site/resources/jar/2.0/pont-compta##2.0.jar": jar,
             "src/site/resources/jar/2.4/ROOT##pont-compta-2.4.jar": jar, "src/site/resources/jar/2.1/framework-2.2.jar": jar}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies", "reusability.build-output"]))
    bo = res["reusability.build-output"]
    assert bo["status"] == "warn" and "2 compiled" in bo["message"]["en"], bo["message"]  # was pass "No build output is committed"
    dep = res["reusability.dependencies"]["message"]["en"]
    assert "pont-compta" not in dep and "framework 2.2" in dep, dep  # was "pont-compta##2.0.jar, root##pont-compta-2.4.jar" as copies


JAXB = ("//\n// This file was generated by the JavaTM Architecture for XML Binding(JAXB) Reference Implementation, v2.2.8-b130911.1802\n"
        "// See <a href=\"http://java.sun.com/xml/jaxb\">http://java.sun.com/xml/jaxb</a>\n// Any modifications to this file will be lost "
        "upon recompilation of the source schema.\n//\n\npackage fr.exemple.xml.schema;\n\n/**\n * <p>Java class for NAME complex type.\n */\n"
        "public class NAME {\n" + "".join(f"    /**\n     * Gets the value of the field{i} property.\n     */\n    public String getField{i}() "
                                              f"{{\n        return field{i};\n    }}\n" for i in range(8)) + "}\n")


def test_classes_a_generator_wrote_are_not_measured_as_the_projects_code(tmp_path):
    """Shaped like lutece-secteur-public/actes-plugin-actes: 36 JAXB classes from the INSEE and @CTES schemas beside 19 of
    the plugin's own (code-comments measured 55 files, 91 % documented, from the generator's javadoc)."""
    files = {"README.md": "# Actes\n\nTransmission des actes au contrôle de légalité.\n",
             "pom.xml": "<project><artifactId>plugin-actes</artifactId></project>\n"}
    for name in ("SIRETCtype", "ActeType", "EnveloppeType", "ObjectFactory"):
        files[f"ext/src/java/fr/exemple/xml/schema/{name}.java"] = JAXB.replace("NAME", name)
    for i in range(3):
        files[f"src/java/fr/exemple/actes/Service{i}.java"] = (f"package fr.exemple.actes;\n\npublic class Service{i} {{\n"
                                                                 f"    public int send(int a) {{\n        return a + {i};\n    }}\n}}\n")
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.code-comments", "reusability.maintainability"]))
    cc = res["documentation.code-comments"]
    assert cc["message"]["en"].startswith("3 file(s) analysed"), cc["message"]  # was 7, the JAXB classes' javadoc counted
    assert "3 files" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]


def test_a_processing_library_copied_into_libs_is_not_the_projects_code(tmp_path):
    """Shaped like erasme/funkytown: the oscP5 library copied into processing/libs/oscP5/ (library.properties, src/, examples/)
    beside the project's own sketch; maintainability measured only oscP5's 43 files."""
    lib = "processing/libs/oscP5"
    files = {"README.md": "# FunkyTown\n\nUne table augmentée.\n", "processing/funkytown/funkytown.pde": "void setup() {\n  size(800, 600);\n}\n",
             "of/src/main.cpp": "// The table's entry point.\nint main() {\n  return 0;\n}\n",
             f"{lib}/library.properties": "name=oscP5\nauthorList=Andreas Schlegel\nversion=0.9.9\n",
             f"{lib}/src/oscP5/OscP5.java": "/**\n * A network library for processing.\n */\npackage oscP5;\n\n" + STATE_MACHINE.replace("function proc(r, mode)", "public class OscP5 { int proc(int r, int mode)") + "}\n",
             f"{lib}/examples/oscP5message/oscP5message.pde": "void setup() {\n}\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.maintainability", "documentation.code-comments"]))
    assert f"{lib}/" not in _evidence(res, "reusability.maintainability", "documentation.code-comments"), res["reusability.maintainability"]


def test_comments_measured_on_a_script_beside_unparsable_notebooks_are_not_judged(tmp_path):
    """Shaped like IleDeFranceMobilites/hackathon_mobilite: two notebooks that cannot be parsed (the project's code) and one init
    script (was pass 10 "1 file(s) analysed … comment density 31%")."""
    broken = '{"cells": [{"cell_type": "code", "source": ["import os\\n"'  # a notebook cut short: not JSON
    files = {"README.md": "# Hackathon\n\nDeux carnets.\n", "rag_arrets.ipynb": broken, "rag_lignes.ipynb": broken,
             "scripts/init.sh": "#!/bin/bash\n# Installs the kit's packages.\n# Run it once in the Onyxia service.\npip install -r requirements.txt\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.code-comments"]))
    cc = res["documentation.code-comments"]
    assert cc["status"] == "inconclusive" and "rag_arrets.ipynb" in cc["message"]["en"], cc["message"]


def test_a_committed_wordpress_s_settings_classes_are_not_the_projects_configuration_template(tmp_path):
    """CD93/inseinesaintdenis: configuration named a MailPoet class (…/Config/ContainerParametersResourceChecker.php) as the
    project's settings template."""
    files = {**WORDPRESS_SITE, "dist/wp-content/plugins/mailpoet/vendor-prefixed/symfony/Config/config-sample.php": "<?php\nreturn [];\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"]))
    assert "mailpoet" not in str(res["reusability.configuration"]), res["reusability.configuration"]["message"]
