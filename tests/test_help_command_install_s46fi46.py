"""A help command is no install instruction (issue 12, s46 fi46 = remifroger/parsexml). The README of a one-script command-line tool
(to_csv.py, pandas, no manifest) shows only `python main.py --help` under "### Aide" and quoted example runs; it installs nothing and
names no dependency. reusability.install said "written instructions: yes" with that help command as evidence: first_command took any
`python x.py …` as the README's install or run command. A command that only asks for help or the version is set aside now."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SCRIPT = ("import argparse\nimport pandas as pd\n\nparser = argparse.ArgumentParser(description='XML to CSV')\n"
          "parser.add_argument('-f', '--file')\nparser.add_argument('-o', '--output')\nargs = parser.parse_args()\n"
          "pd.read_xml(args.file).to_csv(args.output)\n")


def _install(repo, tmp_path, command, extra=None):
    readme = ("# Catalogue XML\n\nConvertit un catalogue d'attributs XML en CSV.\n\n### Aide\n\n```shell\n" + command + "\n```\n\n"
              "### Exemple\n\n```shell\npython \"D:\\outils\\convert.py\" -f D:\\in.xml -o D:\\out.csv\n```\n")
    files = {"README.md": readme, "convert.py": SCRIPT, **(extra or {})}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.install"]))
    return report["results"][0]


def test_a_help_command_alone_is_no_instruction(repo, tmp_path):
    r = _install(repo, tmp_path, "python convert.py --help")
    assert r["status"] == "fail", r["message"]
    assert not r["details"]["instructions"]


def test_near_miss_a_run_command_stays_an_instruction(repo, tmp_path):
    # (with its module declared: a run command of a script whose pandas nothing declares installs nothing either, s46 ff46)
    r = _install(repo, tmp_path, "python convert.py -f in.xml -o out.csv", {"requirements.txt": "pandas\n"})
    assert r["status"] == "warn" and r["details"]["instructions"], r["message"]
    assert r["evidence"][0]["value"] == "python convert.py -f in.xml -o out.csv"
