"""Issue 12, session 44 fixer ff44 (betagouv/openfisca-cd93, an OpenFisca extension of 2017): scaling.end-of-life said "No runtime
or framework version read" while CircleCI 1.0's circle.yml sets the build machine's Python (``machine: / python: / version:
2.7.12``) and setup.py's classifiers name Python 2.7 as the only version. Both are read now: CircleCI 1.0's machine versions, and,
when nothing else versions Python, the newest Python a package's classifiers name. Near miss: a package whose classifiers also name
a maintained Python (2.7 and 3.12), and a circle.yml on a maintained Python, have no runtime past its end of life."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

EOL = "scaling.end-of-life"
CODE = {"README.md": "# Extension OpenFisca\n\nAide départementale.\n", "openfisca_dep/__init__.py": "",
        "openfisca_dep/aides.py": "from openfisca_core.model_api import *\n\n\nclass aide(Variable):\n    value_type = float\n"}


def _setup(*versions: str) -> str:
    return ("from setuptools import setup, find_packages\n\nsetup(\n    name='Openfisca-Dep',\n    version='1.0.3',\n"
            "    packages=find_packages(),\n    classifiers=[\n        \"Programming Language :: Python\",\n"
            + "".join(f"        \"Programming Language :: Python :: {v}\",\n" for v in versions) + "    ]\n)\n")


def _circle(version: str) -> str:
    return (f"machine:\n  python:\n    version: {version}\n\ndependencies:\n  override:\n    - pip install .[test]\n\n"
            "test:\n  override:\n    - nosetests\n")


def test_circleci_1_machine_python_is_read(tmp_path):
    _, res = judge(tmp_path, {**CODE, "setup.py": _setup(), "circle.yml": _circle("2.7.12")}, [EOL])
    r = res[EOL]
    assert r["status"] in ("warn", "fail") and "Python 2.7" in r["message"]["en"], r["message"]  # was n/a 'No runtime … read'
    assert [(e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding"] == [("circle.yml", 3)], r["evidence"]


def test_a_single_python_classifier_is_read(tmp_path):
    _, res = judge(tmp_path, {**CODE, "setup.py": _setup("2.7")}, [EOL])
    r = res[EOL]
    assert r["status"] in ("warn", "fail") and "Python 2.7" in r["message"]["en"], r["message"]
    assert [(e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding"] == [("setup.py", 9)], r["evidence"]


def test_a_maintained_python_among_the_classifiers_or_on_the_machine_is_no_end_of_life(tmp_path):
    _, res = judge(tmp_path, {**CODE, "setup.py": _setup("2.7", "3.12")}, [EOL], name="a")
    assert res[EOL]["status"] in ("pass", "not_applicable") and "Python 2.7" not in res[EOL]["message"]["en"], res[EOL]["message"]
    _, res = judge(tmp_path, {**CODE, "setup.py": _setup(), "circle.yml": _circle("3.12.1")}, [EOL], name="b")
    assert res[EOL]["status"] in ("pass", "not_applicable"), res[EOL]["message"]
    assert not [e for e in res[EOL]["evidence"] if e.get("kind") == "finding"], res[EOL]["evidence"]
