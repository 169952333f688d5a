"""An Open WebUI Tool declares its dependencies in its frontmatter (issue 12, session 22 reader a2: CharlotteAudiar/
dev_outils_dataIA, fonctionnalites/exploration-bd/exploration-bd.py, `requirements: psycopg2-binary` in the module docstring
that opens the file, installed with pip by Open WebUI when the Tool is added). reusability.dependencies said "Aucun manifeste de
dépendances" (fail). The line is now read as the Tool's manifest (ecosystem openwebui), pinned when every package has ==version;
a module docstring of an ordinary script, even one with a "Requirements:" line, is no manifest."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"


def tool(requirements: str) -> str:
    return ('# v1 — installée le 27/08 (admin)\n"""\ntitle: Explorateur de base\nauthor: agent\nversion: 0.1.0\ndescription: >\n'
            "    Explore une base Postgres avec les identifiants de chaque utilisateur.\n"
            f"requirements: {requirements}\n" + '"""\n\nfrom pydantic import BaseModel, Field\nimport psycopg2\n\n\nclass Tools:\n'
            "    class UserValves(BaseModel):\n        pg_user: str = Field(default='')\n\n"
            "    def query(self, sql: str) -> str:\n        with psycopg2.connect(dbname='sandbox') as conn:\n"
            "            return str(conn.cursor().execute(sql))\n")


KIT = {"README.md": "# Boîte à outils IA\n\nGuides et outils pour l'instance Open WebUI de l'agence.\n",
       "guides.md": "# Guide d'administration\n\n## Installer un outil\n\nCopiez le fichier dans Espace de travail > Outils.\n"}


def test_a_tools_frontmatter_requirements_are_its_manifest(tmp_path):
    report, res = judge(tmp_path, {**KIT, "outils/exploration/exploration.py": tool("psycopg2-binary")}, [DEPS])
    manifests = report["facts"]["manifests"]["manifests"]
    assert [(m["ecosystem"], m["dependencies"], m["lockfile"]) for m in manifests] == [("openwebui", ["psycopg2-binary"], None)], manifests
    dep = res[DEPS]
    assert dep["status"] != "fail" and "No dependency manifest" not in dep["message"]["en"], dep
    assert "outils/exploration/exploration.py" in dep["details"]["unlocked"], dep


def test_pinned_requirements_lock_the_tool(tmp_path):
    report, res = judge(tmp_path, {**KIT, "outils/exploration/exploration.py": tool("psycopg2-binary==2.9.9, requests==2.32.3")}, [DEPS])
    m = report["facts"]["manifests"]["manifests"][0]
    assert m["dependencies"] == ["psycopg2-binary", "requests"] and m["lockfile"] == "outils/exploration/exploration.py", m
    assert res[DEPS]["details"]["unlocked"] == [], res[DEPS]


def test_an_ordinary_scripts_docstring_is_no_manifest(tmp_path):
    script = ('"""\ntitle: Export des équipements\nRequirements: psycopg2\n"""\n\nimport psycopg2\n\n\ndef main():\n'
              "    psycopg2.connect(dbname='equipements')\n")
    report, _ = judge(tmp_path, {**KIT, "scripts/export.py": script}, [DEPS])
    assert report["facts"]["manifests"]["manifests"] == [], report["facts"]["manifests"]
