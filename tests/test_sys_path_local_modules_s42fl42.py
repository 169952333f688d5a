"""Issue 12, session 42 fixer fl42 (guillett/tarification-solidaire-strasbourg): server/run.py adds its sibling folders to the
module search path (sys.path.append("../technique"), sys.path.append("../culture")) and imports their modules (import baremes,
from conservatoire import …); reusability.dependencies named them among the third-party packages no manifest declares. A module
found in a folder the importing file adds to sys.path is the project's own. Near miss: a real package (flask, ezodf) and a module of
a folder no file adds stay undeclared third-party imports."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"
RUN = ("import sys\n\nsys.path.append(\"../technique\")\n\nimport baremes\nfrom flask import Flask, jsonify\n\n"
       "application = Flask(__name__)\n\nsys.path.append(\"../culture\")\nfrom conservatoire import get_results\n{extra}\n\n"
       "@application.route(\"/budget\")\ndef budget():\n    return jsonify(get_results(baremes.load()))\n")
FILES = {"README.md": "# Tarification\n\nÉvaluation de scénarios.\n\n```\npip install flask ezodf\n```\n",
         "technique/baremes.py": "import ezodf\n\n\ndef load():\n    return ezodf.opendoc('baremes.ods')\n",
         "technique/utils.py": "def arrondi(x):\n    return round(x, 2)\n",
         "culture/conservatoire.py": "import sys\n\nsys.path.append(\"../technique\")\nfrom utils import arrondi\n\n\ndef get_results(b):\n    return arrondi(len(b))\n",
         "outils/export.py": "def exporte(x):\n    return x\n",
         "server/front/package.json": '{"name": "front", "private": true, "dependencies": {"next": "13.4.0", "react": "18.2.0"}}\n',
         "server/front/package-lock.json": '{"name": "front", "lockfileVersion": 3, "packages": {}}\n'}


def _undeclared(tmp_path, extra):
    res = check_result(tmp_path, {**FILES, "server/run.py": RUN.replace("{extra}", extra)}, CID)
    return res, set(res["details"].get("undeclared_python") or [])


def test_modules_of_folders_added_to_sys_path_are_the_projects_own(tmp_path):
    res, names = _undeclared(tmp_path, "")
    assert names == {"ezodf", "flask"}, (names, res["message"]["en"])  # was also baremes, conservatoire, utils


def test_a_module_of_a_folder_no_file_adds_stays_third_party(tmp_path):
    res, names = _undeclared(tmp_path, "import export")
    assert names == {"ezodf", "export", "flask"}, (names, res["message"]["en"])
