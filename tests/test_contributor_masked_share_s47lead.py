"""The share of an organisation's commits says how many came from its people's masked addresses (issue 12, session 47 lead;
reader s46 rk46: TechCabbalr/sirs_import).

One agent of an agglomeration wrote a levee-damage importer: 26 commits from the agglomeration's address, 62 from GitHub no-reply
addresses, 32 of them between the first and last commit from the agglomeration's address. scaling.contributor-organisations counted
those 32 for the agglomeration (its documented rule: a person's masked commits in the organisation's span are the organisation's)
and said "66% from the domain bethunebruay.fr", while 30 % of the commits carry the domain. The message now says how many of the
counted commits come from personal or masked addresses. Near miss: an organisation whose commits all carry its address says nothing
of it.
"""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

AGENT = ("Julie Martin", "julie.martin@ingenierie-digues.fr")
MASKED = ("Julie Martin", "4242+juliemartin@users.noreply.github.com")


def test_masked_commits_counted_for_the_organisation_are_said(repo):
    r = _history(repo, [MASKED, MASKED, AGENT, MASKED, MASKED, AGENT, MASKED, AGENT])  # (the first two before the span)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    en, fr = res.message["en"], res.message["fr"]
    assert "ingenierie-digues.fr" in en, en
    assert "Of the commits counted for these organisations, 3 are written from the personal or masked address" in en, en
    assert "3 sont écrits depuis l'adresse personnelle ou masquée" in fr, fr


def test_near_miss_commits_all_from_the_organisations_address_say_nothing_of_it(repo):
    r = _history(repo, [("Lou Bernard", "lou.bernard@gmail.com")] * 2 + [AGENT] * 6)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert "ingenierie-digues.fr" in res.message["en"] and "Of the commits counted" not in res.message["en"], res.message
