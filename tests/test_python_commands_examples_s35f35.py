"""Python scripts that are no commands, and commands one folder down reading sys.argv (issue 12, session 35 fixer f35).

- airpaca/adms-urban-4: the kind was cli-tool on "test.py: command-line entry point", the unittest suite (`unittest.main()` under
  the main guard); the commands are emilin/emilin_shp_to_spt.py, emicad/cad_shp_to_spt.py and mailleur/pymailleur.py, each reading
  its configuration file from sys.argv[1] (no argument parser imported), one folder down. A test module is no command; a script
  one folder down reading sys.argv by position under a main guard (or executable and run at its top level) is one.
- airpaca/pytargetplot: the kind was cli-tool on "example.py: command-line entry point", the package's usage example (committed
  executable with `#!/usr/bin/env python3.6`, importing ModelPerformance, reading data/example.csv, printing statistics, no argument
  read). A script importing the repository's package to show it in use, reading no argument, is its example: the package is a
  library. A root script reading its arguments stays a command.
"""

from __future__ import annotations

from tests.gitrepo import Executable
from tests.test_local_authority_verdicts import judge

SPLIT = ('"""Découpage des géométries."""\n\nimport sys\nimport configparser\n\n\ndef split_iterable(iterable, idx):\n'
         '    """Split an iterable at the given indexes."""\n    return [iterable[i:j] for i, j in zip([0] + idx, idx + [None])]\n\n\n'
         "if __name__ == '__main__':\n    if len(sys.argv) != 2:\n        print('Usage: emilin_shp_to_spt.py config.cfg')\n"
         "        sys.exit(1)\n    fncfg = sys.argv[1]\n    cfg = configparser.ConfigParser()\n    cfg.read(fncfg)\n")
TOP = ("#!/usr/bin/env python3\n# coding: utf-8\n\n\"\"\"Cadastre vers ADMS.\"\"\"\n\nimport sys\nimport configparser\n\n"
       "if len(sys.argv) != 2:\n    print('Usage: cad_shp_to_spt.py config.cfg')\n    sys.exit(1)\nfncfg = sys.argv[1]\n"
       "cfg = configparser.ConfigParser()\ncfg.read(fncfg)\n")
SUITE = ("#!/usr/bin/env python3\n# coding: utf-8\n\n\"\"\"Tests\"\"\"\n\nimport unittest\n\nfrom emilin.emilin_shp_to_spt import split_iterable\n\n\n"
         "class TestFunctions(unittest.TestCase):\n    def test_split_iterable(self):\n        self.assertEqual(split_iterable('abc', []), ['abc'])\n\n\n"
         "if __name__ == '__main__':\n    unittest.main()\n")
TOOLS = {
    "README.md": "# Quelques outils pour un modèle de dispersion\n\n## Sources routières\n\nUtilisation:\n\n"
                 "    python3 emilin/emilin_shp_to_spt.py /path/of/configuration.cfg\n",
    "emilin/emilin_shp_to_spt.py": SPLIT,
    "emilin/emilin_exemple.cfg": "[input]\nshapefile = routes.shp\n",
    "emicad/cad_shp_to_spt.py": Executable(TOP),
    "emicad/cadastre_exemple.cfg": "[input]\nshapefile = cadastre.shp\n",
    "test.py": SUITE,
}

EXAMPLE = ("#!/usr/bin/env python3.6\n# coding: utf-8\n\n\"\"\"Example of use of the `perfmodel` library.\"\"\"\n\n\nimport pandas\n"
           "from perfmodel import ModelPerformance\n\n\n# Read measure and modeling data\ndf = pandas.read_csv('data/example.csv')\n"
           "mp = ModelPerformance(df, param='NO2')\nprint('bias =', mp.bias)\nprint(mp.summary)\n")
LIBRARY = {
    "README.md": "# Model performance\n\nPython functions to draw a Target Plot.\n\nRequire Python >= 3.5\n",
    "perfmodel/__init__.py": "from perfmodel.modelperformance import ModelPerformance\n",
    "perfmodel/modelperformance.py": ('"""Model performance."""\n\n\nclass ModelPerformance:\n    """Statistics of a model against observations."""\n\n'
                                      "    def __init__(self, df, param):\n        self.df = df\n        self.param = param\n\n"
                                      "    @property\n    def bias(self):\n        \"\"\"Mean bias.\"\"\"\n        return 0.0\n"),
    "example.py": Executable(EXAMPLE),
    "data/example.csv": "date,observation,model\n2016-01-01 00:00,12,10\n2016-01-01 01:00,14,15\n",
}


def _project(tmp_path, files):
    return judge(tmp_path, files, ["documentation.readme"])[0]["facts"]["project"]


def test_a_unittest_module_is_no_command_and_folder_scripts_reading_argv_are(tmp_path):
    project = _project(tmp_path, TOOLS)
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert [e["path"] for e in project["kind_evidence"]] == ["emicad/cad_shp_to_spt.py", "emilin/emilin_shp_to_spt.py"], project["kind_evidence"]


def test_a_folder_module_reading_no_argument_is_no_command(tmp_path):
    files = {**TOOLS, "emilin/emilin_shp_to_spt.py": SPLIT.replace("sys.argv[1]", "'config.cfg'").replace("len(sys.argv) != 2", "False"),
             "emicad/cad_shp_to_spt.py": Executable(TOP.replace("sys.argv[1]", "'config.cfg'").replace("len(sys.argv) != 2", "False"))}
    project = _project(tmp_path, files)
    assert not any(e["path"] in ("test.py", "emilin/emilin_shp_to_spt.py", "emicad/cad_shp_to_spt.py") and e["reason"] == "command-line entry point"
                   for e in project["kind_evidence"]), project


def test_a_packages_usage_example_makes_a_library(tmp_path):
    project = _project(tmp_path, LIBRARY)
    assert project["kind"] == "library" and project["kind_decided"], project
    assert [e["path"] for e in project["kind_evidence"]] == ["perfmodel/__init__.py", "example.py"], project["kind_evidence"]


def test_a_root_script_reading_its_arguments_stays_a_command(tmp_path):
    script = EXAMPLE.replace("df = pandas.read_csv('data/example.csv')", "import sys\ndf = pandas.read_csv(sys.argv[1])")
    project = _project(tmp_path, {**LIBRARY, "example.py": Executable(script)})
    assert project["kind"] == "cli-tool" and project["kind_evidence"][0]["path"] == "example.py", project
