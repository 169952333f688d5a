"""A slide deck written on a copied presentation framework (issue 12, session 36, i36 = DSI-Ville-Noumea/presentation-continuous-
database): the deck is index.html (``<div class="reveal"><div class="slides">``) and css/custom.css, on reveal.js 3.x copied whole
at the root (js/reveal.js, css/reveal.css, css/theme/, lib/font/, lib/js/, plugin/), served as static files from GitHub Pages.

- reveal.js ships two optional Node servers in its plugin/ folder (plugin/notes-server/index.js, plugin/multiplex/index.js,
  ``require('express')``): read as the project's own server, they made the deck a web application (configuration fail "only
  PORT", portability warn "standard packaging: no"). A copied framework's plugins, themes and fonts are the framework's.
- accessibility-and-ecodesign counted every font of the repository (reveal.js's eight theme families, source-sans-pro's 1.7 MB)
  though the deck loads one theme: the copied framework's fonts are no longer the project's.
- near miss: an Express server the project wrote itself (server.js at the root, listening on a port) keeps the web application.
"""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

REVEAL_BANNER = "/*!\n * reveal.js\n * http://lab.hakim.se/reveal-js\n * MIT licensed\n *\n * Copyright (C) 2016 Hakim El Hattab, http://hakim.se\n */\n"
SERVER = ("var http = require('http');\nvar express = require('express');\nvar app = express();\nvar server = http.createServer(app);\n\n"
          "var opts = {\n  port: process.env.PORT || 1948,\n  baseDir: __dirname + '/../../'\n};\n\n"
          "app.use(express.static(opts.baseDir));\nserver.listen(opts.port || null);\n"
          "console.log('reveal.js: server running on port ' + opts.port);\n")
FONT_CSS = "@font-face {\n  font-family: '{name}';\n  src: url('{file}.woff') format('woff');\n}\n"


def theme(name: str, font: str, google: str) -> str:
    return (f"/**\n * {name} theme for reveal.js.\n */\n@import url(../../lib/font/{font}/{font}.css);\n"
            f"@import url(https://fonts.googleapis.com/css?family={google}:400,700);\n"
            f".reveal {{\n  font-family: \"{google}\", sans-serif;\n}}\n.reveal h1 {{\n  font-family: \"{font}\", Impact, sans-serif;\n}}\n")


def font_files(font: str, size: int) -> dict:
    return {f"lib/font/{font}/{font}.css": FONT_CSS.replace("{name}", font).replace("{file}", font),
            f"lib/font/{font}/{font}.woff": bytes([7]) * size, f"lib/font/{font}/{font}.ttf": bytes([9]) * size,
            f"lib/font/{font}/LICENSE": "SIL Open Font License, Version 1.1\n"}


INDEX = """<html>
  <head>
    <title>Base de données sans DBA</title>
    <link rel="stylesheet" href="css/reveal.css">
    <link rel="stylesheet" href="css/custom.css">
    <link rel="stylesheet" href="css/theme/moon.css" id="theme">
  </head>
  <body>
    <div class="reveal">
      <div class="slides">
        <section><h1>Livraison continue des bases de données</h1></section>
        <section><h2>Liquibase</h2><img src="img/diagram.png"></section>
      </div>
    </div>
    <script src="lib/js/head.min.js"></script>
    <script src="js/reveal.js"></script>
    <script>
      Reveal.initialize({ controls: true, progress: true, history: true,
        dependencies: [{ src: 'plugin/notes/notes.js', async: true }] });
    </script>
  </body>
</html>
"""

