"""A public body's network named by its short name and number (issue 12, session 38 lead = reader mb38, two Apps Script tools of the
Pyrénées-Orientales fire service): an agent committing as ``<agent number>@sdis66.local`` (the service's Active Directory domain) was
read as a person's own address ("personal or masked addresses 100%", "no identifiable organisation"), because a network label with
digits, or a number as the login under ``.local``, was taken for a machine. A label that is a public body's short name and number
("SDIS 66", as organisations.yml's public author names read it) is that body's network, with any login; beside the body's Internet
domain (sdis66.fr) in the same history it is that one organisation. Near misses: a machine's name and number (pc01.local,
ubuntu20.local) stays no organisation; a firm's Internet domain beside its own internal one is still a company. Made-up logins."""

from __future__ import annotations

from auditor.facts.history import organisation_of
from auditor.people import public_code_label

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

AGENT = ("Brigitte Agent", "4242@sdis77.local")
BODY = ("SDIS 77", "communication@sdis77.fr")
OWN = ("bagent", "12345678+bagent@users.noreply.github.com")


def test_a_bodys_code_name_network_is_the_body_and_a_machines_is_not():
    assert public_code_label("sdis77") and public_code_label("sdis-77") and not public_code_label("pc01") and not public_code_label("ubuntu20")
    assert organisation_of(*reversed(AGENT)) == ("sdis77.local", "public")
    for machine in ("4242@pc01.local", "j.d@ubuntu20.local", "root@dell5480.lan"):
        assert organisation_of(machine, "Jean Dupont") == (None, "individual"), machine


def _orgs(repo, authors):
    ctx = ctx_for(_history(repo, authors))
    res = run_check(ctx, "scaling.contributor-organisations")
    return {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}, run_check(ctx, "maintenance.organisations")


def test_the_agents_commits_are_the_public_bodys(repo):
    orgs, maint = _orgs(repo, [AGENT] * 6 + [OWN] * 2)
    assert orgs == {"sdis77.local": "public"} and "1 of them public" in maint.message["en"], (orgs, maint.message)


def test_the_bodys_network_and_internet_domain_are_one_organisation(repo):
    orgs, maint = _orgs(repo, [AGENT] * 4 + [BODY] * 5 + [OWN] * 3)
    assert orgs == {"sdis77.fr": "public"} and "1 organisation(s)" in maint.message["en"], (orgs, maint.message)


def test_a_firms_network_beside_its_domain_stays_a_company(repo):
    orgs, _ = _orgs(repo, [("Jean Dupont", "jean.dupont@acmeconseil.loc")] * 4 + [("Jean Dupont", "jdupont@acmeconseil.fr")] * 5)
    assert set(orgs.values()) == {"organisation"} and len(orgs) == 1, orgs
