"""A user manual kept as a Sphinx site one folder down (issue 12, s32 o32: openMairie's openelec documentation, source/conf.py
beside source/index.rst, a root requirements.txt naming only Sphinx and its theme, no .readthedocs.yaml) was judged software: its
kind "library", undecided (code of no recognised kind: the conf.py). It is a documentation site: a static site, the checks of code
not applicable. A program with the same docs site beside its code keeps its kind."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PAGE = "Gestion des listes\n==================\n\nCe chapitre décrit la gestion des listes électorales.\n"
MANUAL = {
    "README.rst": "Documentation openElec version 5.0\n==================================\n",
    "requirements.txt": "Sphinx\nsphinx_rtd_theme\n",
    ".travis.yml": "language: python\ninstall: pip install -r requirements.txt\nscript: sphinx-build -nW -b html source _build/html\n",
    "source/conf.py": "project = u'openElec'\nextensions = []\nmaster_doc = 'index'\nhtml_theme = 'sphinx_rtd_theme'\n",
    "source/index.rst": "openElec\n========\n\n.. toctree::\n\n   manuel_utilisateur/index\n",
    "source/manuel_utilisateur/index.rst": PAGE,
    "source/manuel_utilisateur/listes.rst": PAGE,
    "source/manuel_utilisateur/electeurs.rst": PAGE.replace("listes", "électeurs"),
}
CODE_CHECKS = ["reusability.tests-and-ci", "reusability.dependencies", "reusability.maintainability"]


def test_a_manual_built_by_sphinx_from_its_requirements_is_a_static_site(tmp_path):
    report = run_audit(build(tmp_path / "r", MANUAL), tmp_path / "c", CODE_CHECKS)
    project = report["facts"]["project"]
    assert project["kind"] == "static-site" and project["kind_decided"] is True, project
    assert any(e["path"] == "source/conf.py" for e in project["kind_evidence"]), project
    r = results(report)
    assert {cid: r[cid]["status"] for cid in CODE_CHECKS} == {cid: "not_applicable" for cid in CODE_CHECKS}, \
        {cid: r[cid]["message"] for cid in CODE_CHECKS}


def test_a_program_with_the_same_docs_site_keeps_its_kind(tmp_path):
    code = "import click\n\n\n@click.command()\ndef main():\n    print('listes')\n\n\nif __name__ == '__main__':\n    main()\n"
    files = {**MANUAL, "requirements.txt": "click\n", "docs_requirements.txt": "Sphinx\nsphinx_rtd_theme\n",
             "openelec/__init__.py": "", "openelec/cli.py": code, "openelec/listes.py": "def listes():\n    return []\n"}
    project = run_audit(build(tmp_path / "r", files), tmp_path / "c", CODE_CHECKS)["facts"]["project"]
    assert project["kind"] != "static-site", project


def test_a_manual_with_no_build_evidence_is_not_taken_for_one(tmp_path):
    files = {k: v for k, v in MANUAL.items() if k not in ("requirements.txt", ".travis.yml")}
    files["requirements.txt"] = "requests\n"
    project = run_audit(build(tmp_path / "r", files), tmp_path / "c", CODE_CHECKS)["facts"]["project"]
    assert project["kind"] != "static-site", project
