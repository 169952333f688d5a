"""scaling.contributor-organisations: an anonymised author is no company (issue 12, s14 r1 REIMSMetropole/bodacc: a history
republished as "Anonymous <anonymous@anon.com>" was "52 % from companies or other organisations, 50 % of them the domain
anon.com")."""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def test_an_anonymous_placeholder_domain_is_no_organisation(repo):
    r = _history(repo, [("Anonymous", "anonymous@anon.com")] * 5 + [("Agent", "agent@grandreims.fr")] * 3)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert "anon.com" not in res.message["en"], res.message
    domains = {o["domain"] for o in res.evidence[0].value.get("organisations_year", [])}
    assert "anon.com" not in domains, domains
