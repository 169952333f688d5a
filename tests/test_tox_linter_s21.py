"""reusability.tests-and-ci: a linter run from tox.ini's [testenv] commands (flake8 …) was not seen, "linter: no" (issue 12, s21 r2,
SIG-Hauts-de-France/Ouvre-EMD: OpenTJS-emp/tox.ini runs flake8 beside py.test). A tox.ini or setup.cfg that runs or configures a
linter is the project's linter; one that runs only the tests is none."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CID = "reusability.tests-and-ci"
TOX = "[tox]\nenvlist=py311\n\n[testenv]\ndeps=\n    -rrequirements-dev.txt\ncommands=\n    py.test --cov serveur\n{extra}"


def _run(repo, tmp_path, extra):
    files = {"README.md": "# Serveur\n\nUn petit serveur.\n", "serveur/setup.py": "from setuptools import setup\nsetup(name='serveur')\n",
             "serveur/serveur/__init__.py": "def f(x):\n    return x + 1\n",
             "serveur/serveur/tests/test_f.py": "from serveur import f\n\n\ndef test_f():\n    assert f(1) == 2\n",
             "serveur/tox.ini": TOX.format(extra=extra), "viewer/index.html": "<html><body>ok</body></html>\n"}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0]


def test_a_linter_in_tox_commands_is_the_projects_linter(repo, tmp_path):
    r = _run(repo, tmp_path, "    flake8 --ignore=E501 serveur\n")
    assert "linter: yes" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "serveur/tox.ini" and e.get("value") == "linter" for e in r["evidence"]), r["evidence"]


def test_a_tox_file_running_only_the_tests_is_no_linter(repo, tmp_path):
    r = _run(repo, tmp_path, "")
    assert "linter: no" in r["message"]["en"], r["message"]
