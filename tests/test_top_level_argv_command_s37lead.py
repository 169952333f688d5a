"""A root script run as a program at its top level, reading its argument by position with no main guard (issue 12, session 37,
reader rc37: DevPAMGit/alfresco-toolbox, a code generator for a Département's Alfresco modules).

main.py builds its controller and calls ``ctrl.formatter(sys.argv[1])`` at its top level, beside its own package (api/__init__.py):
a command-line tool, not "a library of no recognised kind". A module whose function reads sys.argv, run by nothing at its top level,
stays what the rest of the repository says.
"""

from __future__ import annotations

from tests.test_project_kind import build, run

PACKAGE = {"api/__init__.py": "", "api/principal/__init__.py": "",
           "api/principal/controleur.py": "import os\n\n\nclass ControleurPrincipal:\n    def formatter(self, chemin):\n"
                                          "        for nom in os.listdir(chemin):\n            print(nom)\n",
           "api/action/modele.py": "class ActionModele:\n    def __init__(self, nom):\n        self.nom = nom\n"}

MAIN = ("import os\nimport sys\n\n# ctrl.maj_chemin_projet(sys.argv[1])\n\nfrom api.principal.controleur import ControleurPrincipal\n\n"
        "ctrl: ControleurPrincipal = ControleurPrincipal()\nprint(sys.argv)\nctrl.formatter(sys.argv[1])\n")

HELPER = ("import sys\n\nfrom api.principal.controleur import ControleurPrincipal\n\n\ndef lancer():\n"
          "    ControleurPrincipal().formatter(sys.argv[1])\n")


def _kind(tmp_path, files, name):
    return run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["reusability.configuration"])["facts"]["project"]


def test_a_root_script_reading_its_argument_at_its_top_level_is_a_command(tmp_path):
    project = _kind(tmp_path, {**PACKAGE, "main.py": MAIN, "README.md": "# Boîte à outils\n\nGénère les classes d'un module.\n"}, "cli")
    assert project["kind"] == "cli-tool", project
    assert {"path": "main.py", "reason": "command-line entry point"} in project["kind_evidence"], project["kind_evidence"]


def test_a_module_reading_sys_argv_in_a_function_run_by_nothing_is_no_command(tmp_path):
    project = _kind(tmp_path, {**PACKAGE, "outils.py": HELPER, "README.md": "# Boîte à outils\n\nGénère les classes d'un module.\n"}, "lib")
    assert project["kind"] != "cli-tool", project
