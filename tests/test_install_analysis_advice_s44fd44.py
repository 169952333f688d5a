"""reusability.install (issue 12, s44 fd44 = reader rc44, CEN-Nouvelle-Aquitaine/data-CEN-NA): SQL queries run in a dashboard tool
over a land database (kind "analysis") with no word on how to run them got the web service's advice, "add a Dockerfile and a
compose.yaml that start the service and its dependencies … to the service that answers": there is no service. An analysis's advice
asks what it reads (the database and its schema, or the source data), the tool and versions it runs in (for SQL, the database system
and the client or dashboard tool) and the order to run it; no container. Near miss: a web service with no instructions keeps the
service's advice."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

QUERY = ("SELECT p.idparcelle, p.section, p.numero, sum(p.surface) AS surface\nFROM parcelle p\n"
         "JOIN bilan b ON b.idparcelle = p.idparcelle\nWHERE b.statut = 'acquise'\nGROUP BY p.idparcelle, p.section, p.numero;\n")


def install(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.install"]))
    return report["results"][0]


def test_an_analysis_is_advised_what_it_reads_and_runs_in_not_a_container(tmp_path):
    r = install(tmp_path, {"README.md": "# Foncier\n\nRequêtes SQL des tableaux de bord de la maîtrise foncière.\n",
                           "foncier/parcelles.sql": QUERY, "foncier/surfaces.sql": QUERY.replace("acquise", "convention"),
                           "foncier/README.md": "# Requêtes\n\n| champ | description |\n|---|---|\n| surface | Surface en m² |\n"})
    assert r["status"] == "fail", r["message"]
    advice = r["remediation"]
    assert "Dockerfile" not in advice["fr"] and "compose" not in advice["en"] and "service that answers" not in advice["en"], advice
    assert "analysis" in advice["en"] and "database" in advice["en"] and "SQL client" in advice["en"], advice


def test_near_miss_a_web_service_keeps_the_service_advice(tmp_path):
    app = ("from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/parcelles')\ndef parcelles():\n"
           "    return {'parcelles': []}\n")
    r = install(tmp_path, {"README.md": "# Foncier\n\nUn service web des parcelles.\n", "app.py": app})
    assert r["status"] == "fail", r["message"]
    assert "Dockerfile" in r["remediation"]["fr"], r["remediation"]
