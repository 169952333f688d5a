"""Wrong verdict reader rw40 found on shared Makefiles with a Python helper (issue 12, session 40 fixer fq40).

- meteofrance/common_makefiles: devrequirements.txt, written by ``make devenv`` from devrequirements-notfreezed.txt, pins every
  package of the development environment (name==version, certifi, six… beside black and pytest): a pip freeze, the project's lock.
  files.lockfiles said [] because only names beginning with "requirements" were read as requirements files. A requirements file
  of the family named with a prefix (devrequirements.txt, dev-requirements.txt) is a lock by the same rule as requirements.txt.
  Near miss: an unpinned dev-requirements.txt is no lock.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

BASE = {"README.md": "# Makefiles communs\n\nDes Makefiles partagés entre dépôts.\n",
        "Makefile": "devenv:\n\tpip install -r devrequirements.txt\n",
        "tools/helper.py": "import json\n\n\ndef main():\n    print(json.dumps({}))\n",
        "devrequirements-notfreezed.txt": "black\npytest\nmkdocs-material\n"}
FREEZE = ("# generated from devrequirements-notfreezed.txt by make devenv\n"
          + "".join(f"{n}=={v}\n" for n, v in [("black", "22.3.0"), ("certifi", "2021.10.8"), ("click", "8.1.2"), ("iniconfig", "1.1.1"),
                                                ("mkdocs", "1.3.0"), ("pluggy", "1.0.0"), ("pytest", "7.1.1"), ("six", "1.16.0")]))


def _lockfiles(tmp_path, name: str, text: str) -> list:
    facts = run_audit(build(tmp_path / "r", {**BASE, name: text}), tmp_path / "c", ["reusability.dependencies"])["facts"]
    return facts["files"]["lockfiles"]


def test_a_prefixed_requirements_freeze_is_a_lockfile(tmp_path):
    assert _lockfiles(tmp_path, "devrequirements.txt", FREEZE) == ["devrequirements.txt"]  # was []


def test_a_dashed_prefix_freeze_is_a_lockfile_too(tmp_path):
    assert _lockfiles(tmp_path, "dev-requirements.txt", FREEZE) == ["dev-requirements.txt"]


def test_an_unpinned_dev_requirements_is_no_lockfile(tmp_path):
    assert _lockfiles(tmp_path, "dev-requirements.txt", "black\npytest>=7\ncertifi\nsix\n") == []
