"""A listed public body's internal mail domain (issue 12, session 34 j34, a national statistics institute's MCP server): an agent
committing from the institute's Active Directory address (<login>@ad.<body>.intra) was found as an organisation (s33 s33) but
typed "companies and other organisations" (maintenance.organisations "0 of them public"), whereas a town hall's internal domain
was public. An internal network named after a body organisations.yml lists by its own domain (<body>.fr) is that body. A firm's
internal domain stays a company's. Made-up logins below."""

from __future__ import annotations

from auditor.facts.history import organisation_of, public_network
from auditor.facts.scaling.common import email_type

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

AGENT = ("Jeanne Martin", "x7b7x2@ad.insee.intra")
FIRM = ("Jean Dupont", "jean.dupont@ad.acmeconseil.intra")
OWN = ("jmartin", "12345678+jmartin@users.noreply.github.com")


def test_a_listed_bodys_internal_domain_is_public_and_a_firms_is_not():
    assert public_network("ad.insee.intra") and not public_network("ad.acmeconseil.intra")
    assert organisation_of(AGENT[1], AGENT[0])[1] == "public" and email_type(*AGENT)["type"] == "public"
    assert organisation_of(FIRM[1], FIRM[0])[1] == "organisation" and email_type(*FIRM)["type"] == "company"
    assert not public_network("x.gouv.intra")  # (a registry's second level names no body)


def _typed(repo, author):
    """The organisations scaling.contributor-organisations types for a history of ``author`` and a personal account, and both checks."""
    ctx = ctx_for(_history(repo, [author] * 9 + [OWN] * 20))
    res = run_check(ctx, "scaling.contributor-organisations")
    return {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}, res, run_check(ctx, "maintenance.organisations")


def test_the_checks_count_the_bodys_agent_as_public(repo):
    orgs, res, maint = _typed(repo, AGENT)
    assert orgs == {"insee.intra": "public"} and "companies and other organisations" not in res.message["en"], (orgs, res.message)
    assert "1 of them public" in maint.message["en"], maint.message


def test_a_firms_internal_domain_stays_a_company(repo):
    orgs, _, maint = _typed(repo, FIRM)
    assert orgs == {"acmeconseil.intra": "organisation"} and "0 of them public" in maint.message["en"], (orgs, maint.message)
