"""Documentation generated from the code, and a copied library's CDN banner (issue 12, session 21 reader r4).

- documentation.docs said "missing: API" of a Python pipeline whose MkDocs site (mkdocs.yml loading the mkdocstrings plugin)
  has pages of "::: package.module" lines: mkdocstrings renders each as the module's reference from its docstrings, an API
  reference. A VuePress or Docusaurus "::: tip" aside is no such page.
- reusability.dependencies said "version not stated" of a library copied from jsDelivr whose banner says
  "Original file: /npm/<package>@<version>/…": the CDN names the package and its version."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"
DEPS = "reusability.dependencies"

PIPELINE = {"README.md": "# Extraction\n\nChaîne de traitement des arrêtés : extraction, géolocalisation, export CSV.\n",
            "setup.py": "from setuptools import setup, find_packages\n\nsetup(name='src', packages=find_packages())\n",
            "src/__init__.py": "", "src/parse/__init__.py": "",
            "src/parse/dates.py": '"""Dates des actes."""\n\n\ndef parse_date(text):\n    """Lit une date."""\n    return text.strip()\n',
            "mkdocs.yml": "site_name: Extraction\nplugins:\n- search\n- mkdocstrings:\n    handlers:\n      python:\n        options:\n          show_source: false\n",
            "docs/index.md": "# Extraction\n\nCette documentation décrit la chaîne de traitement.\n",
            "docs/code/parse.md": "# Analyse\n\nLes fonctions qui lisent les actes.\n\n## Dates\n\n::: src.parse.dates\n"}


def test_mkdocstrings_pages_are_the_api_reference(tmp_path):
    report, res = judge(tmp_path, PIPELINE, [DOCS])
    assert "docs/code/parse.md" in report["facts"]["docs"]["api"]
    assert "api" not in res[DOCS]["details"]["missing"], res[DOCS]["message"]


def test_a_tip_container_is_no_api_reference(tmp_path):
    files = {k: v for k, v in PIPELINE.items() if k != "mkdocs.yml"}
    files["docs/code/parse.md"] = "# Analyse\n\nLes fonctions qui lisent les actes.\n\n::: tip\nLisez d'abord l'index.\n:::\n"
    report, res = judge(tmp_path, files, [DOCS])
    assert report["facts"]["docs"]["api"] == [], report["facts"]["docs"]["api"]


SITE = {"index.html": ("<!doctype html><html><head><script src=\"resources/ol.js\"></script></head>"
                       "<body><div id=\"map\"></div><script src=\"resources/map.js\"></script></body></html>\n"),
        "resources/ol.js": ("/**\n * Skipped minification because the original files appears to be already minified.\n"
                            " * Original file: /npm/ol@10.2.1/dist/ol.js\n *\n * Do NOT use SRI with dynamically generated files!\n */\n"
                            "!function(t,e){\"object\"==typeof exports?module.exports=e():t.ol=e()}(this,function(){return {Map:function(){}}});\n"),
        "resources/jquery.min.js": "/*! jQuery v3.6.4 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n!function(e,t){e.jQuery=t()}(this,function(){return function(){}});\n",
        "resources/map.js": "var map = new ol.Map({target: 'map'});\n"}


def _copied(res) -> dict:
    return {e["value"]["library"]: e["value"]["version"] for e in res[DEPS]["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_a_jsdelivr_banner_names_the_version(tmp_path):
    libs = _copied(judge(tmp_path, SITE, [DEPS])[1])
    assert libs.get("ol") == "10.2.1", libs
    assert libs.get("jquery") == "3.6.4", libs  # (a library's own banner: read as before)
