"""What a pipeline of shell scripts depends on (issue 12, s22 verifier v2 on viennagglo/sirene).

Once scripts that download a national file, cut it with awk and load it with ``psql -f`` were rightly a command-line tool run
as a data pipeline, reusability.dependencies fell to its last branch: fail 0 "no dependency manifest", advised a lockfile and
Dependabot. Shell scripts have no package manager; what they depend on is the programs they call, which only the README's
prerequisites (or a container) can name. The check now lists those programs and says which the README does not name."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
SCRIPT = ("#!/bin/bash\nset -e\n# télécharge le fichier national puis garde les établissements du territoire\n"
          "wget -q -O stock.zip \"$SOURCE_URL\"\nunzip -o stock.zip\n"
          "awk -F, '$3 ~ /^(38|69)/' stock.csv > territoire.csv\npsql -d \"$BASE\" -f sql/01-create.sql\n")
PIPELINE = {"README.md": "# Import du répertoire des entreprises\n\nScripts d'import quotidiens.\n\n## Utilisation\n\nLancer `scripts/import.sh`.\n",
            "scripts/import.sh": SCRIPT,
            "scripts/export.sh": ("#!/bin/bash\nset -e\ncurl -sS -o maj.csv \"$MAJ_URL\"\njq -r '.[] | .siret' maj.json > sirets.txt\n"
                                  "psql -d \"$BASE\" -f sql/02-export.sql\n"),
            "sql/01-create.sql": "CREATE TABLE etablissement (siret char(14) PRIMARY KEY, nom text);\n",
            "sql/02-export.sql": "COPY etablissement TO '/tmp/export.csv' CSV HEADER;\n"}


def _res(tmp_path, files):
    return judge(tmp_path, files, [DEPS])[1][DEPS]


def test_a_shell_pipeline_is_asked_its_programs_not_a_lockfile(tmp_path):
    res = _res(tmp_path, PIPELINE)
    assert res["score"] == 2 and res["details"]["programs"] == ["awk", "curl", "jq", "psql", "unzip", "wget"], res["message"]
    assert "Dependabot" not in res["remediation"]["en"].split("no manifest")[0] and "Prerequisites" in res["remediation"]["en"], res["remediation"]


def test_a_readme_naming_the_programs_is_a_partial_declaration(tmp_path):
    files = dict(PIPELINE)
    files["README.md"] += "\n## Prérequis\n\n- wget, curl, unzip, jq\n- awk (gawk)\n- psql (PostgreSQL 15)\n"
    res = _res(tmp_path, files)
    assert res["score"] == 6 and res["details"]["undeclared"] == [], res["message"]


def test_a_script_that_is_no_pipeline_keeps_the_manifest_verdict(tmp_path):
    files = {"README.md": "# Outil\n\nUn outil en ligne de commande.\n",
             "tool.py": "import sys\n\n\ndef main():\n    print(sys.argv)\n\n\nif __name__ == '__main__':\n    main()\n"}
    res = _res(tmp_path, files)
    assert "programs" not in res["details"], res["message"]
