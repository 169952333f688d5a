"""scaling.impact-indicators (issue 12, s38 fh38 = reader ra38, RAYAN-DOB/Server-Supervision): a supervision web application's hooks
call "/api/v1/alerts/stats" and "/api/v1/sites/stats", the counts of the alerts and sites it watches; they were its "impact indicators"
(pass). A statistics endpoint of one kind of the records the application manages is a feature of its domain, not an indicator of
the project's own use. Near miss: a service statistics route ("/api/stats") still is one."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.impact import record_stats
from tests.gitrepo import make_repo

CID = "scaling.impact-indicators"
HOOK = ('export async function loadStats() {\n  const res = await fetch("{route}");\n  return res.json();\n}\n')


def result(tmp_path, route: str) -> dict:
    files = {"README.md": "# Supervision\n\nApplication web de supervision des salles serveurs.\n",
             "package.json": '{"name": "supervision", "private": true, "dependencies": {"next": "15.0.0"}}\n',
             "hooks/api/useAlerts.ts": HOOK.replace("{route}", route), "app/page.tsx": "export default function Home() { return null }\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID)


def test_the_statistics_of_the_records_it_manages_are_no_impact_indicator(tmp_path):
    r = result(tmp_path, "/api/v1/alerts/stats")
    assert r["status"] != "pass" and "alerts/stats" not in str(r["evidence"]), r


def test_a_service_statistics_route_stays_an_indicator(tmp_path):
    r = result(tmp_path, "/api/stats")
    assert r["status"] == "pass" and "/api/stats" in str(r["evidence"]), r


@pytest.mark.parametrize(("value", "expected"), [
    ('"/api/v1/alerts/stats"', True), ("'/sites/stats/'", True), ('"/api/reservations/statistiques"', True),
    ('"/stats"', False), ('"/api/stats"', False), ('"/admin/stats"', False), ('`/api/v2/usage/stats`', False), ('"/impact"', False),
])
def test_what_reads_as_the_statistics_of_records(value, expected):
    assert record_stats(value) is expected
