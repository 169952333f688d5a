"""organisations.yml (issue 12, session 25 m25 = s24 o3 family 6, a Haguenau agenda app written by a student of the Université de
Strasbourg): commits from a student's mailbox @etu.unistra.fr were "entirely written by one organisation the tool does not identify
as a public body … companies and other organisations 100 %". The university's domain unistra.fr was unknown (public_name_regex
finds univ-*.fr and *-universite.fr only). French public universities whose domain says neither are now listed, and a listed
domain's sub-domains (its students' etu., its staff's) are its own; a look-alike domain stays a company's."""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import email_type
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


@pytest.mark.parametrize("email", ["camille.martin@etu.unistra.fr", "camille.martin@unistra.fr", "c.martin@etu.u-bordeaux.fr",
                                   "camille.martin@umontpellier.fr", "camille.martin@etu.uca.fr"])
def test_a_universitys_domain_and_its_students_sub_domain_are_public(email):
    t = email_type("Camille Martin", email)
    assert t["type"] == "public" and t.get("listed"), t


@pytest.mark.parametrize("email", ["camille@unistra-conseil.fr", "camille@formations-u-bordeaux.com"])
def test_look_alike_domains_stay_unlisted(email):
    t = email_type("Camille Martin", email)
    assert t["type"] != "public" and not t.get("listed"), t


def test_a_students_commits_are_a_public_universitys_not_a_companys(repo):
    r = _history(repo, [("Camille Martin", "camille.martin@etu.unistra.fr")] * 6)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs == {"unistra.fr": "public"}, orgs
    assert "public bodies 100%" in res.message["en"], res.message  # was "companies and other organisations 100 %"
