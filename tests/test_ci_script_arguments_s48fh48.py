"""reusability.tests-and-ci took a test command anywhere in a script the CI calls as run (issue 12, s48 fh48 = OPEN-ENT-NG/
mediacentre): the Jenkinsfile runs `./build.sh clean install publish`; build.sh dispatches on its arguments (`for param in "$@"`,
`case $param in`), and only its runTests argument calls the function running `npm test`. "CI: jenkins running the tests" (pass
8.27) was false. The CI's literal arguments now select the branches of a `case` on them, and the functions only the others call are
not read (one script, bounded); a script called with a variable or no argument is read whole, as before."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.tests-and-ci"

SCRIPT = """#!/bin/bash
set -e

prepare () {
  pip install -r requirements.txt
}

verify () {
  python -m pytest tests
}

package () {
  python -m build
}

for step in "$@"
do
  case $step in
    prepare)
      prepare
      ;;
    verify)
      verify
      ;;
    release|package)
      prepare && package
      ;;
    *)
      echo "unknown step: $step"
      exit 1
  esac
done
"""

FILES = {"README.md": "# Calcul des tarifs\n\nOutil de calcul des tarifs de la cantine.\n",
         "requirements.txt": "requests==2.31.0\n",
         "tarifs/__init__.py": "",
         "tarifs/calcul.py": "def tarif(quotient):\n    return 1.0 if quotient < 500 else 3.5\n",
         "tarifs/lecture.py": "import csv\n\n\ndef lire(chemin):\n    with open(chemin) as f:\n        return list(csv.DictReader(f))\n",
         "tests/test_calcul.py": "from tarifs.calcul import tarif\n\n\ndef test_tarif():\n    assert tarif(100) == 1.0\n",
         "ci/steps.sh": SCRIPT}


def _jenkins(args: str) -> str:
    return ("pipeline {\n  agent any\n  stages {\n    stage('Build') {\n      steps {\n"
            f"        sh './ci/steps.sh {args}'\n      }}\n    }}\n  }}\n}}\n")


def test_ci_arguments_that_never_select_the_tests_run_none(tmp_path):
    res = judge(tmp_path, dict(FILES, Jenkinsfile=_jenkins("prepare package")), [CHECK])[1][CHECK]
    assert res["details"]["ci_runs_tests"] is False, res
    assert "running the tests" not in res["message"]["en"], res["message"]


def test_near_miss_an_argument_selecting_the_tests_runs_them(tmp_path):
    res = judge(tmp_path, dict(FILES, Jenkinsfile=_jenkins("prepare verify")), [CHECK])[1][CHECK]
    assert res["details"]["ci_runs_tests"] is True, res
    assert any(e.get("path") == "ci/steps.sh" and e.get("line") == 9 for e in res["evidence"]), res["evidence"]


def test_near_miss_arguments_unknown_read_the_whole_script(tmp_path):
    res = judge(tmp_path, dict(FILES, Jenkinsfile=_jenkins("$STEPS")), [CHECK])[1][CHECK]
    assert res["details"]["ci_runs_tests"] is True, res
