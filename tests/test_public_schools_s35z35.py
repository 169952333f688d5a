"""organisations.yml (issue 12, s35 z35 = reader m32o2, ArnaudFavier/Chatbot-GrandLyon): 85 % of a chatbot's commits came from
insa-lyon.fr, INSA Lyon's domain, a public engineering school, and scaling.contributor-organisations said "85% from the domain
insa-lyon.fr (unlisted organisation); none from a public body". The seven INSA of the Groupe INSA's list are public bodies; a
look-alike domain stays unlisted. Made-up names below."""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import email_type
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


@pytest.mark.parametrize("email", ["camille.martin@insa-lyon.fr", "camille.martin@insa-rennes.fr", "c.martin@insa-toulouse.fr",
                                   "camille.martin@insa-cvl.fr"])
def test_an_insa_domain_is_public(email):
    t = email_type("Camille Martin", email)
    assert t["type"] == "public" and t.get("listed"), t


@pytest.mark.parametrize("email", ["camille@insa-conseil.fr", "camille@insa-lyon-alumni.com"])
def test_look_alike_domains_stay_unlisted(email):
    t = email_type("Camille Martin", email)
    assert t["type"] != "public" and not t.get("listed"), t


def test_an_insa_teams_commits_are_a_public_bodys(repo):
    r = _history(repo, [("Camille Martin", "camille.martin@insa-lyon.fr")] * 6 + [("cm", "cm@gmail.com")])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs == {"insa-lyon.fr": "public"}, orgs
    assert "none from a public body" not in res.message["en"] and "unlisted organisation" not in res.message["en"], res.message
