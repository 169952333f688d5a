"""Issue 12, session 43 fixer fb43 (alexisboizardsdis01/nexsis-notification): an SDIS agent's browser extension has two commits,
one from a workstation of the SDIS's directory as "Alexis Boizard(32561)" <32561@…local> (the directory appends the agent's
number to the display name), one as the GitHub login from alexis.boizard@… — one person, counted as two by
maintenance.contributors (all_time 2) and scaling.contributor-organisations ("One person wrote at least half (50%) … out of 2
contributors"). A bracketed number closing a display name is no word of the person's name. Near misses: two different names
each carrying a number stay two people; a bracketed word ("(DSI)") is not dropped. Made-up names and addresses below."""

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


def test_a_display_name_with_an_account_number_is_the_person_of_that_name():
    ident = identities([_C("Elouan Kervella(48213)", "48213@SDIS99.local"), _C("elouankervellasdis99", "elouan.kervella@sdis99.fr")])
    assert _people(ident) == 1, ident
    ident = identities([_C("Elouan Kervella [48213]", "48213@poste.sdis99.local"), _C("Elouan Kervella", "ek@gmail.com")])
    assert _people(ident) == 1, ident


def test_the_checks_count_one_person(repo):
    r = _history(repo, [("Elouan Kervella(48213)", "48213@SDIS99.local"), ("elouankervellasdis99", "elouan.kervella@sdis99.fr")])
    ctx = ctx_for(r)
    assert run_check(ctx, "maintenance.contributors").evidence[0].value["all_time"] == 1
    res = run_check(ctx, "scaling.contributor-organisations")
    assert res.evidence[0].value["all_time"]["people"] == 1, res.evidence[0].value
    assert "out of 2 contributors" not in res.message["en"], res.message


def test_two_names_with_numbers_or_a_bracketed_word_stay_apart():
    ident = identities([_C("Elouan Kervella(48213)", "48213@SDIS99.local"), _C("Maelys Tanguy(48214)", "48214@SDIS99.local"),
                        _C("maelys", "gwen.riou@sdis99.fr")])
    assert _people(ident) == 3, ident
    # a service's name in brackets is no number: "Elouan Kervella (DSI)" keeps its word, and two agents named alike but for it differ
    ident = identities([_C("Elouan (DSI)", "dsi1@SDIS99.local"), _C("Elouan", "e.tanguy@sdis99.fr")])
    assert _people(ident) == 2, ident
