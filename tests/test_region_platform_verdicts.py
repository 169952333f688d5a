"""Verdicts read against a regional data platform's application the tool had not seen (session 4, geograndest/mdedit2-ui),
each fixed at its cause and shown on a git fixture shaped like the real case: an AngularJS metadata editor whose webpack
build/ folder is committed (its bundle.min.css opens with bootstrap's banner), a view of the app named test, and PHP pages
reading what the web server says of the request."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

BOOTSTRAP_BANNER = "/*!\n * Bootstrap v4.4.1 (https://getbootstrap.com/)\n * Licensed under MIT\n */:root{--blue:#007bff}.btn{display:inline-block}\n"
MDEDIT = {
    "README.md": "# mdEdit 2\n\nOutil de saisie de fiches de métadonnées ISO 19139 / INSPIRE.\n\n## Installation\n\n"
                 "Placer les fichiers du dossier `build` sur un serveur web.\n",
    "package.json": json.dumps({"name": "mdedit2", "license": "MIT", "scripts": {"build": "webpack --config config/webpack.prod.js"},
                                "dependencies": {"angular": "^1.7.9", "bootstrap": "^4.4.1"}}),
    "package-lock.json": json.dumps({"lockfileVersion": 1, "dependencies": {"angular": {"version": "1.7.9"}}}),
    "config/webpack.prod.js": "module.exports = { output: { path: __dirname + '/../build' } };\n",
    "src/app/app.module.js": "import angular from 'angular';\n\nexport default angular.module('app', []);\n",
    "src/app/components/test/test.component.js": "const testController = class TestController {\n  $onInit() {}\n};\n\nexport default testController;\n",
    "src/app/components/test/test.module.js": "import angular from 'angular';\n\nexport default angular.module('test', []);\n",
    "src/php/api.php": "<?php\nfunction getHeader($param) {\n    if (isset($_SERVER[$param])) {\n        return $_SERVER[$param];\n    }\n}\n"
                       "// $url = \"http\" . (!empty($_SERVER['HTTPS']) ? \"s\" : \"\") . \"://\" . $_SERVER['SERVER_NAME'];\n"
                       "$scheme = !empty($_SERVER['HTTPS']) ? 'https' : 'http';\necho json_encode(['scheme' => $scheme]);\n",
    "build/index.html": "<!DOCTYPE html><html><head><link href=\"bundle.min.css\" rel=\"stylesheet\"></head><body></body></html>\n",
    "build/bundle.min.css": BOOTSTRAP_BANNER,
    "build/bundle.min.css.map": "{\"version\":3}\n",
    "build/js/bundle.min.js.map": "{\"version\":3}\n",
    "build/config/app/config.json": "{\"lang\": \"fr\"}\n",
    **{f"build/config/views/md-edit/help.fr/field{i}.md": f"Aide du champ {i}\n" for i in range(6)},
    **{f"build/img/help/step{i}.png": "\x89PNG" for i in range(4)},
}


def test_a_committed_webpack_build_its_bundle_a_view_named_test_and_the_requests_variables(tmp_path):
    res = results(run(build(tmp_path / "r", MDEDIT), tmp_path / "c", only=[
        "reusability.dependencies", "licensing.dependencies", "reusability.build-output", "reusability.configuration",
        "reusability.tests-and-ci"]))
    deps = res["reusability.dependencies"]
    assert "bundle" not in deps["message"]["en"], deps["message"]  # the project's own bundle, not a copied library
    assert res["licensing.dependencies"]["status"] != "pass", res["licensing.dependencies"]["message"]
    out = res["reusability.build-output"]
    assert out["status"] == "warn" and "build/ holds 15 files in all" in out["message"]["en"], out["message"]
    conf = res["reusability.configuration"]
    assert "HTTPS" not in json.dumps(conf["evidence"]), conf["evidence"]  # what the web server says of the request is no setting
    tests = res["reusability.tests-and-ci"]
    assert tests["details"]["test_files"] == 0, tests["evidence"]  # src/app/components/test/ is a view of the app


# Shaped like OpenSourcePolitics/decidim-nouvelle-aquitaine: a Région's Decidim instance (Rails, its Gemfile naming decidim).
SECRETS_YML = ("default: &default\n  geocoder:\n    here_api_key: <%= ENV[\"GEOCODER_LOOKUP_API_KEY\"] %>\n\n"
               "development:\n  <<: *default\n  secret_key_base: d4edb014127adde3c3ebf40661a40d4b4d5a58c5dd7b71ce742ccbd7c60f07b14b4e813076b461a8c22eaf42194b03ce\n\n"
               "test:\n  <<: *default\n  secret_key_base: 0ef0e28c0a56986b464570d6f5bc405ddea78b2c644ebef542326b54f48b572013f64abd1afe3e4f0b85dc03fa58911c\n\n"
               "production:\n  <<: *default\n  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>\n")
DECIDIM = {
    "README.md": "# OSP App\n\nCitizen Participation and Open Government application.\n\n## Setting up the application\n\n"
                 "1. Open a Rails console in the server: `bundle exec rails console`\n2. Create a System Admin user.\n",
    "Gemfile": "source \"https://rubygems.org\"\n\ngem \"decidim\", git: \"https://github.com/decidim/decidim.git\", branch: \"release/0.23-stable\"\n"
               "gem \"puma\", \"~> 4.3\"\n",
    "Gemfile.lock": "GEM\n  specs:\n    puma (4.3.5)\n",
    "config.ru": "require_relative \"config/environment\"\n\nrun Rails.application\n",
    "config/boot.rb": "ENV[\"BUNDLE_GEMFILE\"] ||= File.expand_path(\"../Gemfile\", __dir__)\nrequire \"bundler/setup\"\n",
    "config/secrets.yml": SECRETS_YML,
    "config/initializers/decidim.rb": "Decidim.configure do |config|\n  config.maps = {\n"
                                      "    static_map_url: \"https://image.maps.ls.hereapi.com/mia/1.6/mapview\",\n  }\nend\n",
    "app/views/layouts/decidim/_head_extra.html.erb": "<%= stylesheet_link_tag \"application\" %>\n",
    "public/422.html": "<!DOCTYPE html><html><body>The change you wanted was rejected.</body></html>\n",
    "lib/extends/exporters/csv.rb": "require \"csv\"\n\n# Exports any serialized object into a readable CSV.\nmodule CSVExporterExtend\n  def export\n"
                                    "    CSV.generate { |csv| csv << [] }\n  end\nend\n",
}


def test_a_decidim_instance_is_a_rails_application_with_its_api_exports_and_maps(tmp_path):
    report = run(build(tmp_path / "r", DECIDIM), tmp_path / "c", only=[
        "documentation.readme-sections", "reusability.secrets", "reusability.configuration", "interoperability.api-spec",
        "interoperability.data-standards", "interoperability.geo"])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]  # config.ru, not public/422.html
    res = results(report)
    assert "install" in res["documentation.readme-sections"]["details"]["found"]  # "Setting up the application"
    assert res["reusability.secrets"]["status"] == "pass", res["reusability.secrets"]["evidence"]  # development/test keys of secrets.yml
    assert "BUNDLE_GEMFILE" not in json.dumps(res["reusability.configuration"]["evidence"])
    api = res["interoperability.api-spec"]
    assert api["status"] != "not_applicable" and "Decidim::Api::Schema" in api["remediation"]["en"], api
    assert "CSV" in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]
    geo = res["interoperability.geo"]
    assert geo["status"] != "not_applicable" and "HERE" in geo["message"]["en"], geo["message"]


# Shaped like datagrandest/sdi-cc-report: requirements written by PowerShell (UTF-16), module metadata blocks.
META = ('"""Report reader."""\n\n__author__ = "Guillaume Ryckelynck"\n__license__ = "GPL"\n__version__ = "0.1"\n'
        '__maintainer__ = "Guillaume Ryckelynck"\n__email__ = "guillaume.ryckelynck@grandest.fr"\n\n\ndef read(path):\n    return path\n')
SDI = {
    "README.md": "# SDI Consistence Check Report\n\nApplications Python permettant de consulter les rapports.\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2023 DataGrandEst\n\n" + (
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation "
        "files (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, "
        "modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software "
        "is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be "
        "included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY "
        "KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
        "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN "
        "AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN "
        "THE SOFTWARE.\n"),
    "sdi_cc_report/libs/report.py": META,
    "sdi_cc_report/app_cli/application.py": META,
    "sdi_cc_report/libs/search.py": "def search(words):\n    return words\n",
}


def test_utf16_requirements_module_licence_metadata_and_the_authors_mail(tmp_path):
    files = {**SDI, "requirements_cli.txt": "\ufeffclick==8.1.7\r\nPyYAML==6.0.1\r\nrequests==2.31.0\r\n".encode("utf-16-le")}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=[
        "reusability.dependencies", "licensing.dependencies", "licensing.consistent", "reusability.territory-neutral"]))
    deps = res["reusability.dependencies"]
    assert "1 manifest(s) (pip)" in deps["message"]["en"], deps["message"]
    assert res["licensing.dependencies"]["status"] != "not_applicable", res["licensing.dependencies"]["message"]
    consistent = res["licensing.consistent"]
    assert consistent["status"] == "fail" and "GPL" in consistent["message"]["en"], consistent["message"]  # __license__ = "GPL" vs MIT
    territory = res["reusability.territory-neutral"]
    assert territory["status"] == "pass", territory["evidence"]  # __email__ names the author, no territory


def test_an_es_module_exporting_an_object_of_its_functions_has_them_as_public_interface(tmp_path):
    """Shaped like geograndest/map-me's src/libs/wfst.js: functions declared, then `export default { name: name, … }`."""
    wfst = ('import axios from "axios";\n\n/** The features of a WFS layer. */\nfunction getFeatures(url) {\n    return axios.get(url);\n}\n\n'
            'function post(url, data) {\n    return axios.post(url, data);\n}\n\nconst getCqlFilter = (words) => words.join(" AND ");\n\n'
            'function helper() {\n    return 1;\n}\n\nexport default {\n    getFeatures: getFeatures,\n    post: post,\n    getCqlFilter\n};\n')
    files = {"README.md": "# Map Me\n", "package.json": '{"name": "map-me", "dependencies": {"vue": "^2.6.11"}}', "src/libs/wfst.js": wfst}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.code-comments"]))["documentation.code-comments"]
    assert "no public function" not in r["message"]["en"], r["message"]
    assert r["details"]["by_language"]["javascript"]["declarations"] == 3 and r["details"]["by_language"]["javascript"]["documented"] == 1


