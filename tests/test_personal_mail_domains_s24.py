"""Personal mail domains counted as organisations (issue 12, session 24 readers o1 family 5b and o2 family F).

scaling.contributor-organisations said "79 % companies or other organisations, 30 % from fastmail.net (unlisted organisation)" of
a trip planner whose main author writes from his Fastmail mailbox (fastmail.com and .fm were listed, not .net); "commoprices.com,
m4x.org" of an EIG API, m4x.org being Polytechnique.org's address for life of an alumnus; and "54 % from da-rocha.net" of a
regional platform's Docker stack whose author, Sébastien DA ROCHA, writes from sebastien@da-rocha.net (his surname of two words
was compared word by word)."""

from __future__ import annotations

from auditor.facts.history import organisation_of
from auditor.facts.scaling.common import email_type
from tests.test_author_name_organisation_s18_k5 import _shares
from tests.test_sponsor_domains_k6_s17 import people_audit


def test_mailbox_providers_and_alumni_addresses_are_a_persons():
    for email in ("andrew@fastmail.net", "andrew@fastmail.de", "jeanne@ftml.net", "fabien.martin@m4x.org", "fabien.martin@polytechnique.org",
                  "claire.dubois@normalesup.org"):
        assert email_type("Someone", email)["type"] == "individual", email
        assert organisation_of(email)[1] == "individual", email


def test_a_surname_of_several_words_names_the_persons_own_domain():
    assert email_type("Sébastien DA ROCHA", "sebastien@da-rocha.net")["type"] == "individual"
    assert email_type("DA ROCHA Sébastien", "sebastien@darocha.net")["type"] == "individual"
    assert email_type("Jean de La Fontaine", "jean@delafontaine.fr")["type"] == "individual"


def test_a_firm_or_a_school_stays_an_organisation():
    assert email_type("Sébastien DA ROCHA", "contact@da-rocha.net")["type"] == "company"  # (a team's address at that domain)
    assert email_type("Paul Durand", "sebastien@da-rocha.net")["type"] == "company"  # (another person's domain)
    assert email_type("Gaël Lenoir", "gael@commoprices.com")["type"] == "company"
    assert email_type("Ana Silva", "ana.silva@polytechnique.edu")["type"] != "individual"  # (the school's own staff domain)


def test_the_shares_no_longer_count_them_as_companies(tmp_path):
    authors = ([("Andrew Byrd", "andrew@fastmail.net")] * 3 + [("Sébastien DA ROCHA", "sebastien@da-rocha.net")] * 3
               + [("Fabien Antoine", "fabien.antoine@m4x.org")] * 2 + [("Gaël Lenoir", "gael@commoprices.com")] * 2)
    shares = _shares(people_audit(tmp_path, "outils-ouverts", authors))
    assert shares["individual"] == 0.8 and shares.get("company", 0) + shares.get("organisation", 0) == 0.2, shares
