"""Wrong verdicts reader m31o4 found on ERASME's and Rennes Métropole's repositories (issue 12, session 35 fixer w35).

- urbanlab/flux: views/visu/p5.js, the readable build of p5.js 0.6.0 (2.6 MB, over the snapshot's cap, never read), beside its
  minified twin views/visu/p5.min.js whose banner names the library ("/*! p5.js v0.6.0 … */"): it stayed the project's source,
  so code-comments, territory-neutral and geo said inconclusive for a file left unread though every own file was read.
- urbanlab/griotte: w/static/lib/, where bower installs (w/static/.bowerrc "directory": "lib"), holds Ace (ace-builds): its
  snippets/dockerfile.js (Ace's snippets for the Dockerfile syntax) was the project's container for portability, and its own
  package.json ("license": "BSD") beside a BSD-3-Clause LICENSE naming its holder in the disclaimer left it "no license declared".
- urbanlab/griotte: WebServer/WebServer.js requires express and socket.io, committed in WebServer/node_modules/ with no package.json
  naming them: the project kind read server frameworks from manifests only, so three HTML pages made it a static site.
- urbanlab/griotte: configuration said the code writes a server's address (www.erasme.org, a Blockly block's
  this.setHelpUrl('http://www.erasme.org/'): the page its Help opens) "which the template sets (WebServer in globalconfig.json)",
  an object of the local server's own settings (root_dir, port): neither is a server the code connects to or an address key.
- urbanlab/flux: configuration took views/visu/sketch.js, the p5.js drawing code a README line sends the reader to edit
  ("Paramètres d'affichage (écran)"), for a settings template: 4 value lines above 500 lines of logic; a README chapter sending
  the reader to edit code files (and naming no settings file) describes settings set by modifying the code: warn 4.
"""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_dependencies_field import MIT
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

# a readable library build over the snapshot's 2 MiB cap (the categories helper caps at 1 MiB; the engine at 2 MiB)
BIG_BODY = "".join(f"  function part{i}(a, b) {{\n    // step {i}\n    return a + b * {i};\n  }}\n" for i in range(36000))
P5_JS = "/*! p5.js v0.6.0 January 19, 2018 */\n(function (f) {\n" + BIG_BODY + "})(this);\n"
P5_MIN = "/*! p5.js v0.6.0 January 19, 2018 */ !function(a){" + "var b=a;" * 400 + "}(this);\n"
SKETCH = ("// Visualisation des flux sur l'écran\nvar congestionMin = 1;\n\n/** Prépare la toile. */\nfunction setup() {\n"
          "  createCanvas(1920, 1080);\n}\n\n/** Dessine une image. */\nfunction draw() {\n  background(0);\n}\n")
SERVER = ("// Serveur de la démo\nconst express = require('express');\nconst app = express();\n\n/** Démarre le serveur. */\n"
          "function start() {\n  app.use(express.static('views'));\n  app.listen(8000);\n}\nstart();\n")
FLUX = {
    "README.md": "# FLUX\n\nDémonstrateur : étaler les horaires d'arrivée au travail réduit la congestion.\n\n## Installation\n\nnpm install\n",
    "package.json": '{\n  "name": "flux",\n  "version": "1.0.0",\n  "dependencies": {\n    "express": "^4.16.3"\n  }\n}\n',
    "index.js": SERVER,
    "views/visu/index.html": "<html><body><script src=\"p5.js\"></script><script src=\"sketch.js\"></script></body></html>\n",
    "views/visu/sketch.js": SKETCH,
    "views/visu/p5.js": P5_JS,
    "views/visu/p5.min.js": P5_MIN,
}


def test_a_library_build_too_large_to_read_is_known_by_its_minified_twins_banner(tmp_path):
    assert len(P5_JS) > 2 * 1024 * 1024
    cats = categories(build(tmp_path / "r", FLUX))
    assert cats["views/visu/p5.js"] == "vendored", cats
    assert cats["views/visu/sketch.js"] == "source", cats


def test_the_copied_library_too_large_to_read_leaves_the_own_code_checks_judged(tmp_path):
    report, res = judge(tmp_path, FLUX, ["documentation.code-comments", "reusability.territory-neutral", "interoperability.geo"])
    for cid in ("documentation.code-comments", "reusability.territory-neutral", "interoperability.geo"):
        assert res[cid]["status"] != "inconclusive", (cid, res[cid]["message"])
        assert "p5.js" not in res[cid]["message"]["en"], (cid, res[cid]["message"])