def test_a_qgis_plugins_declared_contact_domain_is_the_sponsors_own(repo):
    """Shaped like geograndest/qgis-plugin: the forge account keeps the platform's former name, its metadata.txt gives the
    platform's contact address and its layers come from that platform's GeoServer."""
    from tests.test_scaling import ctx_for, one

    r = one(repo, {"datagrandest/metadata.txt": "[general]\nname=DataGrandEst\nqgisMinimumVersion=3.00\nemail=contact@datagrandest.fr\n",
                   "datagrandest/plugin.py": "from qgis.core import QgsProject\n",
                   "datagrandest/config/config.json": '{"params": {"url": "https://www.datagrandest.fr/geoserver/ref/ows"}}\n'})
    f = ctx_for(r, target="https://github.com/geograndest/qgis-plugin").fact("hosting_dependencies")
    assert {h["host"]: h["class"] for h in f["hosts"]}.get("datagrandest.fr") == "own", f["hosts"]


def test_an_angularjs_application_is_a_web_application_and_an_editorconfig_is_no_linter(tmp_path):
    """Shaped like geograndest/cswreader2: AngularJS (the npm package `angular`) pages and a config.json the README documents."""
    files = {"README.md": "# cswReader 2\n\nOutil de consultation de catalogues CSW.\n\n## Configuration\n\nLe fichier `src/config/config.json` "
                          "donne les catalogues proposés.\n",
             "package.json": json.dumps({"name": "cswReader", "dependencies": {"angular": "^1.7.8", "ol": "^5.3.0"}}),
             "package-lock.json": "{}", ".editorconfig": "root = true\n[*]\nindent_style = space\n",
             "src/config/config.json": '{"catalogs": [{"url": "https://www.geograndest.fr/geonetwork/srv/fre/csw"}]}\n',
             "src/app/common/app-header/app-header.html": "<header>cswReader</header>\n",
             "src/app/common/app.component.js": "import template from './app.html';\n\nexport const AppComponent = { template };\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration", "reusability.tests-and-ci"])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    res = results(report)
    assert res["reusability.configuration"]["status"] != "not_applicable"
    assert "linter: no" in res["reusability.tests-and-ci"]["message"]["en"], res["reusability.tests-and-ci"]["message"]


def test_a_lint_script_or_a_tslint_file_is_a_linter(tmp_path):
    """appli-mobile-pont-saint-nazaire ("lint": "ng lint", tslint.json) and mdedit2-ui ("lint": "eslint assets/scripts/*.js"):
    with an .editorconfig no longer taken for a linter, the linters these projects do run must still be seen."""
    for name, pkg, extra in (("ng", {"name": "a", "scripts": {"lint": "ng lint"}}, {"tslint.json": "{}"}),
                             ("es", {"name": "b", "scripts": {"lint": "eslint assets/scripts/*.js"}}, {})):
        files = {"README.md": "# x\n", ".editorconfig": "root = true\n", "package.json": json.dumps(pkg), "src/app.js": "export const a = 1;\n"}
        files.update(extra)
        r = results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
        assert "linter: yes" in r["message"]["en"], (name, r["message"])
    files = {"README.md": "# x\n", ".editorconfig": "root = true\n", "package.json": json.dumps({"name": "c", "scripts": {}}),
             "tslint.json": "{}", "src/app.js": "export const a = 1;\n"}
    r = results(run(build(tmp_path / "tsl", files), tmp_path / "ctsl", only=["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
    assert "linter: yes" in r["message"]["en"], r["message"]
