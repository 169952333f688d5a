"""scaling.contributor-organisations (issue 12, s35 ae35 = reader m31o4, urbanlab/griotte): a contractor writes as
"AlainBarthelemy" and as "Alain", both from hello@alainbarthelemy.com, a domain spelling his own name; the check counted
alainbarthelemy.com as an organisation. A full name run together in one word (each word capitalised) is a person's when the same
identity also writes under its first name alone or its address opens with it; a firm's one-word name ("GeoSolutions" at
geosolutions-exemple.it) stays the firm's. Made-up names below, shaped like the real case."""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def _orgs(repo, authors):
    res = run_check(ctx_for(_history(repo, authors)), "scaling.contributor-organisations")
    return res, {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}


def test_a_domain_spelling_the_authors_run_together_name_is_his_own(repo):
    res, orgs = _orgs(repo, [("Gaspard Morvan", "gaspard.morvan@atelier-exemple.fr")] * 5
                      + [("LucienBarthoux", "hello@lucienbarthoux.com")] * 3 + [("Lucien", "hello@lucienbarthoux.com")] * 2)
    assert "lucienbarthoux.com" not in orgs, orgs
    assert "lucienbarthoux" not in res.message["en"], res.message


def test_a_firms_one_word_name_at_its_domain_stays_a_firm(repo):
    # near miss: a camel-case name that is a firm's, at the firm's domain, with no first name written alone
    _res, orgs = _orgs(repo, [("Gaspard Morvan", "gaspard.morvan@atelier-exemple.fr")] * 5
                       + [("GeoSolutions", "info@geosolutions.it")] * 3)
    assert orgs.get("geosolutions.it") == "organisation", orgs