def test_a_large_own_script_beside_a_minified_twin_without_a_banner_stays_the_projects(tmp_path):
    # the project's own 2 MB script and its minified build, no library banner: its own, and left unread as before
    own = {k: v for k, v in FLUX.items() if not k.startswith("views/visu/p5")}
    own["views/visu/flux-carte.js"] = "// Carte des flux\n(function (f) {\n" + BIG_BODY + "})(this);\n"
    own["views/visu/flux-carte.min.js"] = "!function(a){" + "var b=a;" * 400 + "}(this);\n"
    cats = categories(build(tmp_path / "r", own))
    assert cats["views/visu/flux-carte.js"] == "source", cats
    report, res = judge(tmp_path, own, ["reusability.territory-neutral"], name="o")
    assert res["reusability.territory-neutral"]["status"] == "inconclusive", res["reusability.territory-neutral"]["message"]


ACE_LICENSE = ("Copyright (c) 2010, Upstream Org B.V.\nAll rights reserved.\n\nRedistribution and use in source and binary forms, with or "
               "without\nmodification, are permitted provided that the following conditions are met:\n    * Redistributions of source code "
               "must retain the above copyright\n      notice, this list of conditions and the following disclaimer.\n    * Redistributions "
               "in binary form must reproduce the above copyright\n      notice, this list of conditions and the following disclaimer in the\n"
               "      documentation and/or other materials provided with the distribution.\n    * Neither the name of Upstream Org B.V. nor the\n"
               "      names of its contributors may be used to endorse or promote products\n      derived from this software without specific "
               "prior written permission.\n\nTHIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\nANY EXPRESS "
               "OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\nWARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR "
               "PURPOSE ARE\nDISCLAIMED. IN NO EVENT SHALL UPSTREAM ORG B.V. BE LIABLE FOR ANY\nDIRECT, INDIRECT, INCIDENTAL, SPECIAL, "
               "EXEMPLARY, OR CONSEQUENTIAL DAMAGES\n(INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;\nLOSS OF USE, "
               "DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND\nON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT "
               "LIABILITY, OR TORT\n(INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS\nSOFTWARE, EVEN IF ADVISED "
               "OF THE POSSIBILITY OF SUCH DAMAGE.\n")
ACE_MIN = "(function(){var e=function(){return this}();" + "e.a=function(t){return t};" * 80 + "})();\n"
PLAYER = {
    "README.md": "# Griotte\n\nA programmable multimedia player.\n\n## Install\n\nRun install_dependencies.sh.\n",
    "LICENSE": MIT,
    "install_dependencies.sh": "#!/bin/sh\n# installs the player's packages\napt-get install -y omxplayer\n",
    "WebServer/WebServer.js": "// the player's web interface\nvar express = require('express');\nvar app = express();\napp.listen(8080);\n",
    "w/static/.bowerrc": '{\n  "directory" : "lib"\n}\n',
    "w/static/bower.json": '{\n  "name": "player",\n  "private": true,\n  "dependencies": {\n    "ace-builds": "~1.1.8"\n  }\n}\n',
    "w/static/index.html": "<html><body><script src=\"lib/ace-builds/src-min-noconflict/ace.js\"></script></body></html>\n",
    "w/static/lib/ace-builds/package.json": ('{\n    "name": "ace-builds",\n    "version": "1.1.8",\n    "author": "",\n'
                                             '    "license": "BSD"\n}\n'),
    "w/static/lib/ace-builds/LICENSE": ACE_LICENSE,
    "w/static/lib/ace-builds/src-min-noconflict/ace.js": ACE_MIN,
    "w/static/lib/ace-builds/src-min-noconflict/mode-dockerfile.js": 'ace.define("ace/mode/dockerfile",[],function(e,t,n){"use strict"})\n',
    "w/static/lib/ace-builds/src-min-noconflict/snippets/dockerfile.js":
        'ace.define("ace/snippets/dockerfile",["require","exports","module"],function(e,t,n){"use strict";t.snippetText=undefined})\n',
}


def test_an_installed_librarys_dockerfile_snippets_are_no_container_of_the_project(tmp_path):
    report, res = judge(tmp_path, PLAYER, ["reusability.portability"])
    assert report["facts"]["files"]["dockerfile"] is None, report["facts"]["files"]
    r = res["reusability.portability"]
    assert not any(e.get("value") == "container" for e in r["evidence"]), r["evidence"]


def test_the_projects_own_dockerfile_beside_the_library_stays_its_container(tmp_path):
    report, res = judge(tmp_path, {**PLAYER, "Dockerfile": "FROM node:18\nCOPY . /app\nCMD [\"node\", \"WebServer/WebServer.js\"]\n"},
                        ["reusability.portability"])
    assert report["facts"]["files"]["dockerfile"] == "Dockerfile"
    assert any(e.get("value") == "container" and e.get("path") == "Dockerfile" for e in res["reusability.portability"]["evidence"])


