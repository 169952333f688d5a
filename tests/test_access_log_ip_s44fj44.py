"""Session 44 (fj44), a table logging each user's sign-in with its IP address, named acces.

rmoubarak/Documentation-Stage: docs/bdd.sql's `acces` (utilisateur_id, date, ip) is a connection log (CNIL: an IP address and a
connection log are personal data), but log_ip_fields compared the table's words after .rstrip("s"): "acces" became "acce" and never
met its own list (acces, access). A word keeps its form beside its singular by one final s. A table of processes with an ip column
(processus: a machine's) stays no visit log.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SCHEMA = ("CREATE TABLE utilisateur (\n  id INT NOT NULL AUTO_INCREMENT,\n  login VARCHAR(50) NOT NULL,\n  PRIMARY KEY (id)\n);\n\n"
          "CREATE TABLE {table} (\n  id INT NOT NULL AUTO_INCREMENT,\n  utilisateur_id INT NOT NULL,\n  date DATETIME NOT NULL,\n"
          "  ip VARCHAR(45) NOT NULL,\n  PRIMARY KEY (id)\n);\n")


def _audit(repo, tmp_path, table: str):
    files = {"README.md": "# Base de connaissances\n\nApplication interne de fiches.\n", "db/schema.sql": SCHEMA.format(table=table),
             "src/app.php": "<?php\nfunction home() { return 'ok'; }\n"}
    path = repo([{"files": files, "date": "2025-04-25T09:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["scaling.personal-data"]))
    return {r["id"]: r for r in report["results"]}["scaling.personal-data"]


def test_an_acces_table_logs_each_visitor_ip(repo, tmp_path):
    res = _audit(repo, tmp_path, "acces")
    assert "IP address" in res["message"]["en"], res["message"]


def test_an_access_table_too(repo, tmp_path):
    res = _audit(repo, tmp_path, "access")
    assert "IP address" in res["message"]["en"], res["message"]


def test_a_table_of_processes_keeps_a_machine_ip(repo, tmp_path):
    res = _audit(repo, tmp_path, "processus")
    assert "IP address" not in (res["message"] or {}).get("en", ""), res["message"]
