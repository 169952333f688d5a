"""A login made of an initial and a surname is the person whose full name gives it (issue 12, s17 a1/b1 via k3, s18 h3).

A city's plugin (Lutece-like: a Maven module, commits from a workstation whose address is the login at the machine's name, from
GitHub's no-reply address, and a few from the agent's own ``first.last@`` city address under the surname alone) had one
person counted twice: "6 contributors, one person 50 %" where there were 5 and he wrote 61 %, and his no-reply commits
counted "personal" instead of the city's. A login ``ryahiaoui``-like (initial + surname, or surname + initial) now joins the one
identity whose full name or address gives it; two identities that fit give no link."""

from __future__ import annotations

from auditor.facts.history import identities
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


class _C:
    def __init__(self, name, email):
        self.author_name, self.author_email = name, email


def test_an_initial_and_surname_login_is_that_person():
    ident = identities([_C("tkerhervé", "tkerherve@poste-0412.dsi.ville.intra"), _C("tkerherve", "tkerherve"),
                        _C("tkerherve", "31+tkerherve@users.noreply.github.com"), _C("kerherve", "tanguy.kerherve@ville.fr"),
                        _C("Dev Presta", "dev.presta@esn-conseil.fr")])
    assert len({ident[k] for k in ("tkerherve@poste-0412.dsi.ville.intra", "tkerherve", "31+tkerherve@users.noreply.github.com",
                                   "tanguy.kerherve@ville.fr")}) == 1, ident
    assert ident["dev.presta@esn-conseil.fr"] != ident["tanguy.kerherve@ville.fr"]


def test_other_login_forms_and_what_stays_apart():
    ident = identities([_C("Anne Roux", "anne.roux@ville.fr"), _C("aroux", "5+aroux@users.noreply.github.com"),
                        _C("Jean Martin", "jean.martin@ville.fr"), _C("Julien Martin", "julien.martin@ville.fr"),
                        _C("jmartin", "7+jmartin@users.noreply.github.com"),
                        _C("Léa Roy", "lea.roy@ville.fr"), _C("lroyer", "9+lroyer@users.noreply.github.com")])
    assert ident["5+aroux@users.noreply.github.com"] != ident["anne.roux@ville.fr"]  # 6 letters at least
    assert ident["7+jmartin@users.noreply.github.com"] not in (ident["jean.martin@ville.fr"], ident["julien.martin@ville.fr"])  # two fit
    assert ident["jean.martin@ville.fr"] != ident["julien.martin@ville.fr"]
    assert ident["9+lroyer@users.noreply.github.com"] != ident["lea.roy@ville.fr"]  # another name
    ident = identities([_C("Nadeige Couthon", "nadeige.couthon@gmail.com"), _C("nadeigec", "5+nadeigec@users.noreply.github.com")])
    assert ident["5+nadeigec@users.noreply.github.com"] == ident["nadeige.couthon@gmail.com"]  # first name and the surname's initial


def test_the_people_checks_count_one_person_and_the_citys_share(repo):
    r = _history(repo, [("tkerherve", "tkerherve@poste-0412.dsi.ville.intra")] * 5 + [("tkerherve", "31+tkerherve@users.noreply.github.com")] * 2
                 + [("kerherve", "tanguy.kerherve@paris.fr")] * 2 + [("Jon Harpe", "jon.harpe@gmail.com")] * 3
                 + [("Lise Vautrin", "lise.vautrin@accenture.com")] * 2)
    year = run_check(ctx_for(r), "scaling.contributor-organisations").evidence[0].value["year"]
    assert year["people"] == 3, year
    assert year["by_type"]["public"] == 9, year  # his workstation's and no-reply commits are the city agent's
