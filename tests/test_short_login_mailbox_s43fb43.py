"""Issue 12, session 43 fixer fb43 (lecoqal/pphook): a Région's network middleware written by an intern under the one-word name
"lecoqal" (a GitHub login, 7 letters) from a gmail address spelling his surname (lecoq.alexisb.fr@…), and as "Alexis Lecoq" from
the no-reply address of the login lecoqal — one person, counted as two (maintenance.contributors all_time 3 for 2,
scaling.contributor-organisations "Two people wrote at least half … out of 3 contributors"). A one-word name that is, whole, a
no-reply login of the history is that account under 8 letters too when the author's mailbox spells a word of the full name the
account commits under. Near misses: a short login name whose mailbox spells none of it, a mailbox spelling another person's
surname, a login name that is only part of the login. Made-up names below."""

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


def test_a_short_login_name_from_a_mailbox_spelling_the_accounts_surname_is_that_account():
    ident = identities([_C("kerjema", "kerjean.maelb.fr@gmail.com"), _C("Mael Kerjean", "1594+kerjema@users.noreply.github.com")])
    assert _people(ident) == 1, ident


def test_the_checks_count_the_two_people(repo):
    authors = ([("kerjema", "kerjean.maelb.fr@gmail.com")] * 6 + [("Mael Kerjean", "1594+kerjema@users.noreply.github.com")] * 2
               + [("root", "root@srv-dns01.infra.exemple.bzh")] * 6)
    ctx = ctx_for(_history(repo, authors))
    assert run_check(ctx, "maintenance.contributors").evidence[0].value["all_time"] == 2
    res = run_check(ctx, "scaling.contributor-organisations")
    assert res.evidence[0].value["all_time"]["people"] == 2, res.evidence[0].value
    assert "out of 3 contributors" not in res.message["en"], res.message


def test_a_short_login_name_without_the_owners_word_stays_apart():
    # (the session 22 guard: "Alix Roy"'s login alixroy and an "alixroy" writing from ar.velo@… are not known to be one)
    ident = identities([_C("Alix Roy", "99+alixroy@users.noreply.github.com"), _C("alixroy", "ar.velo@gmail.com")])
    assert _people(ident) == 2, ident
    # a mailbox spelling the surname of another person of the history, not the account's
    ident = identities([_C("Mael Kerjean", "1594+kerjema@users.noreply.github.com"), _C("kerjema", "riou.yannb@gmail.com"),
                        _C("Yann Riou", "y.riou@exemple.bzh")])
    assert len({ident["1594+kerjema@users.noreply.github.com"], ident["riou.yannb@gmail.com"]}) == 2, ident
    # a part of the login is no login: "kerjem" beside kerjema
    ident = identities([_C("kerjem", "kerjean.maelb.fr@gmail.com"), _C("Mael Kerjean", "1594+kerjema@users.noreply.github.com")])
    assert _people(ident) == 2, ident
