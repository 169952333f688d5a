"""Copied and generated code read as the project's own (issue 12, family 6; session 15 readers' [copy] verdicts), each on a git
fixture shaped like a real case: a QGIS plugin's Qt files compiled by pyuic and pyrcc (SIRS-CLS/mos-adeupa-ce), a monorepo of tool
servers copied into a commune's Docker Desktop extension (docker-desktop-open-webui), a map viewer application copied whole into a
portal's repository and a library's folder in its tools' lib/ (geopicardie-simple-web-apps), jqPlot's plugins carrying the library's
banner (lutece-report-plugin-dataviz) and a well-known script copied without a banner (publik-shell's wait-for-it.sh)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PYUIC = ("# -*- coding: utf-8 -*-\n\n# Form implementation generated from reading ui file 'dialog_base.ui'\n#\n"
         "# Created by: PyQt5 UI code generator 5.10.1\n#\n# WARNING! All changes made in this file will be lost!\n\n"
         "from PyQt5 import QtCore, QtGui, QtWidgets\n\nclass Ui_Dialog(object):\n    def setupUi(self, Dialog):\n"
         + "".join(f"        self.label{i} = QtWidgets.QLabel(Dialog)\n        self.label{i}.setObjectName('label{i}')\n" for i in range(6))
         + "        self.retranslateUi(Dialog)\n\n    def retranslateUi(self, Dialog):\n        _translate = QtCore.QCoreApplication.translate\n"
         + "        Dialog.setWindowTitle(_translate('Dialog', 'Socle'))\n")
PYRCC = ("# -*- coding: utf-8 -*-\n\n# Resource object code\n#\n# Created by: The Resource Compiler for PyQt5 (Qt v5.9.4)\n#\n"
         "# WARNING! All changes made in this file will be lost!\n\nfrom PyQt5 import QtCore\n\nqt_resource_data = b\"\\\n\\x00\\x00\\x06\\xd7\\\n\"\n\n"
         "def qInitResources():\n    QtCore.qRegisterResourceData(0x01, qt_resource_data, qt_resource_data, qt_resource_data)\n\n"
         "def qCleanupResources():\n    QtCore.qUnregisterResourceData(0x01, qt_resource_data, qt_resource_data, qt_resource_data)\n\n"
         "qInitResources()\n")
OWN = ('"""Builds the land-use base from the cadastre."""\n\n\nclass SoclePlugin:\n    """The plugin\'s entry point in QGIS."""\n\n'
       '    def run(self, layer):\n        """Runs the three steps in order."""\n        return [layer, 1, 2]\n')


def test_a_qgis_plugins_qt_files_compiled_by_pyuic_and_pyrcc_are_not_its_code(tmp_path):
    """Shaped like SIRS-CLS/mos-adeupa-ce: code-comments read the plugin's interface_socle.py (pyuic) and resources.py (pyrcc) as
    undocumented code of its own (Ui_interface_socle, setupUi, retranslateUi, qInitResources…); maintainability measured them."""
    files = {"README.md": "# MOS\n\nUn plugin QGIS.\n", "plugin/metadata.txt": "[general]\nname=MOS\nqgisMinimumVersion=3.0\n",
             "plugin/socle.py": OWN, "plugin/interface_socle.py": PYUIC, "plugin/resources.py": PYRCC,
             "plugin/interface_socle.ui": "<ui version=\"4.0\"><class>Dialog</class></ui>\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.code-comments", "reusability.maintainability"]))
    cc = res["documentation.code-comments"]
    assert cc["message"]["en"].startswith("1 file(s) analysed"), cc["message"]  # was 3, with Ui_Dialog, setupUi, qInitResources…
    assert "100%" in cc["message"]["en"], cc["message"]
    assert "1 file" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]


def categories(path) -> dict[str, str]:
    """Every file's inventory category in the fixture's commit."""
    import subprocess

    from auditor.facts.inventory import build_inventory
    from auditor.snapshot import GitSnapshot

    commit = subprocess.check_output(["git", "-C", str(path), "rev-parse", "HEAD"]).decode().strip()
    return {i.path: i.category for i in build_inventory(GitSnapshot(str(path / ".git"), commit, max_blob=1 << 20, max_files=5000,
                                                                     deadline=None)).items}