DECK = {
    "README.md": "# database continuous deployment\n\nhttps://dsi-exemple.github.io/presentation-continuous-database\n",
    "index.html": INDEX,
    "css/custom.css": ".reveal section img {\n  border: none;\n}\n",
    "css/reveal.css": REVEAL_BANNER + "html, body, .reveal, .reveal .slides {\n  width: 100%;\n}\n",
    "css/print/pdf.css": "body {\n  background: #fff;\n}\n",
    "js/reveal.js": REVEAL_BANNER + "(function(root, factory) {\n  root.Reveal = factory();\n}(this, function() {\n  var Reveal = {};\n  return Reveal;\n}));\n",
    "css/theme/moon.css": theme("Solarized Dark", "league-gothic", "Lato"),
    "css/theme/beige.css": theme("Beige", "league-gothic", "Montserrat"),
    "css/theme/night.css": theme("Night", "league-gothic", "Open Sans"),
    "css/theme/serif.css": "/**\n * A simple theme for reveal.js presentations.\n */\n.reveal {\n  font-family: \"Palatino Linotype\", serif;\n}\n",
    "css/theme/sky.css": theme("Sky", "league-gothic", "Quicksand"),
    "css/theme/source/moon.scss": "// Solarized Dark theme for reveal.js.\n$mainFont: 'Lato', sans-serif;\n",
    "css/theme/template/settings.scss": "// Base settings for all themes that can optionally be\n$backgroundColor: #2b2b2b;\n",
    **font_files("league-gothic", 30_000),
    **font_files("source-sans-pro", 300_000),
    "lib/js/head.min.js": "/**\n    Head JS     The only script in your <HEAD>\n    Copyright   Tero Piirainen (tipiirai)\n*/\n(function(a){a.head=function(){}})(window);\n",
    "lib/js/classList.js": "/*! @source http://purl.eligrey.com/github/classList.js/blob/master/classList.js*/\nif (!('classList' in document.documentElement)) {}\n",
    "plugin/notes/notes.js": "/**\n * Handles opening of and synchronization with the reveal.js\n * notes window.\n */\nvar RevealNotes = (function() {\n  return {};\n})();\n",
    "plugin/notes-server/index.js": SERVER,
    "plugin/notes-server/client.js": "(function() {\n  var socket = io.connect(window.location.origin);\n  Reveal.addEventListener('slidechanged', function() {});\n}());\n",
    "plugin/multiplex/index.js": SERVER.replace("1948", "1949"),
    "plugin/multiplex/master.js": "(function() {\n  var multiplex = Reveal.getConfig().multiplex;\n}());\n",
    "plugin/markdown/markdown.js": "/**\n * The reveal.js markdown plugin. Handles parsing of\n * markdown inside of presentations.\n */\n(function() {}());\n",
    "plugin/zoom-js/zoom.js": "// Custom reveal.js integration\nvar RevealZoom = (function() {\n  return {};\n})();\n",
    "img/diagram.png": b"\x89PNG\r\n\x1a\n" + bytes(200),
}
# the near miss: the same deck served by an Express server of the project's own
OWN_SERVER = {**DECK, "server.js": ("const express = require('express');\nconst app = express();\nconst port = process.env.PORT || 8000;\n\n"
                                    "app.use(express.static(__dirname));\napp.listen(port, () => console.log(`Diaporama sur le port ${port}`));\n")}

# the deck kept reveal.js's skeleton whole: its manifest (express and socket.io for the plugin servers, grunt) and its Gruntfile
REVEAL_PACKAGE = ('{\n  "name": "reveal.js",\n  "version": "3.2.0",\n  "main": "js/reveal.js",\n  "scripts": {"test": "grunt test", "start": "grunt serve"},\n'
                  '  "repository": {"type": "git", "url": "git://github.com/hakimel/reveal.js.git"},\n'
                  '  "dependencies": {"express": "~4.13.3", "grunt-cli": "~0.1.13", "mustache": "~2.2.1", "socket.io": "^1.3.7"},\n'
                  '  "devDependencies": {"grunt": "~0.4.5", "grunt-contrib-connect": "~0.11.2"},\n  "license": "MIT"\n}\n')
GRUNTFILE = ("/* global module:false */\nmodule.exports = function(grunt) {\n  var port = grunt.option('port') || 8000;\n  grunt.initConfig({\n"
             "    connect: { server: { options: { port: port, base: '.' } } }\n  });\n  grunt.registerTask('serve', ['connect']);\n};\n")
