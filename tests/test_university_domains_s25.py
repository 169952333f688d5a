"""organisations.yml (issue 12, session 25 m25 = s24 o3 family 6, a Haguenau agenda app written by a student of the Université de
Strasbourg): commits from a student's mailbox @etu.unistra.fr were "entirely written by one organisation the tool does not identify
as a public body … companies and other organisations 100 %". The university's domain unistra.fr was unknown (public_name_regex
finds univ-*.fr and *-universite.fr only). French public universities whose domain says neither are now listed, and a listed
domain's sub-domains (its staff's) are its own; a look-alike domain stays a company's. (Session 34, b34: the students' etu.
sub-domain is a student's own mailbox, no longer the university contributing: tests/test_student_mailbox_s34b34.py.)"""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import email_type
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


@pytest.mark.parametrize("email", ["camille.martin@unistra.fr", "c.martin@dsi.u-bordeaux.fr", "camille.martin@umontpellier.fr",
                                   "camille.martin@uca.fr"])
def test_a_universitys_domain_and_its_staffs_sub_domain_are_public(email):
    t = email_type("Camille Martin", email)
    assert t["type"] == "public" and t.get("listed"), t


@pytest.mark.parametrize("email", ["camille@unistra-conseil.fr", "camille@formations-u-bordeaux.com"])
def test_look_alike_domains_stay_unlisted(email):
    t = email_type("Camille Martin", email)
    assert t["type"] != "public" and not t.get("listed"), t


def test_a_students_commits_are_no_companys_nor_the_universitys(repo):
    r = _history(repo, [("Camille Martin", "camille.martin@etu.unistra.fr")] * 6)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs == {}, orgs  # (s25: "companies and other organisations 100 %"; s25-s33: the university's; now the student's own)
    assert "companies and other organisations" not in res.message["en"], res.message