# a function complex enough to be listed by the maintainability check
COMPLEX = ("function route(r, mode) {\n  for (;;) {\n    switch (mode) {\n"
           + "".join(f"      case {i}: if (r > {i}) {{ r -= {i}; }} else if (r < -{i}) {{ r += {i}; }} break;\n" for i in range(30))
           + "    }\n    if (r === 0) { return r; }\n  }\n}\n")
MIT_UPSTREAM = "MIT License\n\nCopyright (c) 2024 Jane Upstream\n\nPermission is hereby granted, free of charge, to any person.\n"


def _member(name: str) -> dict:
    return {f"mcp/servers/{name}/package.json": ('{"name": "@toolproto/server-%s", "author": "Upstream, Inc.", '
                                                 '"bugs": "https://github.com/toolproto/servers/issues"}\n' % name),
            f"mcp/servers/{name}/index.ts": COMPLEX.replace("route", f"handle_{name}")}


EXTENSION = {  # shaped like a commune's Docker Desktop extension with a tool-servers monorepo copied into mcp/
    "README.md": "# Extension Open WebUI\n\nUne extension Docker Desktop de la commune pour lancer une IA locale.\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2025\n\nPermission is hereby granted, free of charge, to any person.\n",
    "backend/main.js": "/** Starts the extension's backend. */\nfunction start(port) {\n  return port + 1;\n}\n",
    "mcp/LICENSE": MIT_UPSTREAM,
    "mcp/README.md": "# Tool servers\n\nReference implementations of tool servers.\n",
    "mcp/package.json": ('{"name": "@toolproto/servers", "author": "Upstream, Inc.", "license": "MIT",\n'
                         ' "bugs": "https://github.com/toolproto/servers/issues", "workspaces": ["src/*"]}\n'),
    **_member("slack"), **_member("github"), **_member("maps"),
    "mcp/servers/git/pyproject.toml": '[project]\nname = "tool-server-git"\nversion = "0.6.2"\n',
    "mcp/servers/git/src/server.py": "def serve(repo):\n    return repo\n",
    # the commune's own servers beside them: no package manifest, a requirements.txt
    "mcp/servers/weather/requirements.txt": "fastapi==0.115.0\n",
    "mcp/servers/weather/main.py": '"""The weather of the commune."""\n\n\ndef forecast(day):\n    """Tomorrow\'s forecast."""\n    return day\n',
}


def test_a_monorepo_copied_into_a_folder_is_not_the_projects_code_but_its_own_members_are(tmp_path):
    """Shaped like mairie-de-saint-jean-cap-ferrat/docker-desktop-open-webui: mcp-server/ is a copy of a monorepo of tool servers
    (package.json naming its home on a forge, its own LICENSE); maintainability, code-comments, portability, geo, auth and
    tests-and-ci read the copy's servers as the commune's. Its members are the copy's; the commune's weather/ server stays its own."""
    path = build(tmp_path / "r", EXTENSION)
    cat = categories(path)
    assert cat["mcp/servers/slack/index.ts"] == "vendored" and cat["mcp/servers/git/src/server.py"] == "vendored", cat
    assert cat["mcp/package.json"] == "vendored" and cat["mcp/README.md"] == "vendored", cat
    assert cat["mcp/servers/weather/main.py"] == "source" and cat["backend/main.js"] == "source", cat
    res = results(run(path, tmp_path / "c", only=["reusability.maintainability"]))
    assert "handle_slack" not in str(res["reusability.maintainability"]["evidence"]), res["reusability.maintainability"]


def test_a_projects_own_package_naming_its_home_stays_its_code(tmp_path):
    """The project's own front end with its licence and a manifest naming the project's forge home, which the root README names
    (or another manifest of the project does): the project's monorepo, not a copy."""
    files = {**EXTENSION, "README.md": "# Extension\n\nSources : https://github.com/toolproto/extension\n"}
    assert categories(build(tmp_path / "a", files))["mcp/servers/slack/index.ts"] == "source"
    files = {**EXTENSION, "backend/package.json": '{"name": "backend", "repository": "https://github.com/toolproto/extension"}\n'}
    assert categories(build(tmp_path / "b", files))["mcp/servers/slack/index.ts"] == "source"


