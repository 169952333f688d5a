"""maintenance.review: a commit carrying Gerrit's Change-Id trailer reached the branch as a Gerrit change, Gerrit's change
request (issue 12, s12: an SDIS's Android app reviewed in Gerrit, every commit with a Change-Id, read as '32 pushed directly')."""

from __future__ import annotations

from tests.test_maintenance import ALICE, BOB, ctx_for, days_ago, run


def _msg(subject: str, n: int) -> str:
    return f"{subject}\n\nIssue: #{n}\nChange-Id: I{n:040x}\n"


def test_gerrit_changes_are_reviewed_changes(repo):
    r = repo([{"date": days_ago(60 - i), "author": ALICE if i % 2 else BOB, "files": {"a.kt": str(i)},
               "message": _msg(f"Synchronise les tournées {i}", i + 1)} for i in range(4)]
             + [{"date": days_ago(10), "author": ALICE, "files": {"a.kt": "x"}, "message": "Corrige une coquille"}])
    res = run(ctx_for(r), "maintenance.review")
    v = res.evidence[0].value
    assert (v["via_merge_request"], v["via_gerrit_change"], v["direct"]) == (4, 4, 1), v
    assert "4 of them Gerrit changes" in res.message["en"] and "1 pushed directly" in res.message["en"]
    assert res.score == 8


def test_a_change_id_is_gerrits_own_shape(repo):
    # a "Change-Id" that is not Gerrit's (no I + 40 hex digits) proves nothing
    r = repo([{"date": days_ago(20 + i), "author": ALICE, "files": {"a": str(i)}, "message": f"Fix {i}\n\nChange-Id: 42\n"}
              for i in range(2)])
    res = run(ctx_for(r), "maintenance.review")
    assert res.evidence[0].value["direct"] == 2 and res.status.value == "fail"
