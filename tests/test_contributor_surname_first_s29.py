"""An agent's address read as a family's own domain (issue 12, session 28 reader m20o2, gitligair/intranet): every commit of the
year is by "MBOUP Ligair" <mboup@ligair.fr>, the regional air-quality observatory's own domain, and scaling.contributor-organisations
said "personal or masked addresses (no organisation to read) 100%" while maintenance.organisations named ligair.fr. The
family-domain rule (george@moon.org.nz for "George Moon": the local part the first name, the domain the surname) took the
name's first word for a first name; written surname first in capitals, the French way, "MBOUP" is the surname and "Ligair"
the organisation: no family names a domain after a first name. "DUPONT Jean" <jean@dupont.fr> and "George Moon" stay a
family's own domain."""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def _year(repo, authors):
    res = run_check(ctx_for(_history(repo, authors)), "scaling.contributor-organisations")
    return res, {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}


def test_a_surname_written_first_then_the_organisation_is_an_agent_at_its_domain(repo):
    res, orgs = _year(repo, [("MBOUP Ligair", "mboup@ligair.fr")] * 8)
    assert orgs == {"ligair.fr": "organisation"}, orgs
    assert "personal or masked" not in res.message["en"], res.message
    assert "ligair.fr" in res.message["en"], res.message


def test_a_familys_own_domain_written_surname_first_is_an_individuals(repo):
    res, orgs = _year(repo, [("DUPONT Jean", "jean@dupont.fr")] * 6)
    assert orgs == {}, orgs
    assert "personal or masked addresses (no organisation to read) 100%" in res.message["en"], res.message


def test_a_familys_own_domain_stays_an_individuals(repo):
    res, orgs = _year(repo, [("George Moon", "george@moon.org.nz")] * 6)
    assert orgs == {}, orgs
    assert "personal or masked addresses (no organisation to read) 100%" in res.message["en"], res.message
