"""A library named like a settings word is no settings module (issue 12, session 40 fixer fp40 = yougis/sudBoard, reader rk40 item 2).
The dashboard's code imports HoloViz's Param (``import param``, ``class Stage(param.Parameterized)``, ``param.String(...)``), declared in
no manifest: reusability.configuration named "param.py — a settings or credentials module the code imports and the repository does not
hold: each user writes it", and reusability.dependencies left param out of the packages declared nowhere. A module whose classes the
code uses (a capitalised name read from it) is a library's API, a package to install. Near miss: a credentials module whose values are
read (creds.user, creds.password) stays a file each user writes. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

STAGE = ("import param\nimport pandas\n\n\nclass Stage(param.Parameterized):\n    name = param.String(default='x')\n"
         "    size = param.Integer(default=1)\n\n    def frame(self):\n        return pandas.DataFrame({'a': [self.size]})\n")
MAIN = "import sys\nfrom tool.stage import Stage\n\n\nif __name__ == '__main__':\n    print(Stage(name=sys.argv[1]).frame())\n"
CREDS = ("import sys\nimport pandas\nimport params\n\n\ndef login():\n    return params.user, params.password\n\n\n"
         "if __name__ == '__main__':\n    print(login(), pandas.DataFrame(), sys.argv)\n")
CHECKS = ["reusability.configuration", "reusability.dependencies"]


def _res(tmp_path, files, name):
    return judge(tmp_path, {"README.md": "# Outil\n\nUn outil de tableaux.\n", "tool/__init__.py": "", **files}, CHECKS, name=name)[1]


def test_a_module_whose_classes_the_code_uses_is_a_package(tmp_path):
    res = _res(tmp_path, {"tool/stage.py": STAGE, "main.py": MAIN}, "lib")
    conf, deps = res["reusability.configuration"], res["reusability.dependencies"]
    assert "param.py" not in str(conf["message"]) + str(conf["evidence"]), (conf["message"], conf["evidence"])
    assert "param" in deps["message"]["en"] and "pandas" in deps["message"]["en"], deps["message"]


def test_a_credentials_module_whose_values_are_read_stays_a_file_to_write(tmp_path):
    res = _res(tmp_path, {"main.py": CREDS}, "creds")
    conf, deps = res["reusability.configuration"], res["reusability.dependencies"]
    assert "params.py" in str(conf["message"]) + str(conf["evidence"]), (conf["message"], conf["evidence"])
    assert "params" not in deps["message"]["en"], deps["message"]
