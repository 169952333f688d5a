"""The project's own bundles committed beside their sources are its build output, not copied libraries nor code to measure
twice (issue 12, s18 c1/c2; shaped like a Nextcloud app whose vue-cli build writes js/<app>.js and css/<app>.css from src/, and
like a JavaScript library whose root <name>.js concatenates src/*.js, with <name>.min.js beside it)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

WEBPACK = ("(function(t){var e={};function n(i){if(e[i])return e[i].exports;var r=e[i]={i:i,l:!1,exports:{}};return t[i].call(r.exports,r,"
           "r.exports,n),r.l=!0,r.exports}n.m=t,n.c=e;" + "var a=" + "1+" * 600 + "1;" + "})([function(t,e){t.exports={}}]);\n")
APP = {
    "README.md": "# Intranet Ville\n\nApplication intranet de la ville pour Nextcloud.\n",
    "appinfo/info.xml": "<?xml version=\"1.0\"?>\n<info>\n  <id>intranetville</id>\n  <name>Intranet Ville</name>\n</info>\n",
    "package.json": '{"name": "intranetvillev2", "private": true, "scripts": {"build": "vue-cli-service build"}, "dependencies": {"vue": "^2.6.11"}}\n',
    "package-lock.json": '{"name": "intranetvillev2", "lockfileVersion": 1}\n',
    "vue.config.js": "module.exports = { outputDir: '.', filenameHashing: false };\n",
    "src/main.js": "import Vue from 'vue'\nimport App from './App.vue'\nnew Vue({ render: h => h(App) }).$mount('#content')\n",
    "src/App.vue": "<template><div id=\"content\">{{ title }}</div></template>\n<script>\nexport default { data() { return { title: 'Intranet' } } }\n</script>\n",
    "src/views/News.vue": "<template><ul><li v-for=\"n in news\">{{ n }}</li></ul></template>\n<script>\nexport default { props: ['news'] }\n</script>\n",
    "js/intranetville.js": WEBPACK,
    "js/intranetville-dashboard.js": WEBPACK.replace("exports={}", "exports={a:1}"),
    "css/intranetville.css": ".theme--light.v-application{background:#fff;color:rgba(0,0,0,.87)}" * 40 + "\n",
    "lib/Controller/PageController.php": "<?php\nnamespace OCA\\IntranetVille\\Controller;\nclass PageController {\n  public function index() {\n    return 1;\n  }\n}\n",
}


def _src(name: str, n: int) -> str:
    return f"/**\n * {name}\n */\n" + "\n".join(
        f"geojs.{name}.prototype.f{i} = function (a) {{\n  if (a > {i}) {{\n    return a * {i};\n  }}\n  return a + {i};\n}};" for i in range(n)) + "\n"


LIBRARY = {
    "README.md": "# geojs\n\nJavascript code to parse geographic metadata and convert it to a JS object.\n",
    "src/header.js": "var geojs = {};\n",
    "src/Reader.js": _src("Reader", 12),
    "src/Writer.js": _src("Writer", 12),
    "test.html": "<html><head><script src=\"src/Reader.js\"></script></head><body></body></html>\n",
}
LIBRARY["geojs.js"] = "/** geojs bundle */\n" + LIBRARY["src/header.js"] + LIBRARY["src/Reader.js"] + LIBRARY["src/Writer.js"]
LIBRARY["geojs.min.js"] = "/**\n * geojs.js\n * @license MIT\n */\n" + "var geojs={};" + "geojs.Reader.prototype.f0=function(a){return a>0?a*0:a+0};" * 3 + "\n"


def test_an_apps_own_bundles_named_after_it_are_build_output_not_copied_libraries(tmp_path):
    report = run(build(tmp_path / "r", APP), tmp_path / "c", only=["reusability.dependencies", "reusability.build-output"])
    names = {lib["name"] for lib in report["facts"]["inventory"]["libraries"]}
    assert not names & {"intranetville", "intranetville-dashboard"}, names  # was two libraries "copied outside any manifest"
    res = results(report)
    assert "intranetville" not in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
    assert "js/intranetville.js" in str(res["reusability.build-output"]["evidence"]) or res["reusability.build-output"]["status"] != "pass"


def test_a_root_bundle_concatenating_the_sources_is_build_output_measured_once(tmp_path):
    report = run(build(tmp_path / "r", LIBRARY), tmp_path / "c", only=["reusability.build-output", "reusability.maintainability"])
    res = results(report)
    assert res["reusability.build-output"]["status"] != "pass", res["reusability.build-output"]["message"]  # was "No build output"
    assert "geojs.js" not in str(res["reusability.maintainability"]["evidence"]), res["reusability.maintainability"]["evidence"]
    assert "geojs" not in {lib["name"] for lib in report["facts"]["inventory"]["libraries"]}, report["facts"]["inventory"]["libraries"]


def test_a_one_file_library_named_after_the_project_stays_its_code(tmp_path):
    files = {"README.md": LIBRARY["README.md"], "geojs.js": LIBRARY["geojs.js"], "test.html": LIBRARY["test.html"]}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.build-output"])
    assert report["facts"]["inventory"]["categories"].get("build", 0) == 0, report["facts"]["inventory"]["categories"]
