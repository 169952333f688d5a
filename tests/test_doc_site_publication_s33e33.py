"""A documentation site's publication recipe (issue 12, session 33 fixer e33; s32 o32's NOT FIXED), on a git fixture shaped like the case.

- openmairie/openelec-documentation: a Sphinx manual (source/conf.py, source/index.rst and the user manual's chapters), a root
  requirements.txt naming Sphinx and sphinx_rtd_theme, a .travis.yml running `sphinx-build -nW -b html -d _build/doctrees source
  _build/html`, a README of Read the Docs and Travis badges: reusability.install failed "A static site: nothing says how to publish
  it". The CI job building the site is its publication recipe and the generator's requirements file its build tool (tooling found,
  no written instructions: a warning). A program's own Sphinx docs built in CI give it no install tooling."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = (".. image:: http://readthedocs.org/projects/openelec/badge/?version=5.0\n    :target: http://openmairie.readthedocs.io/projects/openelec/fr/5.0/\n"
          "    :alt: Documentation Status\n\nDocumentation openElec version 5.0\n==================================\n")
TRAVIS = ("language: python\npython:\n  - \"2.7\"\n# command to install dependencies\ninstall: \"pip install -q -r requirements.txt\"\n"
          "# command to run tests\nscript: sphinx-build -nW -b html -d _build/doctrees source _build/html\n")
CONF = "project = u'openElec'\nextensions = []\nsource_suffix = '.rst'\nmaster_doc = 'index'\nhtml_theme = 'sphinx_rtd_theme'\n"
MANUAL = {
    "README.rst": README,
    "requirements.txt": "Sphinx\nsphinx_rtd_theme\n",
    "source/conf.py": CONF,
    "source/index.rst": "openElec\n========\n\n.. toctree::\n\n   manuel_utilisateur/index\n",
    "source/manuel_utilisateur/index.rst": ("Manuel utilisateur\n==================\n\n.. toctree::\n\n   consultation/index\n   editions/index\n"),
    "source/manuel_utilisateur/consultation/index.rst": "Consultation\n============\n\nLa fiche de l'électeur présente son inscription.\n",
    "source/manuel_utilisateur/editions/index.rst": "Éditions\n========\n\nLes listes électorales s'éditent par bureau.\n",
}
INSTALL = "reusability.install"


def test_a_manual_built_in_ci_has_its_publication_recipe(tmp_path):
    report, res = judge(tmp_path, {**MANUAL, ".travis.yml": TRAVIS}, [INSTALL])
    assert report["facts"]["project"]["kind"] == "static-site"
    r = res[INSTALL]
    assert r["status"] == "warn", r["message"]
    assert {"pages", "build-tool"} <= set(r["details"]["runtimes"]), r["details"]
    assert any(e.get("path") == ".travis.yml" and e.get("value") == "pages" for e in r["evidence"]), r["evidence"]


def test_a_manual_nothing_builds_still_says_nothing_of_publication(tmp_path):
    _, res = judge(tmp_path, MANUAL, [INSTALL], name="bare")
    r = res[INSTALL]
    assert "pages" not in r["details"].get("runtimes", []), r["details"]


def test_a_programs_docs_built_in_ci_are_no_install_tooling(tmp_path):
    app = {"README.md": "# Registre\n\nApplication de gestion du registre des électeurs.\n",
           "app.py": ("from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n"
                      "    return '<h1>Registre</h1>'\n\n\n@app.route('/api/electeurs')\ndef electeurs():\n    return jsonify([])\n"),
           "requirements.txt": "flask==3.0.0\n",
           "docs/conf.py": CONF, "docs/index.rst": "Registre\n========\n\nLe registre.\n", "docs/requirements.txt": "Sphinx\n",
           ".travis.yml": TRAVIS.replace("source _build/html", "docs docs/_build/html")}
    _, res = judge(tmp_path, app, [INSTALL], name="app")
    r = res[INSTALL]
    assert "pages" not in r["details"].get("runtimes", []) and "build-tool" not in r["details"].get("runtimes", []), r["details"]
