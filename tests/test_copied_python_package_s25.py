"""Python packages copied beside the project's script whose ``__init__.py`` says nothing of itself (issue 12, session 25 reader o1,
fixer q25).

A région's export script imports the vCard library it uses under its plain name and, when it is not installed, from the library
folder it carries (``try: import <package>`` / ``except ImportError: from libs import <package>``); that copy imports in turn a date
library copied beside it (``import <datelib>.rules``), whose ``__init__.py`` gives a version only and which carries its own tests.
Neither ``__init__.py`` names an author, so both copies were the project's code: their functions measured for comments and
complexity, their tests counted as the project's. The fallback import and the copy's own import now tell them: vendored, and
described as copied libraries. A package of the project's own under ``libs/`` (imported from the folder only, or named like the
project) stays its code.
"""

from __future__ import annotations

import subprocess

from auditor.facts.inventory import build_inventory, libraries
from auditor.snapshot import GitSnapshot
from tests.gitrepo import make_repo
from tests.test_local_authority_verdicts import judge

WHEN = {"date": "2026-03-02T10:00:00Z", "message": "import", "author": ("Jeanne Martin", "jeanne.martin@region-exemple.fr")}

SCRIPT = (
    "#!/usr/bin/python\n# -*- coding: utf-8 -*-\n\n\"\"\"\nExport des comptes de l'annuaire en cartes de visite.\n\"\"\"\n\n"
    "import os\nimport argparse\n\ntry:\n    import cartekit\nexcept ImportError:\n    from libs import cartekit\n\n"
    "__author__ = \"Jeanne Martin\"\n\n\n"
    "def carte(compte):\n    \"\"\"La carte de visite d'un compte.\"\"\"\n    c = cartekit.nouvelle()\n"
    "    c.ajouter('fn', compte['nom'])\n    return c.serialiser()\n\n\n"
    "if __name__ == '__main__':\n    p = argparse.ArgumentParser()\n    p.add_argument('--dossier', default='cartes')\n"
    "    args = p.parse_args()\n    print(carte({'nom': os.environ.get('USER', 'x')}))\n"
)
README = ("# exporteur\n\nScript Python qui exporte les comptes de l'annuaire en cartes de visite.\n\n"
          "## Installation\n\nLes modules utilisés sont fournis dans le dossier libs.\n")


def _deep(name: str, k: int) -> str:
    # functions with many branches, as a parsing library's are
    branches = "".join(f"    elif token == '{i}':\n        out.append({i})\n" for i in range(14))
    funcs = "".join(f"def {name}_{j}(token, out):\n    if token == 'x':\n        out.append(0)\n{branches}    return out\n\n\n"
                    for j in range(k))
    return f"import re\nimport datetime\n\n\n{funcs}"


COPIES = {
    "libs/__init__.py": "",
    "libs/cartekit/__init__.py": "\"\"\"Read and write business cards.\"\"\"\n\nfrom base import nouvelle\nimport card\n",
    "libs/cartekit/base.py": "import datekit.rules\nimport datekit.zones\nimport card\n\n\n" + _deep("base", 3),
    "libs/cartekit/card.py": _deep("card", 2),
    "libs/datekit/__init__.py": "# -*- coding: utf-8 -*-\n__version__ = \"3.1.4\"\n",
    "libs/datekit/rules.py": _deep("rules", 3),
    "libs/datekit/zones.py": _deep("zones", 2),
    "libs/datekit/test/__init__.py": "",
    "libs/datekit/test/test.py": ("import unittest\nfrom datekit.rules import *\n\n\nclass RulesTest(unittest.TestCase):\n"
                                  "    def test_one(self):\n        self.assertEqual(rules_0('x', []), [0])\n"),
}
EXPORTER = {"README.md": README, "exporteur.py": SCRIPT, **COPIES}


def _categories(tmp_path, files, name="exporteur"):
    path = make_repo(tmp_path / name, [{"files": files, **WHEN}])
    commit = subprocess.check_output(["git", "-C", str(path), "rev-parse", "HEAD"]).decode().strip()
    snap = GitSnapshot(str(path / ".git"), commit, max_blob=1 << 20, max_files=5000, deadline=None)
    inv = build_inventory(snap, (path.name,))
    return {i.path: i.category for i in inv.items}, libraries(snap, inv)


def test_a_fallback_import_and_a_copys_own_import_tell_the_copies(tmp_path):
    categories, libs = _categories(tmp_path, EXPORTER)
    assert {p: c for p, c in categories.items() if p.startswith(("libs/cartekit/", "libs/datekit/")) and c != "vendored"} == {}
    assert categories["exporteur.py"] == "source"
    python = sorted((lib["name"], lib["version"]) for lib in libs if lib.get("ecosystem") == "python")
    assert python == [("cartekit", None), ("datekit", "3.1.4")], python


def test_the_copies_are_not_measured_nor_counted_as_the_projects_tests(tmp_path):
    report, res = judge(tmp_path, EXPORTER, ["documentation.code-comments", "reusability.maintainability", "reusability.tests-and-ci"],
                        name="exporteur")
    assert report["facts"]["files"]["tests"] is False, report["facts"]["files"]
    assert "1 test file" not in res["reusability.tests-and-ci"]["message"]["en"], res["reusability.tests-and-ci"]["message"]
    for cid in ("documentation.code-comments", "reusability.maintainability"):
        assert "libs/" not in str(res[cid]["evidence"]) + res[cid]["message"]["en"], (cid, res[cid]["message"], res[cid]["evidence"])


def test_a_package_of_the_projects_own_under_libs_stays_its_code(tmp_path):
    # imported from the folder only (no installed package tried first), and a package named like the project tried first
    script = SCRIPT.replace("try:\n    import cartekit\nexcept ImportError:\n    from libs import cartekit\n",
                            "from libs import cartekit\ntry:\n    import exporteur_outils\nexcept ImportError:\n"
                            "    from libs import exporteur_outils\n")
    files = {"README.md": README, "exporteur.py": script,
             "libs/__init__.py": "", "libs/cartekit/__init__.py": "from base import nouvelle\n",
             "libs/cartekit/base.py": "import datekit.rules\n\n\ndef nouvelle():\n    return []\n",
             "libs/datekit/__init__.py": "__version__ = \"0.1\"\n", "libs/datekit/rules.py": "def regle():\n    return 1\n",
             "libs/exporteur_outils/__init__.py": "", "libs/exporteur_outils/champs.py": "def champs():\n    return ['fn']\n"}
    categories, libs = _categories(tmp_path, files)
    assert {p: c for p, c in categories.items() if p.startswith("libs/") and p.endswith(".py")} == {
        p: "source" for p in files if p.startswith("libs/")}, categories
    assert not [lib for lib in libs if lib.get("ecosystem") == "python"]
