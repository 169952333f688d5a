"""Issue 12, session 38 fixer fo38 (dubreybrice-png/sdis66-gestion-evenements): "dubreybrice-png"
<…+dubreybrice-png@users.noreply.github.com> and "Brice DUBREY" <3434@sdis66.local> are one person — the login is his surname
and given name run together, then a short suffix; maintenance.contributors counted 3 people ("SDIS 66" beside). A no-reply login
that is a full name of the history run together, in either order, then a short suffix of letters after "-" or "_", is that
person (a digit after the name, annelefort2, stays apart as session 14 decided). Near misses: a login whose letters run on past the name ("jeanmartinez" beside "Jean Martin") and a login of another
given name with the same surname ("dubreyanne-png") stay apart from him."""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for


def _authors(repo, authors, name="r"):
    return ctx_for(_history(repo, authors, name=name)).fact("activity")["authors_365d"]


def test_a_login_of_the_surname_and_given_name_with_a_suffix_is_that_person(repo):
    brice = [("Brice DUBREY", "3434@sdis66.local")] * 4 + [("dubreybrice-png", "212345+dubreybrice-png@users.noreply.github.com")] * 3
    team = [("SDIS 66", "sdis66@sdis66.fr")] * 5
    assert _authors(repo, brice + team) == 2  # was 3
    given_first = [("Brice Dubrey", "b.dubrey@example.org")] * 2 + [("bricedubrey_fr", "9+bricedubrey_fr@users.noreply.github.com")] * 2
    assert _authors(repo, given_first, name="d") == 1


def test_letters_running_on_or_another_given_name_stay_apart(repo):
    martin = [("Jean Martin", "jean.martin@example.org")] * 2 + [("jeanmartinez", "7+jeanmartinez@users.noreply.github.com")] * 2
    assert _authors(repo, martin) == 2
    anne = [("Brice DUBREY", "3434@sdis66.local")] * 2 + [("dubreyanne-png", "8+dubreyanne-png@users.noreply.github.com")] * 2
    assert _authors(repo, anne, name="a") == 2