PORTAL = {  # shaped like a regional portal's simple web apps, with a map viewer application copied whole into viewer1/
    "README.md": "# portail-simple-web-apps\nApplications html, css, js simples installées sur le portail.\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2016 Plateforme régionale\n",
    "demos/eolien/app.js": "/** Shows the wind farms. */\nfunction show(layer) {\n  return layer;\n}\n",
    "index.html": "<html><body><a href='demos/eolien/index.html'>Éolien</a></body></html>\n",
    "demos/eolien/index.html": "<html><body><div id='map'></div><script src='app.js'></script></body></html>\n",
    "viewer1/README.md": "MAPVIEWER\n=============\n\nVisualiseur géographique basé sur OpenLayers.\n\nDéploiement\n-----------\n\n"
                         "1. cloner le projet\n2. copier ce dossier dans /var/www/\n3. charger le fichier config.xml de votre application\n",
    "viewer1/LICENSE": "GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n",
    "viewer1/CREDITS": "Credits\n=======\n\nOpenLayers3 under 2-Clause BSD\n",
    "viewer1/index.html": "<html><body><script src='lib/mapviewer.js'></script></body></html>\n",
    "viewer1/config.xml": "<config><application title='Portail'/><mapoptions projection='EPSG:3857'/></config>\n",
    "viewer1/apps/eolien/config.xml": "<config><application title='Éolien'/><mapoptions projection='EPSG:2154'/></config>\n",
    "viewer1/lib/mapviewer.js": "/*\n *\n * This file is part of mapviewer\n *\n * mapviewer is distributed in the hope that it will be useful.\n */\n" + COMPLEX,
    "viewer1/lib/templates.js": "/*\n * This file is part of mapviewer\n */\nfunction tpl(a) {\n  return a;\n}\n",
    # a library copied into the tools' lib/ folder, with its README telling to install the published package
    "tools/lib/leaflet.map.syncer/README.md": ("Leaflet.Syncer\n============\n\nSynchronized view of two maps.\n\nInstallation\n------------\n\n"
                                               "Using npm `npm install leaflet.syncer`, or just download `L.Map.Syncer.js`.\n"),
    "tools/lib/leaflet.map.syncer/L.Map.Syncer.js": "/*\n * Extends L.Map to synchronize maps.\n */\n" + COMPLEX.replace("route", "sync"),
    # the portal's own helper in a lib/ folder, whose README installs another package
    "tools/lib/helpers/README.md": "# Helpers\n\nNeeds `npm install proj4`.\n",
    "tools/lib/helpers/helpers.js": "/** Formats a value. */\nfunction format(v) {\n  return v;\n}\n",
}


def test_an_application_copied_whole_into_a_folder_named_by_its_readme_is_not_the_projects(tmp_path):
    """Shaped like geo2france/geopicardie-simple-web-apps: mviewer1/ (README "MVIEWER", its GPL LICENSE, CREDITS, lib/mviewer.js
    "This file is part of mviewer") and tools/lib/leaflet.map.sync/ (README "Leaflet.Sync … npm install leaflet.sync") were measured as
    the portal's code, and their READMEs were its installation guide."""
    path = build(tmp_path / "r", PORTAL)
    cat = categories(path)
    assert cat["viewer1/lib/mapviewer.js"] == "vendored" and cat["viewer1/README.md"] == "vendored", cat
    assert cat["tools/lib/leaflet.map.syncer/L.Map.Syncer.js"] == "vendored", cat
    assert cat["demos/eolien/app.js"] == "source" and cat["tools/lib/helpers/helpers.js"] == "source", cat
    assert cat["viewer1/apps/eolien/config.xml"] == "configuration", cat  # (the portal's settings of the viewer it deploys)
    report = run(path, tmp_path / "c", only=["reusability.maintainability", "reusability.install"])
    res = results(report)
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    assert "viewer1/" not in str(res["reusability.maintainability"]["evidence"]), res["reusability.maintainability"]
    assert res["reusability.install"]["status"] == "fail", res["reusability.install"]  # was pass from viewer1/README.md's steps


