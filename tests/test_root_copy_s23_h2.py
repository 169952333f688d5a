"""Session 23 (h2): a repository that IS a Python project copied at its root, customised by a local authority.

A regional park's repository held a whole biodiversity atlas (a Flask application): its setup.py named after the atlas and
pointing to the atlas's forge repository, a VERSION file, the atlas's functions, tests and workflows, plus the park's own pages
in the atlas's customisation folder (static/custom/). Its README, titled "<atlas>-<repository name>", said "Voir repo
d'origine : <the atlas's repository>", and the park had customised it over 23 commits. Only package.json/composer.json/bower.json
and at most 20 commits made a copy: the atlas's functions, tests and CI were judged as the park's."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

_BRANCHY = "".join(f"    if x == {n}:\n        y += {n}\n    elif x > {n}:\n        y -= 1\n" for n in range(14))

_SETUP_PY = '''import setuptools

with open("VERSION") as f:
    version = f.read()

setuptools.setup(
    name="faune-atlas",
    version=version,
    description="Atlas de la faune et de la flore",
    url="https://github.com/Parcs-Exemple/Faune-Atlas",
    packages=setuptools.find_packages("."),
    classifiers=["License :: OSI Approved :: GNU General Public License v3", "Programming Language :: Python :: 3"],
)
'''


def _atlas(readme: str, manifest: dict | None = None) -> dict:
    files = {
        "README.md": readme, "LICENSE.txt": "GNU GENERAL PUBLIC LICENSE\n Version 3, 29 June 2007\n", "VERSION": "2.3.0\n",
        "atlas/__init__.py": "", "atlas/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "atlas/utils.py": "def classe(x):\n    y = 0\n" + _BRANCHY + "    return y\n",
        "atlas/tests/test_utils.py": "from atlas.utils import classe\n\n\ndef test_classe():\n    assert classe(0) == 0\n",
        ".github/workflows/lint.yml": "on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: flake8 atlas\n",
        "atlas/static/custom/templates/partenaires.html.sample": "<p>Vos partenaires</p>\n",
        "atlas/static/custom/templates/partenaires.html":
            "<div class='partenaires'>\n<p>Avec le soutien du Conseil départemental de la Sarthe</p>\n"
            "<a href='https://geo.paysdelaloire.fr/carte'>Carte régionale</a>\n</div>\n",
    }
    files.update(manifest if manifest is not None else {"setup.py": _SETUP_PY})
    return files


def _history(root, files: dict, customisations: int):
    """An import of the copy, then customisations of the park's page."""
    commits = [{"files": files, "date": "2021-10-18T10:00:00Z", "message": "second commit"}] + [
        {"files": {"atlas/static/custom/templates/partenaires.html": files["atlas/static/custom/templates/partenaires.html"] + f"<!-- {k} -->\n"},
         "date": f"{2022 + k // 28}-11-{k % 28 + 1:02d}T10:00:00Z", "message": "update"} for k in range(customisations)]
    return make_repo(root, commits)


_STATED = ("# Faune-Atlas-ParcExemple\nAtlas de la biodiversité du parc : https://biodiversite.parc-exemple.fr/\n\n"
           "Installation et mises à jour de Faune-Atlas par le Parc.\n\n"
           "Voir repo d'origine : [https://github.com/Parcs-Exemple/Faune-Atlas](https://github.com/Parcs-Exemple/Faune-Atlas)\n")

_CODE_CHECKS = ["reusability.maintainability", "reusability.tests-and-ci", "documentation.code-comments"]


