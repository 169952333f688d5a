"""Session 9 (f5): a typing slip of a webmail's domain was an organisation (session 8's reads, Tisseo/navitia-checker: 22 commits from
noemie@openmailbox.org and one from noemie@poenmailbox.org gave "written entirely by 2 companies or other organisations, mostly
poenmailbox.org"). A domain one letter off a long webmail domain is that webmail; a short name stays what it is."""

from __future__ import annotations

from auditor.facts.history import personal_mailbox
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def test_a_slip_of_a_webmails_domain_is_a_personal_mailbox(repo):
    r = _history(repo, [("Noémie", "noemie@openmailbox.org")] * 5 + [("Noémie", "noemie@poenmailbox.org")] + [("Pascal", "pascal@canaltp.fr")] * 3)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert "poenmailbox" not in res.message["en"] and "poenmailbox" not in str(res.evidence[0].value), res.message


def test_only_a_long_name_one_letter_off_is_a_slip():
    assert personal_mailbox("poenmailbox.org") and personal_mailbox("openmailbx.org")
    assert not personal_mailbox("canaltp.fr") and not personal_mailbox("mailo2.com") and not personal_mailbox("openmailing.org")
