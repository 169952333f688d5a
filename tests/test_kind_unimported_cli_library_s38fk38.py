"""facts.project kind evidence (issue 12, s38 fk38 = TelesCoop/IArbre-v1-Script-recalcul-calque-recopie-Metropole-de-forge).

A Métropole's batch computation keeps its Python scripts in Dockerfiles/python/scripts/ beside a Pipfile pinning a whole frozen
environment (fiona's click, cligj, click-plugins beside cloud-init and fail2ban); main.py dispatches on sys.argv[1] under its main
guard. The kind (cli-tool) was decided on "command-line library click", a package no file imports. A command-line library no code
imports is no evidence; the program in that manifest's folder that reads its arguments is (main.py named first).
Near miss: a project whose code imports click keeps "command-line library click".
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PIPFILE = ('[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nclick = "==7.1.2"\n'
           'cligj = "==0.7.2"\nclick-plugins = "==1.1.1"\nfiona = "==1.8.21"\ngeopandas = "==0.10.2"\ncloud-init = "==21.4"\n'
           'fail2ban = "==0.11.1"\n\n[requires]\npython_version = "3.8"\n')
MAIN = ('import sys\nfrom subprocess import call\n\n\ndef init_grid(size):\n    return call(["python", "arbre.py", str(size)])\n\n\ndef main():\n'
        '    argv = sys.argv[1:]\n    if argv and argv[0] == "initGrid":\n        init_grid(int(sys.argv[1:][1]))\n'
        '    elif argv and argv[0] == "computeAll":\n        init_grid(100)\n\n\nif __name__ == "__main__":\n    main()\n')
SUB = ('import sys\n\n\nif __name__ == "__main__":\n    first = sys.argv[1:][0]\n    print("arbre", first)\n')


def _project(tmp_path, main: str) -> dict:
    files = {"Dockerfiles/python/scripts/Pipfile": PIPFILE, "Dockerfiles/python/scripts/main.py": main,
             "Dockerfiles/python/scripts/arbre.py": SUB, "Dockerfiles/python/Dockerfile": "FROM python:3.11\nCOPY scripts /app\n",
             "README.md": "# Calque\n\nCalcul du calque de plantabilité.\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme"]))
    return report["facts"]["project"]


def test_an_unimported_cli_library_gives_way_to_the_program_reading_its_arguments(tmp_path):
    project = _project(tmp_path, MAIN)
    reasons = [(e["path"], e["reason"]) for e in project["kind_evidence"]]
    assert project["kind"] == "cli-tool", project
    assert not any("click" in r for _, r in reasons), reasons
    assert reasons[0][0] == "Dockerfiles/python/scripts/main.py" and "arguments" in reasons[0][1], reasons


def test_a_cli_library_the_code_imports_stays_the_evidence(tmp_path):
    project = _project(tmp_path, "import click\n" + MAIN.replace("def main():", "@click.command()\ndef main():"))
    reasons = [e["reason"] for e in project["kind_evidence"]]
    assert project["kind"] == "cli-tool" and any(r.startswith("command-line library click") for r in reasons), project