def test_a_python_copy_stating_its_origin_is_a_copy_whose_code_is_not_measured_as_the_parks(tmp_path):
    report = run_audit(_history(tmp_path / "BiodivParc", _atlas(_STATED), 22), tmp_path / "c", _CODE_CHECKS)
    copy = report["facts"]["inventory"]["copy_of"]
    assert copy is not None, "a setup.py naming another forge project, 23 commits, README stating the origin: a copy"
    assert copy["name"] == "faune-atlas" and copy["version"] == "2.3.0" and copy["license"] == "GPL-3.0", copy
    assert copy["path"] == "setup.py" and copy["line"] == 7 and copy["repository"] == "Parcs-Exemple/Faune-Atlas", copy
    assert copy["own"] == [] and copy["files"] == 0, copy  # (no add-on folder the README names: nothing moves)
    # the atlas's branchy function, its test and its lint workflow are not the park's: the code measures say so
    for cid, r in results(report).items():
        assert r["status"] == "inconclusive", (cid, r)
        assert "mostly a copy of faune-atlas 2.3.0 (Parcs-Exemple/Faune-Atlas, setup.py)" in r["message"]["en"], (cid, r)
        assert r["evidence"][0]["path"] == "setup.py" and r["evidence"][0]["line"] == 7


def test_pyproject_and_setup_cfg_copies_within_the_short_history(tmp_path):
    readme = "Notre atlas, une installation de Faune-Atlas pour le parc.\n"
    pyproject = {"pyproject.toml": '[project]\nname = "faune-atlas"\nversion = "2.3.0"\nlicense = {text = "AGPL-3.0-or-later"}\n\n'
                                   '[project.urls]\nSource = "https://github.com/Parcs-Exemple/faune-atlas"\n'}
    copy = run_audit(_history(tmp_path / "atlas-parc", _atlas(readme, pyproject), 3), tmp_path / "c1", [])["facts"]["inventory"]["copy_of"]
    assert copy and copy["path"] == "pyproject.toml" and copy["line"] == 2 and copy["version"] == "2.3.0", copy
    setup_cfg = {"setup.cfg": "[metadata]\nname = faune-atlas\nurl = https://gitlab.com/parcs-exemple/faune-atlas\nlicense = MIT\n"}
    copy = run_audit(_history(tmp_path / "atlas-parc2", _atlas(readme, setup_cfg), 3), tmp_path / "c2", [])["facts"]["inventory"]["copy_of"]
    assert copy and copy["path"] == "setup.cfg" and copy["version"] == "2.3.0" and copy["license"] == "MIT", copy


def test_a_project_citing_the_atlas_or_its_own_repository_is_no_copy(tmp_path):
    # the same tree and 23 commits, but a README that merely cites the atlas ("basé sur"): no origin stated, too long a history
    cited = _STATED.replace("Voir repo d'origine :", "Basé sur")
    report = run_audit(_history(tmp_path / "BiodivParc", _atlas(cited), 22), tmp_path / "c1", ["reusability.maintainability"])
    assert report["facts"]["inventory"]["copy_of"] is None
    assert "atlas/utils.py" in json.dumps(results(report)["reusability.maintainability"])
    # the atlas's own repository (named after it), even with a README pointing to itself
    report = run_audit(_history(tmp_path / "Faune-Atlas", _atlas(_STATED), 22), tmp_path / "c2", [])
    assert report["facts"]["inventory"]["copy_of"] is None
    # the atlas's own repository checked out under another name: README titled after the project, nothing else
    report = run_audit(_history(tmp_path / "checkout", _atlas("# Faune-Atlas\n\nUn atlas.\n"), 2), tmp_path / "c3", [])
    assert report["facts"]["inventory"]["copy_of"] is None
    # a README stating the origin, but a history too long even so (a project that went its own way): its own code
    report = run_audit(_history(tmp_path / "BiodivParc2", _atlas(_STATED), 120), tmp_path / "c4", [])
    assert report["facts"]["inventory"]["copy_of"] is None
    # a setup.py naming this repository's own project: the project's own repository, not a copy
    own = {"setup.py": _SETUP_PY.replace("faune-atlas", "biodiv-parc").replace("Faune-Atlas", "Biodiv-Parc")}
    report = run_audit(_history(tmp_path / "BiodivParc3", _atlas(_STATED, own), 3), tmp_path / "c5", [])
    assert report["facts"]["inventory"]["copy_of"] is None