def test_a_folder_of_the_project_named_by_its_readme_stays_its_own_when_the_project_names_it(tmp_path):
    """The same folder, when the project's other files say they are part of it too (the project's own application), or when only
    one of its files names it: not a copy."""
    files = {**PORTAL, "demos/eolien/app.js": "/*\n * This file is part of mapviewer\n */\nfunction show(layer) {\n  return layer;\n}\n"}
    assert categories(build(tmp_path / "a", files))["viewer1/lib/mapviewer.js"] == "source"
    files = {k: v for k, v in PORTAL.items() if k != "viewer1/lib/templates.js"}
    assert categories(build(tmp_path / "b", files))["viewer1/lib/mapviewer.js"] == "source"


def test_a_library_copied_into_tools_lib_with_its_files_executable_makes_no_command(tmp_path):
    """geopicardie-simple-web-apps once its copied viewer is set aside: tools/lib/leaflet-side-by-side/'s scripts, committed
    executable, were 'command-line entry points' and made the portal of HTML pages a command-line tool."""
    from tests.gitrepo import Executable

    files = {k: v for k, v in PORTAL.items() if not k.startswith("viewer1/")}
    files.update({"index.html": "<html><body><a href='demos/eolien/index.html'>Éolien</a></body></html>\n",
                  "demos/eolien/index.html": "<html><body><div id='map'></div><script src='app.js'></script></body></html>\n",
                  "tools/lib/side-by-side/LICENSE": MIT_UPSTREAM,
                  "tools/lib/side-by-side/package.json": '{"name": "leaflet-side-by-side", "main": "index.js"}\n',
                  "tools/lib/side-by-side/index.js": Executable("require('./layout.css');\nmodule.exports = {};\n"),
                  "tools/lib/side-by-side/side-by-side.js": Executable("(function () {\n  L.Control.SideBySide = {};\n})();\n")})
    project = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install"])["facts"]["project"]
    assert project["kind"] == "static-site", project


def test_a_librarys_plugins_carrying_its_banner_are_that_library_at_its_version(tmp_path):
    """Shaped like lutece-platform/lutece-report-plugin-dataviz: jqPlot's plugins (jqplot.barRenderer.min.js…) each carry the
    library's banner "jqPlot 1.0.8r1250 | (c) 2009-2013 …": dependencies listed 10 libraries 'jqplot.barrenderer'… 'version not stated'."""
    head = "/* jqPlot 1.0.8r1250 | (c) 2009-2013 Chris Leonello | jplot.com\n   jsDate | (c) 2010-2013 Chris Leonello\n */"
    js = "webapp/js/plugins/dataviz"
    files = {"README.md": "# Dataviz\n\nStatistiques.\n", "pom.xml": "<project><artifactId>plugin-dataviz</artifactId></project>\n",
             f"{js}/jquery.jqplot.js": ("/**\n * Title: jqPlot Charts\n *\n * version: 1.0.8\n * revision: 1250\n *\n * Copyright (c) 2009-2013 "
                                        "Chris Leonello\n * jqPlot is currently available for use under the MIT license.\n */\n(function($) {\n})(jQuery);\n"),
             f"{js}/stats.js": "/** Draws the statistics. */\nfunction draw(data) {\n  return data;\n}\n"}
    for plugin in ("barRenderer", "pieRenderer", "cursor", "highlighter"):
        files[f"{js}/jqplot.{plugin}.min.js"] = head + "(function(d){d.jqplot.%s=function(){};})(jQuery);" % plugin
    libs = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"])["facts"]["inventory"]["libraries"]
    assert [(lib["name"], lib["version"], lib["files"]) for lib in libs] == [("jqplot", "1.0.8", 5)], libs


