"""Contractor mailboxes at a public body's domain are the contractor's people (issue 12, session 23 reader m1, a transport
authority's Symfony bundle): the body opened addresses for the firms' staff working on its premises, named after the firm
(`astek.<login>@<body>`, `akka.<login>@<body>`), and scaling.contributor-organisations counted their commits — and, through them,
the same people's other commits — as the public body's ("public bodies made 39%" of code the contractors wrote). A local part
that starts with a listed company's name (organisations.yml) followed by a separator is that company's; the body's own staff
(`firstname.lastname@<body>`, a team mailbox `sig.admin@<body>`) stay the body's."""

from __future__ import annotations

from auditor.facts.history import contractor_mailbox, organisation_of
from auditor.facts.scaling.common import email_type
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def test_a_firms_mailbox_at_the_body_is_the_firms():
    t = email_type("Jeanne Martin", "akka.jmartin@agglo-exemple.fr")
    assert t["type"] == "company" and t["name"] == "Akka" and t["mailbox_at"] == "agglo-exemple.fr", t
    assert organisation_of("akka.jmartin@agglo-exemple.fr") == ("akka.eu", "organisation")


def test_the_bodys_own_staff_and_team_mailboxes_stay_the_bodys():
    for email in ("jeanne.martin@agglo-exemple.fr", "sig.admin@agglo-exemple.fr", "open.data@agglo-exemple.fr"):
        assert email_type("Jeanne Martin", email)["type"] == "public", email
        assert contractor_mailbox(email) is None, email
    assert email_type("Paul", "akka.paul@gmail.com")["type"] == "individual"  # (a webmail stays a person's)


def test_contractors_commits_at_the_bodys_domain_are_not_the_bodys(repo):
    authors = ([("Jeanne Martin", "akka.jmartin@agglo-exemple.fr")] * 6 + [("Paul Durand", "paul.durand@capgemini.com")] * 3
               + [("Agent", "agent.reseau@agglo-exemple.fr")] * 1)
    res = run_check(ctx_for(_history(repo, authors)), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs.get("akka.eu") == "company" and orgs.get("agglo-exemple.fr") == "public", orgs
    assert "public bodies 10%" in res.message["en"], res.message
