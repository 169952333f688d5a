"""A student's university mailbox is the student's, not the university contributing (issue 12, session 34 fixer b34).

An intern at a town hall committing partly from the school address their university gives students (``…@etu.u-pec.fr``)
made the university a contributing public organisation beside the commune's own mailbox (``stagedg2@mairie.<commune>``):
the ``etu.``/``student.``/``eleves.`` sub-domain of a university is a person's mailbox. The university's own staff
(``…@u-pec.fr``, a lab's ``…@lab.u-pec.fr``) stays the university. Made-up names below."""

from __future__ import annotations

from auditor.facts.history import organisation_of, student_mailbox
from auditor.facts.scaling.common import email_type

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

INTERN = ("Stagiaire DG 2", "stagedg2@mairie.crosne")
STUDENT = ("jdupont", "jean.dupont@etu.u-pec.fr")
STAFF = ("Marie Curie", "marie.curie@u-pec.fr")


def test_student_subdomains_are_personal_mailboxes():
    for address in ("jean.dupont@etu.u-pec.fr", "a@etud.univ-lyon1.fr", "b@student.uliege.be", "c@eleves.enpc.fr", "d@etu.unistra.fr"):
        assert student_mailbox(address.split("@")[1]), address
        assert organisation_of(address) == (None, "individual"), address
        assert email_type("x", address)["type"] == "individual", address
    for address in ("marie.curie@u-pec.fr", "x@lab.u-pec.fr", "y@etu.fr", "z@students.com"):  # (the domain itself: no sub-domain)
        assert not student_mailbox(address.split("@")[1]), address
    assert organisation_of(STAFF[1], STAFF[0]) == ("u-pec.fr", "public")


def test_an_interns_student_address_is_no_university(repo):
    r = _history(repo, [INTERN] * 10 + [STUDENT] * 2)
    res = run_check(ctx_for(r), "maintenance.organisations")
    assert "mairie.crosne" in res.message["en"] and "u-pec.fr" not in res.message["en"], res.message
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs == {"mairie.crosne": "public"}, orgs


def test_the_universitys_staff_stays_the_university(repo):
    # near-miss: a lecturer's address at the university's own domain is the university's
    r = _history(repo, [INTERN] * 10 + [STAFF] * 2)
    res = run_check(ctx_for(r), "maintenance.organisations")
    assert "u-pec.fr (public)" in res.message["en"] and "mairie.crosne" in res.message["en"], res.message
