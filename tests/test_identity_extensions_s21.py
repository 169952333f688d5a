"""One person under a full name and one more word, or a login with a middle initial (issue 12, session 21 fixer k4, case 2).

On MTES-MCT's aigle-frontend one developer committed as ``first.last@school``, as ``first.last.freelance@webmail`` and from
GitHub's no-reply address under the login ``firstfreelance``: three contributors were counted for a one-person project. On
incubateur-ademe's aldo, "Helen Root" and the login ``hfroot`` (her initials and surname) were two people; on a CSTB repository
the login ``AntoineBreitwillerCSTB`` (full name + organisation) was not the ``antoine.breitwiller@…`` it is. The rules: a
two-word name extended by one word is that person, a login made of the first and last of three words is that person, a login
of the first name's and a middle name's initials before the surname is that person; each only when one identity fits, and a
first name alone never joins two people."""

from __future__ import annotations

from auditor.facts.history import identities
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for


class _C:
    def __init__(self, name, email):
        self.author_name, self.author_email = name, email


def _same(ident, *emails):
    return len({ident[e] for e in emails}) == 1


def test_a_full_name_extended_by_a_word_and_its_login_are_one_person():
    ident = identities([_C("marcdlg", "marc.delage@ecole-ingenieurs.fr"), _C("Marc", "marc.delage.consultant@gmail.com"),
                        _C("marcconsultant", "4242+marcconsultant@users.noreply.github.com")])
    assert _same(ident, "marc.delage@ecole-ingenieurs.fr", "marc.delage.consultant@gmail.com",
                 "4242+marcconsultant@users.noreply.github.com"), ident


def test_a_login_of_a_full_name_and_an_organisation_is_that_person():
    ident = identities([_C("DELAGE", "marc.delage@institut.fr"),
                        _C("MarcDelageINSTIT", "77+marcdelageinstit@users.noreply.github.com")])
    assert _same(ident, "marc.delage@institut.fr", "77+marcdelageinstit@users.noreply.github.com"), ident


def test_a_login_with_a_middle_initial_is_that_person():
    ident = identities([_C("Clara Root", "clararoot7@gmail.com"), _C("cjroot", "88+cjroot@users.noreply.github.com")])
    assert _same(ident, "clararoot7@gmail.com", "88+cjroot@users.noreply.github.com"), ident


def test_people_sharing_a_first_name_or_a_form_stay_apart():
    ident = identities([_C("Marc Martin", "marc.martin@ville.fr"), _C("Marc", "marc.delage.consultant@gmail.com"),
                        _C("marcmartinez", "12+marcmartinez@users.noreply.github.com")])
    assert len({ident["marc.martin@ville.fr"], ident["marc.delage.consultant@gmail.com"],
                ident["12+marcmartinez@users.noreply.github.com"]}) == 3
    # two identities extend "jean.pierre", two give the login "marcconsultant": no one
    ident = identities([_C("JP", "jean.pierre@mairie.fr"), _C("JPM", "jean.pierre.martin@mairie.fr"),
                        _C("JPD", "jean.pierre.durand@mairie.fr"), _C("Marc D", "marc.delage.consultant@gmail.com"),
                        _C("Marc T", "marc.texier.consultant@gmail.com"), _C("marcconsultant", "5+marcconsultant@users.noreply.github.com")])
    assert len({ident[e] for e in ("jean.pierre@mairie.fr", "jean.pierre.martin@mairie.fr", "jean.pierre.durand@mairie.fr")}) == 3
    assert ident["5+marcconsultant@users.noreply.github.com"] not in (ident["marc.delage.consultant@gmail.com"],
                                                                       ident["marc.texier.consultant@gmail.com"])
    # two people a middle-initial login fits, and a root account, are no one
    ident = identities([_C("Clara Root", "clararoot7@gmail.com"), _C("Cyril Root", "cyril.root@ville.fr"),
                        _C("cjroot", "88+cjroot@users.noreply.github.com"), _C("root", "root@serveur-sig.ville.fr")])
    assert ident["88+cjroot@users.noreply.github.com"] not in (ident["clararoot7@gmail.com"], ident["cyril.root@ville.fr"])
    assert ident["root@serveur-sig.ville.fr"] not in (ident["clararoot7@gmail.com"], ident["cyril.root@ville.fr"])
    assert ident["clararoot7@gmail.com"] != ident["cyril.root@ville.fr"]


def test_the_contributors_fact_counts_one_person(repo):
    r = _history(repo, [("marcdlg", "marc.delage@ecole-ingenieurs.fr")] * 6 + [("Marc", "marc.delage.consultant@gmail.com")] * 3
                 + [("marcconsultant", "4242+marcconsultant@users.noreply.github.com")])
    assert ctx_for(r).fact("contributors")["all_time"] == 1
    r = _history(repo, [("Marc Martin", "marc.martin@ville.fr")] * 3 + [("Marc", "marc.delage.consultant@gmail.com")] * 3, name="r2")
    assert ctx_for(r).fact("contributors")["all_time"] == 2