def test_a_well_known_script_copied_without_a_banner_is_not_the_projects_code(tmp_path):
    """Shaped like departement-loire-atlantique/publik-shell: base/wait-for-it.sh (vishnubob's script, no licence banner, called by
    the kit's start script) counted 3 of the 6 declarations code-comments read (usage, wait_for, wait_for_wrapper)."""
    wait = ("#!/usr/bin/env bash\n#   Use this script to test if a given TCP host/port are available\n\ncmdname=$(basename $0)\n\n"
            "usage()\n{\n    echo \"Usage: $cmdname host:port\"\n    exit 1\n}\n\nwait_for()\n{\n    nc -z $HOST $PORT\n}\n\n"
            "wait_for_wrapper()\n{\n    wait_for\n}\n")
    own = ("#!/bin/bash\n# Starts the base services of the suite, once the database answers.\n\n# Waits for the database.\n"
           "start_base()\n{\n    ./wait-for-it.sh db:5432 -- echo ok\n}\n\nstart_base\n")
    files = {"README.md": "# Publik shell\n\nScripts d'installation.\n", "base/wait-for-it.sh": wait, "base/start-base.sh": own,
             "base/own-wait-for-it.sh": wait.replace("#   Use this script to test if a given TCP host/port are available\n", "")}
    cat = categories(build(tmp_path / "r", files))
    assert cat["base/wait-for-it.sh"] == "vendored" and cat["base/start-base.sh"] == "source", cat
    assert cat["base/own-wait-for-it.sh"] == "source", cat  # (a name of no known script: read as it is)


def test_a_documentation_folders_sphinx_makefile_is_no_install_tooling(tmp_path):
    """Shaped like geo2france/MViewver---Suivi-des-Donnees-PCRS: install said 'install tooling: task-runner' from docs/Makefile, the
    Sphinx build of the documentation (docs/ holds its requirements.txt, so it read as a component)."""
    files = {"README.md": "# Suivi PCRS\n\nUne carte de suivi.\n\n## Installation\n\nCopier le dossier sur le serveur web.\n",
             "index.html": "<html><body><script src='js/app.js'></script></body></html>\n",
             "js/app.js": "/** Starts the map. */\nfunction start(config) {\n  return config;\n}\n",
             "docs/requirements.txt": "sphinx==7.2.6\n", "docs/conf.py": "project = 'Suivi PCRS'\n", "docs/index.rst": "Suivi\n=====\n",
             "docs/Makefile": "# Makefile for Sphinx documentation\nSPHINXBUILD = sphinx-build\n\nhtml:\n\t$(SPHINXBUILD) -b html . _build/html\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install"]))["reusability.install"]
    assert "docs/Makefile" not in str(res["evidence"]) and "task-runner" not in res["message"]["en"], res


def test_geojson_saved_as_scripts_in_a_data_folder_is_data(tmp_path):
    """Shaped like geopicardie-simple-web-apps' demos/leaflet_wms_geojson/data/*.js: GeoJSON documents saved with a .js name, which
    code-comments read as undocumented code (diluting the comment density); a data folder's script with code stays code."""
    geojson = '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature", "properties": {"name": "Cathédrale"}}\n  ]\n}\n'
    files = {"README.md": "# Démos\n\nCartes de démonstration.\n", "index.html": "<html><body><script src='main.js'></script></body></html>\n",
             "main.js": "/** Shows the layers. */\nfunction show(map) {\n  return map;\n}\n",
             "demos/carte/data/amiens.js": geojson, "demos/carte/data/sports.js": "var sports = " + geojson.rstrip() + ";\n",
             "demos/carte/data/load.js": "/** Loads the layers. */\nfunction load(url) {\n  return fetch(url);\n}\n"}
    path = build(tmp_path / "r", files)
    cat = categories(path)
    assert cat["demos/carte/data/amiens.js"] == "data" and cat["demos/carte/data/sports.js"] == "data", cat
    assert cat["demos/carte/data/load.js"] == "source", cat
    cc = results(run(path, tmp_path / "c", only=["documentation.code-comments"]))["documentation.code-comments"]
    assert cc["message"]["en"].startswith("2 file(s) analysed"), cc["message"]  # was 4, with the two GeoJSON files
