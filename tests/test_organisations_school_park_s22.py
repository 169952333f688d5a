"""organisations.yml (issue 12, session 22 reader e2): commits from @ensta-bretagne.org (ENSTA Bretagne, a State engineering school)
and from @parc-normandie-maine.fr (the Parc naturel régional Normandie-Maine's second domain; its account pnrnm-sig) were counted as
a company's or another organisation's, so maintenance.organisations and scaling.contributor-organisations found no public body
(PnMercantour/donnees, pnrnm-sig/BiodivNM). Both domains and the account are now listed as the public bodies' they are; a look-alike
domain stays unlisted."""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import email_type, owner_type
from auditor.facts.sponsor_forge import forge_sponsor


class _Target:
    def __init__(self, owner, host="github.com"):
        self.host, self.owner = host, owner


@pytest.mark.parametrize("email", ["jeanne.martin@ensta-bretagne.org", "contact@ensta-bretagne.fr", "sig@parc-normandie-maine.fr",
                                   "sig@parc-naturel-normandie-maine.fr"])
def test_the_school_and_the_parks_domains_are_public(email):
    t = email_type("Jeanne Martin", email)
    assert t["type"] == "public" and t.get("listed"), t


@pytest.mark.parametrize("email", ["jeanne.martin@ensta-conseil.org", "contact@normandie-maine-voyages.fr"])
def test_look_alike_domains_stay_unlisted(email):
    t = email_type("Jeanne Martin", email)
    assert not t.get("listed"), t


def test_the_parks_second_account():
    assert forge_sponsor(_Target("pnrnm-sig"))[0] == "local-authority"
    assert owner_type("pnrnm-sig", "Organization") == "public"
    assert forge_sponsor(_Target("pnrnm-sigma")) is None
