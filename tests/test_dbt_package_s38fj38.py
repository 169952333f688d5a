"""A dbt project is packaged the way dbt installs packages (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

Read as a data pipeline, the Appuis Communs dbt project was "standard packaging: no" (reusability.portability warn 7): its
dbt_project.yml names and versions the project, which another dbt project installs as a package (packages.yml's git: or local:, then
dbt deps). That file is now a package recipe, as a .gemspec or a Helm chart is. Near miss: a command-line tool without any package
recipe stays "standard packaging: no".
"""

from __future__ import annotations

from tests.test_dbt_project_s38fj38 import DBT
from tests.test_local_authority_verdicts import judge

CHECK = "reusability.portability"


def test_a_dbt_project_is_a_package(tmp_path):
    r = judge(tmp_path, DBT, [CHECK])[1][CHECK]
    assert r["details"]["packaging"] is True and "standard packaging: yes" in r["message"]["en"], r["message"]


def test_a_tool_without_a_recipe_is_no_package(tmp_path):
    files = {"poteaux.py": "import sys\n\n\ndef main():\n    print(sys.argv[1])\n\n\nif __name__ == '__main__':\n    main()\n",
             "README.md": "# Poteaux\n\nUn outil en ligne de commande.\n\n## Utilisation\n\n```\npython poteaux.py fichier.csv\n```\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert r["status"] == "not_applicable" or r["details"]["packaging"] is False, r["message"]
