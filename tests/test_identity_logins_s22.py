"""One person under a GitHub login, a run-together name and a domain named like the login (issue 12, session 22 fixer d6).

On a contractor's Hugo site of an EPCI's climate plan, 2 people were counted as 4: a one-word author name equal to a no-reply
login of the same history ("clairezed"-shaped, committing from a webmail), a local part of letters only that is the full name
run together (``clairezuliani``-shaped), and a login equal to the person's own mail domain (login ``maiwann`` beside
``…@maiwann.net``), which was then typed as a company. On an agent's Windows service a camel-case login opening with the
person's first and last name (``MickaelLehayPaysDeLaLoire``-shaped) was not the ``first.last@gmail.com`` it is. Made-up
names below; the guards (a bare first name, two people at one domain, two identities fitting) keep people apart."""

from __future__ import annotations

from auditor.facts.history import identities
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


class _C:
    def __init__(self, name, email):
        self.author_name, self.author_email = name, email


def _count(ident):
    return len(set(ident.values()))


def test_a_login_name_a_run_together_address_and_a_login_domain_are_one_person_each():
    ident = identities([_C("Ondine Vaubert", "5511+ondinevb@users.noreply.github.com"), _C("ondinevb", "ondinevaubert@tutanota.com"),
                        _C("ondinevb", "ondinevaubert@gmail.com"), _C("orlamek", "9977+orlamek@users.noreply.github.com"),
                        _C("Yselle Korrig", "yk@orlamek.net"), _C("Yselle Korrig", "yselle.korrig@laposte.net")])
    assert _count(ident) == 2, ident
    assert ident["yk@orlamek.net"] == ident["9977+orlamek@users.noreply.github.com"]
    assert ident["ondinevaubert@gmail.com"] == ident["5511+ondinevb@users.noreply.github.com"]


def test_a_camel_case_login_extending_a_full_name_is_that_person():
    ident = identities([_C("Tanguy", "tanguy.lebrec@gmail.com"),
                        _C("TanguyLebrecRegionDeBretagne", "77+TanguyLebrecRegionDeBretagne@users.noreply.github.com")])
    assert _count(ident) == 1, ident


def test_the_neighbours_stay_apart():
    # a one-word name that is a word of a full name of the history, or under 8 characters, or written from an
    # organisation's address, is no login
    ident = identities([_C("Adelaide Martin", "77+adelaide@users.noreply.github.com"), _C("adelaide", "adelaide.r@gmail.com"),
                        _C("S Perrot", "88+sandrine@users.noreply.github.com"), _C("sandrine", "sandrine@agence-exemple.fr"),
                        _C("Alix Roy", "99+alixroy@users.noreply.github.com"), _C("alixroy", "ar.velo@gmail.com")])
    assert _count(ident) == 6, ident
    # the same letters-only local part at two domains with no such full name: two teams
    ident = identities([_C("SIG", "informatique@ville-exemple.fr"), _C("DSI", "informatique@agglo-exemple.fr")])
    assert _count(ident) == 2, ident
    # a login named like a domain two people write from: an organisation's
    ident = identities([_C("acmegeo", "4+acmegeo@users.noreply.github.com"), _C("Paul Rivet", "paul@acmegeo.fr"),
                        _C("Lise Aubry", "lise@acmegeo.fr")])
    assert _count(ident) == 3, ident
    # a camel-case login two full names could open, or that opens with another name: no one
    ident = identities([_C("Tanguy", "tanguy.lebrec@gmail.com"), _C("TL", "tanguy.lebrec@ville-exemple.fr"),
                        _C("TanguyLebrecxRegionDeBretagne", "77+TanguyLebrecxRegionDeBretagne@users.noreply.github.com")])
    assert _count(ident) == 2, ident


def test_the_login_domain_is_an_individuals_and_one_person_wrote_most(repo):
    r = _history(repo, [("Ondine Vaubert", "5511+ondinevb@users.noreply.github.com")] * 4 + [("ondinevb", "ondinevaubert@tutanota.com")] * 8
                 + [("orlamek", "9977+orlamek@users.noreply.github.com")] * 2 + [("Yselle Korrig", "yk@orlamek.net")] * 2)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    year = res.evidence[0].value["year"]
    assert year["people"] == 2 and year["by_type"]["company"] == 0 and year["top_person_share"] == 0.75, year
    assert "orlamek" not in res.message["en"], res.message


def test_an_unlisted_company_domain_stays_a_company(repo):
    r = _history(repo, [("Ondine Vaubert", "5511+ondinevb@users.noreply.github.com")] * 4 + [("Paul Rivet", "paul@acmegeo.fr")] * 2
                 + [("Lise Aubry", "lise@acmegeo.fr")] * 2 + [("acmegeo", "4+acmegeo@users.noreply.github.com")])
    year = run_check(ctx_for(r), "scaling.contributor-organisations").evidence[0].value["year"]
    assert year["by_type"]["organisation"] == 4 and year["people"] == 4, year
