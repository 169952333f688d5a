"""scaling.contributor-organisations counts a GitHub account once (issue 12, s11 read: an OPSN's prototype had "3
contributors" where "sj35 <>", committed without an address, and "Sylvain J. <…+sj35@users.noreply.github.com>" are one
account). A one-word first name without digits is no login: two people named so stay two."""

from __future__ import annotations

from auditor.facts.history import identities
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def test_a_login_without_address_and_its_noreply_address_are_one_person(repo):
    r = _history(repo, [("Agent Mégalis", "agent@megalis.bretagne.bzh")] * 12 + [("sj35", "")] * 6
                 + [("Sylvain J.", "45880189+sj35@users.noreply.github.com")] * 2)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    year = res.evidence[0].value["year"]
    assert year["people"] == 2, (res.message, year)


class _C:
    def __init__(self, name, email):
        self.author_name, self.author_email = name, email


def test_only_a_login_shaped_name_joins_a_noreply_address():
    ident = identities([_C("sj35", ""), _C("Sylvain J.", "45880189+sj35@users.noreply.github.com"),
                        _C("julien", "julien@mairie.fr"), _C("Julien Martin", "77+julien@users.noreply.github.com"),
                        _C("dev-sig", "sig@agglo.fr"), _C("Dev Sig", "dev-sig@users.noreply.github.com")])
    assert ident["sj35"] == ident["45880189+sj35@users.noreply.github.com"]
    assert ident["julien@mairie.fr"] != ident["77+julien@users.noreply.github.com"]
    assert ident["sig@agglo.fr"] == ident["dev-sig@users.noreply.github.com"]
