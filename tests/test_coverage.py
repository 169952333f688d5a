"""Coverage (issue 12, family 11): a check that could not be measured always lowers coverage, and coverage
never reads 100 % while any check was not measured."""

from __future__ import annotations

from auditor.scoring import compute_scores

RULESET = {"criteria": {"open_source": {"families": {"licensing": 1, "maintenance": 1}}}}


def _r(cid, family, status, weight=1.0, score=10.0):
    return {"id": cid, "family": family, "status": status, "weight": weight, "score": score if status in ("pass", "warn", "fail") else None,
            "message": {"fr": "x", "en": "x"}}


def test_one_unmeasured_check_among_many_never_reads_100():
    results = [_r(f"licensing.c{i}", "licensing", "pass") for i in range(2000)] + [_r("maintenance.review", "maintenance", "inconclusive")]
    results += [_r(f"maintenance.c{i}", "maintenance", "pass") for i in range(2000)]
    s = compute_scores(results, RULESET, ["licensing", "maintenance"])
    assert s["coverage"] < 100 and s["families"]["maintenance"]["coverage"] < 100
    assert s["criteria"]["open_source"]["coverage"] < 100
    assert s["families"]["licensing"]["coverage"] == 100.0
    assert [u["id"] for u in s["unmeasured"]] == ["maintenance.review"]


def test_everything_measured_reads_100():
    s = compute_scores([_r("licensing.a", "licensing", "pass"), _r("maintenance.b", "maintenance", "fail", score=0)], RULESET,
                       ["licensing", "maintenance"])
    assert s["coverage"] == 100.0 and s["criteria"]["open_source"]["coverage"] == 100.0


def test_forge_not_reached_is_not_measured(repo, tmp_path):
    from auditor.engine import AuditOptions, audit

    path = repo([{"files": {"README.md": "# Carte\n"}, "date": "2026-01-10T10:00:00Z"}])  # a checkout with no remote: no forge to ask
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["maintenance.responsiveness",
                                                                                        "maintenance.not-archived"]))
    statuses = {r["id"]: r["status"] for r in report["results"]}
    assert set(statuses.values()) == {"inconclusive"}
    assert report["scores"]["coverage"] == 0.0
