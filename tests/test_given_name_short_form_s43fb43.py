"""Issue 12, session 43 fixer fb43 (delalandemike-ui/portail-eap-sdis37): an SDIS officer's intranet portal, first committed as
"DELALANDE Michael" <mdelalande@…> from the SDIS's mail, then as his GitHub login from delalande.mike@gmail.com — one person,
counted as two by maintenance.contributors ("2 active author(s) in a year … made 92%") and scaling.contributor-organisations.
Two identities sharing a surname (4+ letters) whose given names are a name and its usual short form (Mike, Michael) are one person
when no third identity of the history writes that surname. Near misses: two given names one of which opens the other (Jean and
Jeanne, Louis and Louise: two names), and a short form beside its full name when a third identity writes the surname (relatives
or namesakes: no one is joined). Made-up names below."""

from __future__ import annotations

from auditor.facts.history import identities
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


class _C:
    def __init__(self, name, email):
        self.author_name, self.author_email = name, email


def _people(ident):
    return len(set(ident.values()))


def test_a_given_name_and_its_short_form_with_the_same_surname_are_one_person():
    ident = identities([_C("KERVADEC Michael", "mkervadec@sdis.sdis99.fr"), _C("kervadecmike-ui", "kervadec.mike@gmail.com")])
    assert _people(ident) == 1, ident
    ident = identities([_C("Fred Lannuzel", "7+flz@users.noreply.github.com"), _C("Frédéric Lannuzel", "f.lannuzel@exemple.fr")])
    assert _people(ident) == 1, ident


def test_the_checks_count_one_person(repo):
    authors = [("KERVADEC Michael", "mkervadec@sdis.sdis99.fr")] + [("kervadecmike-ui", "kervadec.mike@gmail.com")] * 12
    ctx = ctx_for(_history(repo, authors))
    value = run_check(ctx, "maintenance.contributors").evidence[0].value
    assert value["all_time"] == 1, value
    res = run_check(ctx, "scaling.contributor-organisations")
    assert res.evidence[0].value["all_time"]["people"] == 1, res.evidence[0].value


def test_prefixed_names_or_a_third_holder_of_the_surname_stay_apart():
    ident = identities([_C("Jean Kervadec", "jean.kervadec@gmail.com"), _C("Jeanne Kervadec", "jeanne.kervadec@exemple.fr")])
    assert _people(ident) == 2, ident
    ident = identities([_C("KERVADEC Michael", "mkervadec@sdis.sdis99.fr"), _C("kervadecmike-ui", "kervadec.mike@gmail.com"),
                        _C("Anne Kervadec", "anne.kervadec@gmail.com")])
    assert _people(ident) == 3, ident
    # a short form of another name than the full one beside it
    ident = identities([_C("Tom Kervadec", "tom.kervadec@gmail.com"), _C("Michael Kervadec", "michael.kervadec@exemple.fr")])
    assert _people(ident) == 2, ident
