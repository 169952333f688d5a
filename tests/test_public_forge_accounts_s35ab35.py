"""Session 35 (ab35): a public body's forge account, its no-reply address hiding the body's mailbox, is the public body.

- makinacorpus/ortho44-2018: the Département's orthophoto viewer, built by Makina Corpus for it; 131 commits by "Département de
  Loire-Atlantique" <…+Loire-Atlantique@users.noreply.github.com> and 12 by "PIM-LoireAtlantique" <…@users.noreply.github.com>
  were "personal or masked addresses (no organisation to read)", public bodies 0 %.
- near misses: a person's account whose login bears a place's name beside a first name (jean-gironde), or a single-word name a
  person may bear (Lorraine, Savoie), stays a personal or masked address.
Made-up accounts below, in the shape of the real case.
"""

from __future__ import annotations

from auditor.facts.scaling.common import email_type

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

CONTRACTOR = ("Camille Martin", "camille.martin@agence-carto.fr")


def test_a_departements_forge_accounts_are_the_public_body(repo):
    r = _history(repo, [CONTRACTOR] * 5 + [("Département de la Haute-Garonne", "123456+Haute-Garonne@users.noreply.github.com")] * 3
                 + [("SIG-Gironde", "654321+SIG-Gironde@users.noreply.github.com")] * 2)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    by_type = res.evidence[0].value["all_time"]["by_type"]
    assert by_type["public"] == 5 and by_type["individual"] == 0, by_type
    assert "public bodies 50%" in res.message["en"] and "organismes publics 50" in res.message["fr"], res.message


def test_a_departements_name_alone_as_the_account(repo):
    assert email_type("Loire-Atlantique", "32390631+Loire-Atlantique@users.noreply.github.com")["type"] == "public"
    assert email_type("PIM-LoireAtlantique", "40264289+PIM-LoireAtlantique@users.noreply.github.com")["type"] == "public"


def test_peoples_accounts_named_with_a_place_stay_personal():
    for name, login in (("jean-gironde", "jean-gironde"), ("Lorraine", "lorraine"), ("Savoie", "savoie"), ("Jean Dupont", "gironde-dev")):
        t = email_type(name, f"1234+{login}@users.noreply.github.com")
        assert t["type"] != "public", (name, login, t)