def test_a_scripts_name_after_the_dockerfile_format_is_no_recipe():
    from auditor.facts.inventory import DOCKERFILE

    assert not DOCKERFILE.search("tools/snippets/dockerfile.js") and not DOCKERFILE.search("gen/dockerfile.py")
    assert all(DOCKERFILE.search(p) for p in ("Dockerfile", "docker/Dockerfile.prod", "Dockerfile-dev", "api/dockerfile_api",
                                              "Dockerfile.j2", "web.dockerfile"))


def _ace(report) -> dict:
    return next(lib for lib in report["facts"]["inventory"]["libraries"] if lib["name"] == "ace-builds")


def test_an_installed_librarys_own_manifest_declares_its_licence(tmp_path):
    report, res = judge(tmp_path, PLAYER, ["licensing.dependencies"])
    assert _ace(report)["license"] == "BSD", report["facts"]["inventory"]["libraries"]
    unknown = [e for e in res["licensing.dependencies"]["evidence"] if isinstance(e.get("value"), dict)
               and e["value"].get("name") == "ace-builds" and e["value"].get("reason") == "no license declared"]
    assert not unknown, res["licensing.dependencies"]["evidence"]


def test_an_installed_librarys_manifest_without_a_licence_leaves_it_unknown(tmp_path):
    files = {**PLAYER, "w/static/lib/ace-builds/package.json": '{\n    "name": "ace-builds",\n    "version": "1.1.8",\n    "license": "UNLICENSED"\n}\n'}
    report, _ = judge(tmp_path, files, ["licensing.dependencies"])
    assert _ace(report)["license"] is None


WEB_SERVER = ("var fs = require('fs'),\n\texpress = require('express'),\n    socket = require('socket.io');\n\n"
              "/** The player's web interface. */\nfunction WebServer(config) {\n  this.app = express();\n"
              "  this.app.use(express.static(config.root_dir));\n  this.server = this.app.listen(config.port);\n"
              "  this.io = socket.listen(this.server);\n}\nmodule.exports = WebServer;\n")
NODE_PLAYER = {
    "README.md": "# Griotte\n\nA programmable multimedia player.\n\nOpen the web interface at http://your-Pi-IP:8080.\n",
    "LICENSE": MIT,
    "globalconfig.json": '{\n  "WebServer": {\n    "root_dir": "w/root",\n    "port": 8080\n  }\n}\n',
    "init.js": "// starts the player's processes\nvar WebServer = require('./WebServer/WebServer.js');\nnew WebServer(require('./globalconfig.json').WebServer);\n",
    "WebServer/WebServer.js": WEB_SERVER,
    "WebServer/node_modules/express/package.json": '{\n  "name": "express",\n  "version": "3.4.8",\n  "license": "MIT"\n}\n',
    "WebServer/node_modules/express/index.js": "module.exports = require('./lib/express');\n",
    "WebServer/node_modules/express/lib/express.js": "exports = module.exports = function createApplication() { return {}; };\n",
    "w/root/index.html": ("<html><head><script src=\"/socket.io/socket.io.js\"></script><script src=\"js/player.js\"></script></head>"
                          "<body><div id=\"status\"></div></body></html>\n"),
    "w/root/js/player.js": "// the status page\nvar socket = io.connect();\nsocket.on('playerStatus', function (s) { document.title = s; });\n",
    "w/static/frame.html": "<html><body><iframe src=\"/\"></iframe></body></html>\n",
}


def test_a_server_framework_the_code_requires_with_no_manifest_makes_a_web_application(tmp_path):
    report, res = judge(tmp_path, NODE_PLAYER, ["interoperability.api-spec"])
    project = report["facts"]["project"]
    assert project["kind"] == "web-application", project
    assert any(e["path"] == "WebServer/WebServer.js" and "express" in e["reason"] for e in project["kind_evidence"]), project


def test_pages_and_scripts_requiring_no_server_framework_stay_a_static_site(tmp_path):
    # the same pages and a committed node_modules/ with express, but no script of the project requiring it: a static site
    files = {k: v for k, v in NODE_PLAYER.items() if k not in ("WebServer/WebServer.js", "init.js")}
    files["tools/build.js"] = "// copies the pages\nvar fs = require('fs');\nfs.copyFileSync('w/root/index.html', 'out/index.html');\n"
    report, _ = judge(tmp_path, files, ["interoperability.api-spec"])
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]


