"""Session 13, k3 (issue 12, local authorities' unseen repositories): reusability and scaling values."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

LOCK = ["scaling.vendor-lock-in", "reusability.portability"]


def _named(r):
    return {e["value"]["service"] for e in r["scaling.vendor-lock-in"]["evidence"] if isinstance(e.get("value"), dict)}


GO_MAIN = ('package main\n\nimport (\n\t"database/sql"\n\t"fmt"\n\n\t_ "github.com/denisenkom/go-mssqldb"\n)\n\n'
           'func open(user, pass, host, base string) (*sql.DB, error) {\n'
           '\tdsn := fmt.Sprintf("sqlserver://%s:%s@%s?database=%s", user, pass, host, base)\n'
           '\treturn sql.Open("sqlserver", dsn)\n}\n\nfunc main() {}\n')


def test_a_go_service_on_sql_server_is_locked_to_it(tmp_path):
    """Shaped like a management centre's Go export service: go.mod requires the SQL Server driver, the code opens a
    sqlserver:// address."""
    path = build(tmp_path / "r", {"go.mod": "module exports\n\ngo 1.17\n\nrequire (\n\tgithub.com/denisenkom/go-mssqldb v0.12.2\n"
                                            "\tgithub.com/labstack/echo/v4 v4.8.0\n)\n",
                                  "main.go": GO_MAIN})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert "Microsoft SQL Server" in _named(r), r["scaling.vendor-lock-in"]["evidence"]
    assert r["scaling.vendor-lock-in"]["status"] != "pass", r["scaling.vendor-lock-in"]["message"]
    assert r["reusability.portability"]["status"] != "pass", r["reusability.portability"]["message"]
    # the code alone (no go.mod) names it too: the driver's address
    code_only = build(tmp_path / "s", {"db.go": GO_MAIN.replace('\t_ "github.com/denisenkom/go-mssqldb"\n', "")})
    assert "Microsoft SQL Server" in _named(results(run_audit(code_only, tmp_path / "cs", LOCK)))


def test_a_go_service_on_postgresql_names_no_sql_server(tmp_path):
    path = build(tmp_path / "r", {"go.mod": "module exports\n\ngo 1.17\n\nrequire github.com/lib/pq v1.10.0\n",
                                  "main.go": GO_MAIN.replace("github.com/denisenkom/go-mssqldb", "github.com/lib/pq")
                                  .replace("sqlserver", "postgres")})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert "Microsoft SQL Server" not in _named(r), r["scaling.vendor-lock-in"]["evidence"]
