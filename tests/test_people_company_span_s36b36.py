"""A staff member's masked commits on a repository their company builds (issue 12, s36 b36 = OpenSourcePolitics/decidim-cd44):
the Loire-Atlantique Decidim instance, built by Open Source Politics people, said "Most of all commits (52%) come from companies
… none from a public body" (right) until f09e428e read a company address as standing for a person's GitHub no-reply commits
only over the days that person used it; 14 no-reply commits two OSP employees made before their first / after their last
@opensourcepolitics.eu commit, while their colleagues went on committing from the company's address, turned personal and the
share fell to 50% (warn 6, wrong). The span that counts is the company's activity on the repository (every address of its
domain), not the one person's: a colleague's commits say the company was working on it then. Before the company's first and
after its last commit there (a person who left and went on alone, s35 z35's case) the masked commits stay personal.
Made-up names below."""

from __future__ import annotations

from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

MASKED = ("egaboriet", "93640000+egaboriet@users.noreply.github.com")
AT_WORK = ("egaboriet", "emile@civic-lab.eu")
COLLEAGUE = ("Camille Roux", "camille@civic-lab.eu")
OUTSIDER = ("Léa Petit", "lea.petit@gmail.com")


def _result(repo, authors):
    r = repo([{"date": days_ago(900 - 10 * i), "author": a, "files": {f"src/f{i}.rb": f"X{i} = {i}\n"}}
              for i, a in enumerate(authors)])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    return res, res.evidence[0].value["all_time"]


def test_masked_commits_outside_the_persons_span_but_while_the_company_works_on_the_repository_are_the_companys(repo):
    # the colleague commits from the company's address before and after the person's own company-address days
    res, all_time = _result(repo, [COLLEAGUE] * 3 + [MASKED] * 4 + [AT_WORK] * 3 + [MASKED] * 2 + [AT_WORK] * 2
                            + [OUTSIDER] * 12 + [MASKED] * 4 + [COLLEAGUE] * 3)
    assert all_time["by_type"]["organisation"] == 21 and all_time["by_type"]["individual"] == 12, all_time
    assert "Most of all commits (64%) come from companies" in res.message["en"], res.message
    assert "La plupart des commits depuis l'origine (64 %)" in res.message["fr"], res.message


def test_masked_commits_before_the_company_came_and_after_it_left_stay_personal(repo):
    # (near miss: the same people, but the person's masked commits fall before the company's first and after its last commit
    # on the repository — someone who contributed on their own, then for the firm, then on their own again)
    res, all_time = _result(repo, [MASKED] * 4 + [COLLEAGUE] * 3 + [AT_WORK] * 3 + [MASKED] * 2 + [AT_WORK] * 2
                            + [COLLEAGUE] * 3 + [MASKED] * 4)
    assert all_time["by_type"]["organisation"] == 13 and all_time["by_type"]["individual"] == 8, all_time
