"""scaling.vendor-lock-in and reusability.portability (issue 12, s27 t27 = measure 18 reader o2, wsaer318/cantaldestination-observatoire):
a PHP observatory on MySQL was said to depend on "Microsoft SQL Server" from mcp_dbhub_config.json, a developer's AI-assistant
configuration (an MCP database connector) listing sample DSNs (sqlserver://user:password@localhost:1433/database). The
configuration of a developer's editor or assistant (an MCP client's server list, .vscode/, .cursor/, .claude/) names the
developer's tools, not what the product runs on; the same DSN in the application's code is still a dependency."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

LOCKIN, PORTABILITY = "scaling.vendor-lock-in", "reusability.portability"

MCP = json.dumps({"mcpServers": {
    name: {"command": "npx", "args": ["-y", "@bytebase/dbhub", "--transport", "stdio", "--dsn", dsn]}
    for name, dsn in (("dbhub-mysql", "mysql://root:@localhost:3307/observatoire?sslmode=disable"),
                      ("dbhub-sqlserver", "sqlserver://user:password@localhost:1433/database?sslmode=disable"))}}, indent=2)
APP = {"README.md": "# Observatoire du tourisme\n\nTableaux de bord de fréquentation touristique, sur MySQL 8.\n",
       "composer.json": json.dumps({"name": "observatoire/app", "require": {"php": ">=8.1"}}),
       "database.php": "<?php\n$pdo = new PDO('mysql:host=' . getenv('DB_HOST') . ';dbname=observatoire', getenv('DB_USER'), getenv('DB_PASS'));\n",
       "index.php": "<?php\nrequire 'database.php';\necho 'ok';\n"}


def _text(res) -> str:
    return json.dumps(res, ensure_ascii=False)


def test_an_mcp_assistant_config_is_no_dependency_of_the_product(tmp_path):
    files = dict(APP, **{"mcp_dbhub_config.json": MCP, ".cursor/mcp.json": MCP, ".vscode/settings.json": MCP})
    res = judge(tmp_path, files, [LOCKIN, PORTABILITY])[1]
    for cid in (LOCKIN, PORTABILITY):
        assert "SQL Server" not in _text(res[cid]), _text(res[cid])[:1500]
    assert res[LOCKIN]["status"] == "pass", res[LOCKIN]["message"]


def test_the_same_dsn_in_the_application_code_stays_a_dependency(tmp_path):
    files = dict(APP, **{"mcp_dbhub_config.json": MCP,
                         "src/Db.php": "<?php\n$dsn = 'sqlserver://app:secret@db.interne:1433/observatoire';\n$db = connect($dsn);\n"})
    res = judge(tmp_path, files, [LOCKIN])[1][LOCKIN]
    assert "SQL Server" in _text(res), _text(res)[:1500]
    assert all(e.get("path") != "mcp_dbhub_config.json" for e in res.get("evidence") or []), res["evidence"]
