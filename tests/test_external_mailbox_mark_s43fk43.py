"""Issue 12, session 43 fixer fk43 (GuilaumeDurandiere/angular-standalone): a consultant committing as "Guillaume" from his client
company's mailbox gdurandiere-ext@… (an "-ext" mark: an external) and as "GuilaumeDurandiere" <guillaume.durandiere@…> — one person,
counted as two (maintenance.contributors all_time 4 for 3, scaling.contributor-organisations "… (50%) … out of 4 contributors"). The
external's mark closing a local part is no word of the person's name: gdurandiere is the login (initial and surname) of the one full
name that fits it. Near misses: the same login beside two full names it fits (Jean and Julien Dupuis) is no one; "-ext" stays a
mark, never a surname. Made-up names below."""

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


def test_an_external_mailbox_of_initial_and_surname_is_the_full_name():
    ident = identities([_C("GuilhemMarchetti", "guilhem.marchetti@orange.fr"), _C("Guilhem", "gmarchetti-ext@conseil.example")])
    assert _people(ident) == 1, ident


def test_the_checks_count_the_people(repo):
    authors = ([("GuilhemMarchetti", "guilhem.marchetti@orange.fr")] * 7 + [("Guilhem", "gmarchetti-ext@conseil.example")] * 3
               + [("Nina Roux", "nina.roux@esn.example")] * 6)
    ctx = ctx_for(_history(repo, authors))
    assert run_check(ctx, "maintenance.contributors").evidence[0].value["all_time"] == 2
    res = run_check(ctx, "scaling.contributor-organisations")
    assert res.evidence[0].value["all_time"]["people"] == 2, res.evidence[0].value


def test_near_miss_a_login_fitting_two_full_names_stays_apart():
    ident = identities([_C("Guilhem", "gmarchetti-ext@conseil.example"), _C("Guilhem Marchetti", "guilhem.marchetti@orange.fr"),
                        _C("Gaelle Marchetti", "gaelle.marchetti@orange.fr")])
    assert ident["gmarchetti-ext@conseil.example"] not in (ident["guilhem.marchetti@orange.fr"], ident["gaelle.marchetti@orange.fr"]), ident
    # (an "ext" after a login is no surname: "Ext" elsewhere is not joined to it)
    ident = identities([_C("Paul", "pvidal-ext@conseil.example"), _C("Marc Ext", "marc.ext@mairie.example")])
    assert _people(ident) == 2, ident
