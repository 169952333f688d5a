"""A GitHub login that runs an agent's first and last names together is that agent (issue 12, s14 r2: a
territory's data team had "3 active authors" where "Antoine <antoine.bugeia@…>" and the GitHub web commit
"antoinebugeia <…+antoinebugeia@users.noreply.github.com>" are one person; the public body's share fell to a third)."""

from __future__ import annotations

from auditor.facts.history import identities
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check


def test_a_joined_login_and_a_dotted_address_are_one_person(repo):
    r = _history(repo, [("Antoine", "antoine.bugeia@territoire.nc")] * 2 + [("Dev Prestataire", "dev@agence-pixel.fr")] * 2
                 + [("antoinebugeia", "139830703+antoinebugeia@users.noreply.github.com")])
    year = run_check(ctx_for(r), "scaling.contributor-organisations").evidence[0].value["year"]
    assert year["people"] == 2, year
    contributors = run_check(ctx_for(r), "maintenance.contributors")
    assert "2 " in contributors.message["en"] and "3 " not in contributors.message["en"], contributors.message


class _C:
    def __init__(self, name, email):
        self.author_name, self.author_email = name, email


def test_joined_names_either_order_but_no_digit_login_nor_short_one():
    ident = identities([_C("Zoé Martin", "zoe.martin@ville.fr"), _C("martinzoe", "12+martinzoe@users.noreply.github.com"),
                        _C("Jean-Baptiste Durand", "jb@agglo.fr"), _C("jeanbaptistedurand", "9+jeanbaptistedurand@users.noreply.github.com"),
                        _C("Léa Roy", "lea.roy@ville.fr"), _C("learoy", "5+learoy@users.noreply.github.com"),
                        _C("Anne Lefort", "anne.lefort@dep.fr"), _C("annelefort2", "8+annelefort2@users.noreply.github.com")])
    assert ident["zoe.martin@ville.fr"] == ident["12+martinzoe@users.noreply.github.com"]
    assert ident["jb@agglo.fr"] == ident["9+jeanbaptistedurand@users.noreply.github.com"]
    assert ident["lea.roy@ville.fr"] != ident["5+learoy@users.noreply.github.com"]  # 8 letters at least
    assert ident["anne.lefort@dep.fr"] != ident["8+annelefort2@users.noreply.github.com"]