BLOCK = ("'use strict';\n\ngoog.provide('Blockly.Blocks.analog');\n\nBlockly.Blocks['analog_sensor'] = {\n  init: function() {\n"
         "    this.setHelpUrl('http://www.erasme.org/');\n    this.setColour(349);\n    this.appendDummyInput().appendTitle('Capteur');\n"
         "  }\n};\n")
CONFIG_PLAYER = {**NODE_PLAYER, "w/static/js/blockly/blocks/__analog.js": BLOCK,
                 "w/static/js/blockly/blocks/__digital.js": BLOCK.replace("analog", "digital")}


def test_a_blocks_help_link_is_no_server_the_code_connects_to(tmp_path):
    report, res = judge(tmp_path, CONFIG_PLAYER, ["reusability.configuration"])
    r = res["reusability.configuration"]
    assert "erasme" not in r["message"]["en"], r["message"]
    assert not any("erasme" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


def test_a_server_address_the_code_fetches_is_still_said(tmp_path):
    # the same address fetched by the code, and a template key holding an address: the code bypasses the template
    files = {**CONFIG_PLAYER, "globalconfig.json": '{\n  "api_url": "http://localhost:8080/api",\n  "port": 8080\n}\n',
             "w/root/js/player.js": "// the status page\nfetch('http://www.erasme.org/api/status').then(function (r) { return r.json(); });\n"}
    _, res = judge(tmp_path, files, ["reusability.configuration"])
    assert "www.erasme.org" in res["reusability.configuration"]["message"]["en"], res["reusability.configuration"]["message"]
    assert res["reusability.configuration"]["status"] == "warn", res["reusability.configuration"]["message"]


def test_a_section_of_settings_named_server_is_no_address_key():
    from auditor.facts.install import ADDRESS_KEY

    assert ADDRESS_KEY.findall('{\n  "WebServer": {\n    "port": 8080\n  },\n  "api_url": "http://x/api"\n}\n') == ["api_url"]
    assert ADDRESS_KEY.findall("API_HOST=\nDB_SERVER=db\n") == ["API_HOST", "DB_SERVER"]


SKETCH_BIG = ("// Visualisation\nvar reglages = {\n  congestionMin: 1,\n  congestionMax: 12,\n  vitesse: 2\n};\n\n"
              + "".join(f"function tracer{i}(x, y) {{\n  stroke(255);\n  ellipse(x + {i}, y, 10, 10);\n  line(x, y, x + {i}, y);\n}}\n\n" for i in range(40))
              + "function setup() {\n  createCanvas(1920, 1080);\n}\n\nfunction draw() {\n  background(0);\n  tracer0(10, 10);\n}\n")
FLUX_README = ("# FLUX\n\nDémonstrateur : étaler les horaires d'arrivée au travail réduit la congestion.\n\n## Installation\n\nnpm install\n\n"
               "### Modification des paramètres de la démo\nPour modifier les paramètres de la démo:\n"
               "* Paramètres d'affichage (écran): *root/views/visu/sketch.js*\n")


def test_a_drawing_program_a_readme_sends_to_edit_is_no_settings_template(tmp_path):
    files = {**{k: v for k, v in FLUX.items() if not k.startswith("views/visu/p5")}, "README.md": FLUX_README, "views/visu/sketch.js": SKETCH_BIG}
    _, res = judge(tmp_path, files, ["reusability.configuration"])
    r = res["reusability.configuration"]
    # not its template: the README says to edit that code, so the settings are set by modifying the code (warn 4)
    assert "template" not in r["message"]["en"] and r["status"] == "warn" and r["score"] == 4, r["message"]
    assert "edit the code (views/visu/sketch.js)" in r["message"]["en"], r["message"]


def test_a_settings_script_the_readme_names_stays_a_template(tmp_path):
    # a script of values the README sends to edit (views/visu/reglages.js): the template it was
    reglages = "// Réglages de l'écran\nvar reglages = {\n  congestionMin: 1,\n  congestionMax: 12,\n  vitesse: 2,\n  couleur: 'blanc'\n};\n"
    files = {**{k: v for k, v in FLUX.items() if not k.startswith("views/visu/p5")}, "views/visu/reglages.js": reglages,
             "README.md": FLUX_README.replace("views/visu/sketch.js", "views/visu/reglages.js")}
    _, res = judge(tmp_path, files, ["reusability.configuration"])
    r = res["reusability.configuration"]
    assert "views/visu/reglages.js" in r["message"]["en"] and r["status"] == "pass", r["message"]