SKELETON = {**DECK, "package.json": REVEAL_PACKAGE, "Gruntfile.js": GRUNTFILE}

KIND_CHECKS = ["reusability.configuration", "reusability.portability", "interoperability.accessibility-and-ecodesign"]


def test_the_copied_frameworks_plugins_themes_and_fonts_are_the_frameworks(tmp_path):
    cats = categories(build(tmp_path / "r", DECK))
    for p in ("plugin/notes-server/index.js", "plugin/multiplex/index.js", "plugin/notes/notes.js", "css/theme/beige.css",
              "css/theme/source/moon.scss", "lib/font/source-sans-pro/source-sans-pro.css", "lib/font/source-sans-pro/source-sans-pro.woff",
              "css/print/pdf.css", "js/reveal.js"):
        assert cats[p] == "vendored", (p, cats[p])  # plugin/…/index.js, the other themes and fonts were "source"/"asset"
    assert cats["index.html"] == "source" and cats["css/custom.css"] == "source", cats
    # (the theme the deck links, and the font it imports, stay the deck's: the fonts its visitors download)
    assert cats["css/theme/moon.css"] == "source" and cats["lib/font/league-gothic/league-gothic.css"] == "source", cats
    assert cats["lib/font/league-gothic/league-gothic.woff"] == "asset", cats


def test_a_reveal_deck_is_a_static_site_not_a_web_application(tmp_path):
    report, res = judge(tmp_path, DECK, KIND_CHECKS)
    project = report["facts"]["project"]
    assert project["kind"] == "static-site", project  # was web-application: "server framework express required by the code"
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]
    assert "standard packaging: not applicable" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_the_frameworks_unused_theme_fonts_are_not_counted(tmp_path):
    _report, res = judge(tmp_path, DECK, ["interoperability.accessibility-and-ecodesign"], name="fonts")
    r = res["interoperability.accessibility-and-ecodesign"]
    assert r["details"]["criteria"]["font_budget"] is True, (r["message"], r["evidence"])  # was: 5 families, 660 KB
    fonts = [e["value"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "families" in e["value"]]
    assert fonts and fonts[0]["families"] == ["lato", "league"] and fonts[0]["bytes"] == 60_000, fonts  # (the theme moon.css loads)
    assert not [e for e in r["evidence"] if "Too many downloaded fonts" in str(e.get("note"))], r["evidence"]


def test_an_express_server_of_the_projects_own_keeps_the_web_application(tmp_path):
    report, _res = judge(tmp_path, OWN_SERVER, ["reusability.configuration"], name="own")
    project = report["facts"]["project"]
    assert project["kind"] == "web-application", project
    assert [e["path"] for e in project["kind_evidence"] if "express" in e["reason"]] == ["server.js"], project["kind_evidence"]


def test_a_deck_keeping_the_frameworks_manifest_is_a_static_site(tmp_path):
    report, res = judge(tmp_path, SKELETON, ["reusability.configuration"], name="skel")
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]  # was web-application: "express" in package.json
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]


def test_the_frameworks_own_repository_keeps_its_code(tmp_path):
    import subprocess

    from auditor.facts.inventory import build_inventory
    from auditor.snapshot import GitSnapshot

    path = build(tmp_path / "reveal.js", SKELETON)
    commit = subprocess.check_output(["git", "-C", str(path), "rev-parse", "HEAD"]).decode().strip()
    snap = GitSnapshot(str(path / ".git"), commit, max_blob=1 << 20, max_files=5000, deadline=None)
    cats = {i.path: i.category for i in build_inventory(snap, ("reveal.js",)).items}
    assert cats["plugin/notes-server/index.js"] == "source" and cats["package.json"] == "manifest", cats  # reveal.js itself
    cats = {i.path: i.category for i in build_inventory(snap, ("presentation-liquibase",)).items}
    assert cats["plugin/notes-server/index.js"] == "vendored" and cats["package.json"] == "vendored", cats  # a deck on its copy
