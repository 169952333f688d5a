"""reusability.build-output: passing and failing on real git fixtures, and on facts alone."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.report import validate_report
from auditor.testing import run_with_facts


def check_result(repo, tmp_path, files, name="r"):
    report = audit(str(repo([{"files": files}], name=name)), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.build-output"]))
    assert validate_report(report) == []
    return report["results"][0]


def test_sources_only_pass(repo, tmp_path):
    r = check_result(repo, tmp_path, {"src/app.js": "export const a = 1;\n", "build/Dockerfile": "FROM node:22\n",
                                      "package.json": '{"scripts": {"build": "vite build"}}'})
    assert r["status"] == "pass"


def test_committed_build_output_warns_with_the_paths(repo, tmp_path):
    r = check_result(repo, tmp_path, {"src/app.js": "export const a = 1;\n", "dist/app.js": "var a=1;\n",
                                      "dist/app.css": "a{}\n", "api/__pycache__/views.cpython-311.pyc": "\x00"})
    assert r["status"] == "warn" and r["details"]["files"] == 3
    assert [e["path"] for e in r["evidence"]] == ["api/__pycache__/views.cpython-311.pyc", "dist/app.css", "dist/app.js"]


def test_the_check_runs_on_facts_alone():
    inventory = {"files": 2, "categories": {"build": 1, "source": 1}, "languages": {}, "examples": {"build": ["target/app.jar"]}}
    tree = [["src/App.java", "file", 10], ["target/app.jar", "file", 10], ["target/classes/App.class", "file", 10]]
    r = run_with_facts("reusability.build-output", {"inventory": inventory, "tree": tree, "renders": {"files": 0, "folders": [], "pages": []}})
    assert r.status.value == "warn" and r.evidence[0].path == "target/app.jar"
    assert "target/ holds 2 files in all" in r.message["en"]  # the folder the counted file lies in
    assert run_with_facts("reusability.build-output", {"inventory": {**inventory, "categories": {"build": 0}}, "site_output": {}}).status.value == "pass"
    assert run_with_facts("reusability.build-output", {"inventory": ValueError("boom")}).status.value == "error"


MINIFIED = "var xt_data={" + ",".join(f'"{i:05d}":"etab{i}"' for i in range(120)) + "};function xt(){return xt_data}\n"


def test_a_bundlers_declared_output_folder_is_build_output(repo, tmp_path):
    """Shaped like a Symfony app on Webpack Encore (an environmental observatory's photo platform): webpack.config.js
    declares setOutputPath('public/assets'); the compiled app.js/app.css, the fonts and images it copies under hashed names
    and its manifests are committed there, beside the hand-written public/index.php and public/robots.txt."""
    r = check_result(repo, tmp_path, {
        "webpack.config.js": "var Encore = require('@symfony/webpack-encore');\nEncore\n    .setOutputPath('public/assets') // compiled assets\n"
                             "    .setPublicPath('/assets')\n    .addEntry('app', './assets/js/app.js')\n;\nmodule.exports = Encore.getWebpackConfig();\n",
        "assets/js/app.js": "import '../css/app.css';\nconsole.log('app');\n", "assets/css/app.css": "body { margin: 0; }\n",
        "public/index.php": "<?php\nrequire dirname(__DIR__).'/config/bootstrap.php';\n", "public/robots.txt": "User-agent: *\n",
        "public/assets/app.js": "(window.webpackJsonp=window.webpackJsonp||[]).push([[\"app\"],{}]);\n", "public/assets/app.css": "body{margin:0}\n",
        "public/assets/fonts/fontawesome-webfont.674f50d2.eot": "\x00\x01", "public/assets/images/32px.21bd42ab.png": "\x89PNG",
        "public/assets/entrypoints.json": '{"entrypoints": {}}', "public/assets/manifest.json": '{"assets/app.js": "/assets/app.js"}'})
    assert r["status"] == "warn" and r["details"]["files"] == 6, r
    assert "public/index.php" not in {e["path"] for e in r["evidence"]}


def test_webpack_output_path_and_a_commented_one(repo, tmp_path):
    r = check_result(repo, tmp_path, {
        "front/webpack.config.js": "const path = require('path');\nmodule.exports = {\n  entry: './src/index.js',\n"
                                   "  output: { filename: 'bundle.js', path: path.resolve(__dirname, '..', 'static/js') },\n"
                                   "  // output: { path: path.resolve(__dirname, 'old') },\n};\n",
        "front/src/index.js": "export default 1;\n", "static/js/bundle.js": "!function(e){var t={};}([]);\n",
        "front/old/kept.js": "export const kept = 1;\n"})
    assert r["status"] == "warn" and [e["path"] for e in r["evidence"]] == ["static/js/bundle.js"], r


def test_a_minified_copy_of_the_projects_own_script_is_build_output(repo, tmp_path):
    """Shaped like a web-analytics tagging kit of a regional operator: script/js_compress.sh minifies src/escitiData.js
    into js/escitiData.js; the readable source is the project's, the one-line copy its build's (not a copied library)."""
    readable = "// Données des établissements\nvar xt_data = {\n" + "".join(f'  "{i:05d}": "etab{i}",\n' for i in range(120)) + "};\n"
    r = check_result(repo, tmp_path, {"src/escitiData.js": readable, "js/escitiData.js": MINIFIED,
                                      "script/js_compress.sh": "for f in esciti*.js; do java -jar yuicompressor.jar $f > ../js/$f; done\n"})
    assert r["status"] == "warn" and [e["path"] for e in r["evidence"]] == ["js/escitiData.js"], r
    # two readable copies under one name are two sources, not a build
    r = check_result(repo, tmp_path, {"src/escitiData.js": readable, "old/escitiData.js": readable}, name="two")
    assert r["status"] == "pass", r


def test_build_output_is_not_counted_as_the_projects_source(repo, tmp_path):
    readable = "// Données\nvar xt_data = {\n" + "".join(f'  "{i:05d}": "etab{i}",\n' for i in range(120)) + "};\n"
    path = repo([{"files": {"src/escitiData.js": readable, "js/escitiData.js": MINIFIED}}], name="counts")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c2", only=["reusability.tests-and-ci"]))
    assert "for 1 source file(s)" in report["results"][0]["message"]["en"], report["results"][0]["message"]


def test_an_image_alone_in_a_copied_librarys_dist_is_no_build_output(repo, tmp_path):
    """GIP-RECIA/esup-publisher (session 9 reads r3): '1 compiled or bundled build output … swagger-ui/dist/images/throbber.gif',
    the spinner of a copied Swagger UI: an image is neither compiled nor bundled."""
    files = {"src/main/webapp/index.html": "<!doctype html><title>x</title>\n", "pom.xml": "<project></project>\n",
             "src/main/webapp/swagger-ui/index.html": "<!doctype html><title>Swagger UI</title>\n",
             "src/main/webapp/swagger-ui/dist/images/throbber.gif": "GIF89a\x01\x00\x01\x00"}
    r = check_result(repo, tmp_path, files)
    assert r["status"] == "pass" and "throbber.gif" in r["message"]["en"], r["message"]
    r = check_result(repo, tmp_path, dict(files, **{"src/main/webapp/swagger-ui/dist/swagger-ui.js": "var a=1;\n"}), name="r2")
    assert r["status"] == "warn"
