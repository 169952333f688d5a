"""The domain of the organisation holding the repository is no person's (issue 12, session 33 fixer g33).

An association's repository under its own GitHub account (an account named like its domain, ``les-detritivores.co`` for
LES-DETRITIVORES, ``rouelibre.net`` for RoueLibre73): its member committed from the association's ``admin@`` address beside
the account's no-reply one, and the domain, named like that login, was read as the person's own: "personal or masked addresses
100%". The association's site, where its name reads as a person's ("Roue Libre" <contact@…>), was "a personal or third-party
account" in scaling.hosting. Made-up names below; the near-misses (a webmail, a person's own domain named like their login,
another organisation's domain) keep their old verdicts."""

from __future__ import annotations

from auditor.facts.identity_names import login_domains
from auditor.facts.history import registrable_domain
from auditor.facts.scaling.common import owner_named

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

ACCOUNT = ("LES COMPOSTEURS", "94525144+LES-COMPOSTEURS@users.noreply.github.com")
SHARED = ("Lea Morvan", "admin@les-composteurs.co")
WEBMAIL = ("Lea Morvan", "lea.morvan@gmail.com")
GITHUB = "https://github.com/LES-COMPOSTEURS/clic-compost"


def _orgs(res, window="organisations_all_time"):
    return {o["domain"]: o for o in res.evidence[0].value[window]}


def test_a_team_mailbox_at_a_domain_named_like_a_login_is_the_organisations():
    people = [("e:" + e, n, e) for n, e in (ACCOUNT, SHARED, WEBMAIL)]
    assert login_domains(people, lambda k: "one", registrable_domain) == frozenset()
    # near-miss: a person's own domain named like their login (yk@orlamek.net beside the login orlamek) stays theirs
    people = [("e:" + e, n, e) for n, e in (("orlamek", "9977+orlamek@users.noreply.github.com"), ("Yselle Korrig", "yk@orlamek.net"))]
    assert login_domains(people, lambda k: "one", registrable_domain) == frozenset({"orlamek.net"})


def test_the_owners_domain_is_its_organisations_and_no_contractor(repo):
    r = _history(repo, [SHARED] * 8 + [ACCOUNT] * 2 + [WEBMAIL] * 4 + [("Amine", "amine.dev@gmail.com")] * 2)
    res = run_check(ctx_for(r, target=GITHUB), "scaling.contributor-organisations")
    year = res.evidence[0].value["year"]
    assert year["by_type"]["individual"] < year["commits"] and _orgs(res, "organisations_year")["les-composteurs.co"]["own"], year
    assert "organisation holding the repository (les-composteurs.co)" in res.message["en"], res.message
    assert "personal or masked addresses (no organisation to read) 100%" not in res.message["en"]
    assert "Most of" not in res.message["en"] and "written entirely" not in res.message["en"], res.message
    # without the forge address: the association's domain is an organisation's all the same (its admin@ mailbox)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert _orgs(res)["les-composteurs.co"]["type"] == "organisation", res.evidence[0].value


def test_another_organisations_domain_is_still_a_contractors(repo):
    r = _history(repo, [("Paul Rivet", "paul@agence-exemple.fr")] * 8 + [WEBMAIL] * 2)
    res = run_check(ctx_for(r, target=GITHUB), "scaling.contributor-organisations")
    assert not _orgs(res)["agence-exemple.fr"].get("own") and "agence-exemple.fr" in res.message["en"], res.message
    assert res.evidence[0].value["year"]["by_type"]["organisation"] == 8


def test_a_webmail_stays_personal(repo):
    r = _history(repo, [ACCOUNT] * 3 + [WEBMAIL] * 5)
    res = run_check(ctx_for(r, target=GITHUB), "scaling.contributor-organisations")
    assert res.evidence[0].value["year"]["by_type"]["individual"] == 8, res.evidence[0].value


VIEW = """<template>
  <img src="https://roue-douce.net/wp-content/uploads/2020/05/logo.png" />
  <img src="https://tiles.jmartin.net/logo.png" />
</template>
"""


def _site(repo):
    authors = [("Roue Douce", "45666255+RoueDouce73@users.noreply.github.com")] * 4 + [("Roue Douce", "contact@roue-douce.net")] \
        + [("Jean Martin", "jean@jmartin.net")] * 2
    return repo([{"date": days_ago(200 - 5 * i), "author": a, "files": {"components/Map.vue": VIEW, f"content/p{i}.md": "# p\n"}}
                 for i, a in enumerate(authors)])


def test_the_associations_site_is_no_personal_account(repo):
    r = _site(repo)
    for target in (None, "https://github.com/RoueDouce73/ReseauVelo"):
        f = ctx_for(r, target=target).fact("hosting_dependencies")
        classes = {h["host"]: h["class"] for h in f["hosts"]}
        assert classes.get("roue-douce.net") != "personal", (target, f["hosts"])
        # near-miss: a committer's own domain, named after him, stays a person's
        assert classes.get("jmartin.net") == "personal" or classes.get("tiles.jmartin.net") == "personal", f["hosts"]
    f = ctx_for(r, target="https://github.com/RoueDouce73/ReseauVelo").fact("hosting_dependencies")
    assert {h["host"]: h["class"] for h in f["hosts"]}["roue-douce.net"] == "own", f["hosts"]


def test_a_number_closing_the_account_is_no_word_of_its_name():
    assert owner_named("rouelibre.net", "RoueLibre73") and owner_named("roue-douce.net", "RoueDouce73")
    assert not owner_named("sdis.fr", "sdis66")  # (4 letters left: too short to be a name)
    assert not owner_named("rouelibre.net", "RoueLibre73x")
