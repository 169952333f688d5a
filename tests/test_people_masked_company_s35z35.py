"""One person's single company-address commit spread to all their masked commits (issue 12, s35 z35 = reader m32o2,
jtrdt/app-CirculationBordeauxMetropole): 197 of 198 commits over two years from GitHub's no-reply addresses, one commit on the
last day from the author's employer's address, and scaling.contributor-organisations said "100% of all commits come from
addresses of companies or other organisations, mostly fasst.io". A masked address hides a mailbox: it follows the person's
company only over the days the person used that company's address, not the years before or after. Made-up names below."""

from __future__ import annotations

from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

MASKED = ("jdurand", "12345678+jdurand@users.noreply.github.com")
AT_WORK = ("jdurand", "julien.durand@acme-num.io")


def _result(repo, authors):
    r = repo([{"date": days_ago(800 - 10 * i), "author": a, "files": {f"src/f{i}.js": f"export const x{i} = {i};\n"}}
              for i, a in enumerate(authors)])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    return res, res.evidence[0].value["all_time"]


def test_one_company_commit_after_years_of_masked_ones_does_not_make_them_the_companys(repo):
    res, all_time = _result(repo, [MASKED] * 30 + [AT_WORK])
    assert all_time["people"] == 1, all_time
    assert all_time["by_type"]["company"] <= 1 and all_time["by_type"]["individual"] == 30, all_time
    assert "written entirely" not in res.message["en"] and "100% of all commits" not in res.message["en"], res.message
    assert "entièrement écrit" not in res.message["fr"], res.message


def test_masked_commits_between_a_contractors_company_commits_stay_the_companys(repo):
    # (near miss: the contractor's employee commits from the firm's address and, between, from the masked one)
    res, all_time = _result(repo, [AT_WORK] * 3 + [MASKED] * 10 + [AT_WORK] * 3)
    assert all_time["by_type"]["organisation"] == 16, all_time
    assert "written entirely" in res.message["en"], res.message
