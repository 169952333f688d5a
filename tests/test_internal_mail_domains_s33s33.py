"""An organisation's internal mail domain, and the holder's own domain with no forge owner (issue 12, session 33 fixer s33).

A commune's staff committing from their Active Directory address (``j.matrat@<commune>.loc``) or a town hall's intranet one
(``stagedg2@mairie.<commune>``, a top-level domain that is no Internet's) were read as machines' names, "personal or masked
addresses": they are the organisation's mailboxes, named by their domain. A computer's own name (gildas@hermes.local, git's
default address) stays a machine's. And an association's repository audited from a local clone (no forge owner to read):
its own account writing from its team mailbox (contact@) said which domain is the holder's, so that domain is no outside
contractor (g33's reading needed the forge owner). Made-up names below."""

from __future__ import annotations

from auditor.facts.history import organisation_of
from auditor.facts.scaling.common import email_type
from auditor.people import internal_mail_domain

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

AGENT = ("jean Valmont", "j.valmont@maurepas.loc")
INTERN = ("Stagiaire DG 2", "stagedg2@mairie.crosne")
ACCOUNT = ("Guyniole", "12345678+DSI-Exemple@users.noreply.github.com")


def test_internal_domains_are_organisations_and_machines_are_not():
    assert internal_mail_domain(AGENT[1]) == "maurepas.loc" and internal_mail_domain(INTERN[1]) == "mairie.crosne"
    assert internal_mail_domain("jean.dupont@acmeconseil.local") == "acmeconseil.local"
    for machine in ("gildas@hermes.local", "a@MacBook-Pro.local", "x@poste-12.intra", "jean@jean-laptop.lan", "a@ubuntu",
                    "a@pc12.ressources.paris.mdp", "j@x.(none)", "a@desktop-abc.localdomain", "a@localhost", "a@host.invalid"):
        assert internal_mail_domain(machine) is None, machine
    assert email_type(*AGENT)["type"] == "public" and organisation_of(INTERN[1], INTERN[0]) == ("mairie.crosne", "public")
    t = email_type("Jean Dupont", "jean.dupont@acmeconseil.local")
    assert t["type"] == "company" and t["domain"] == "acmeconseil.local", t
    assert email_type("gildas", "gildas@hermes.local")["type"] == "individual"


def test_a_communes_internal_domain_is_a_public_body(repo):
    r = _history(repo, [INTERN] * 9 + [ACCOUNT] * 3)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs == {"mairie.crosne": "public"}, orgs
    assert "personal or masked addresses (no organisation to read) 75%" not in res.message["en"], res.message
    res = run_check(ctx_for(r), "maintenance.organisations")
    assert "mairie.crosne" in res.message["en"] and "No identifiable organisation" not in res.message["en"], res.message


def test_a_machines_name_stays_personal(repo):
    r = _history(repo, [("gildas", "gildas@hermes.local")] * 9 + [ACCOUNT] * 3)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert res.evidence[0].value["organisations_year"] == [], res.evidence[0].value
    assert "personal or masked addresses (no organisation to read) 100%" in res.message["en"], res.message


OWN = ("Roue Douce", "45666255+RoueDouce73@users.noreply.github.com")
TEAM = ("Roue Douce", "contact@roue-douce.net")


def test_the_holders_domain_without_a_forge_owner(repo):
    r = _history(repo, [TEAM] + [OWN] * 11)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")  # (a local clone: no owner to read)
    assert res.status.value == "warn" and "organisation holding the repository (roue-douce.net)" in res.message["en"], res.message
    assert "Most of" not in res.message["en"] and "outside" not in res.message["en"], res.message


def test_another_organisations_team_mailbox_without_a_forge_owner_stays_a_contractors(repo):
    # near-miss: the team mailbox of a domain no account of the history is named like (an agency's contact@)
    r = _history(repo, [("Agence Pixel", "contact@agence-pixel.fr")] * 9 + [OWN] * 3)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    orgs = {o["domain"]: o for o in res.evidence[0].value["organisations_year"]}
    assert not orgs["agence-pixel.fr"].get("own") and "agence-pixel.fr" in res.message["en"], res.message
