"""scaling.contributor-organisations (issue 12, session 29, reader m21o2: data-players/AUrba): a developer committed 25 times from
gmail.com and 25 times from "æmail.com" (the same address with gmail's g slipped to æ); the unlisted domain was typed as a company
and took his gmail commits with it: "86% from companies or other organisations". A webmail's name with one letter replaced by a
letter no ASCII name has is now a personal mailbox; ASCII names keep the long-name rule (8 letters and more)."""

from __future__ import annotations

from auditor.facts.history import personal_mailbox


def test_a_webmails_name_slipped_through_a_non_ascii_letter_is_personal():
    assert personal_mailbox("æmail.com")  # was False: an organisation's domain
    assert personal_mailbox("gmaïl.com")


def test_other_domains_keep_their_reading():
    assert personal_mailbox("gmail.com")
    assert not personal_mailbox("aurba.org")
    assert not personal_mailbox("région-sud.fr")  # (an internationalised name that slips from no webmail's)
