"""A person writing from a domain that spells their name (issue 12, session 23 reader n3, MTES-MCT/boris): one developer
committed as "Benoit Paquier" and a login from first.last addresses at a webmail and a cooperative, and as "benpaquier" or
"Fuzz" from hello@<firstlast>.com; the contributors fact counted 3 people for 2, and contributor_types counted the personal
domain as a company. An address at an unlisted domain whose first label is a full name of the history (first and last name
run together, either order, or initial and surname) is that person's, when it is the one address at that domain and one
identity holds that name; the domain is then an individual's, not an organisation's. A domain two people write from, or one
spelling no one's name, keeps its verdict."""

from __future__ import annotations

from auditor.facts.history import identities
from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for


class _C:
    def __init__(self, name: str, email: str):
        self.author_name, self.author_email = name, email


def _people(authors) -> int:
    return len(set(identities([_C(n, e) for n, e in authors]).values()))


CLAIRE = [("Claire Vasseur", "claire.vasseur@ik.me"), ("cvasse", "claire.vasseur@ik.me"),
          ("cvasse", "claire.vasseur@scop-exemple.coop"), ("clairev", "hello@clairevasseur.fr"), ("Pixel", "hello@clairevasseur.fr")]


def test_an_address_at_a_domain_spelling_a_full_name_of_the_history_is_that_person():
    assert _people(CLAIRE + [("Orion", "orion.c@gmail.com")]) == 2
    assert _people([("Claire Vasseur", "claire.vasseur@ik.me"), ("cv", "contact@vasseurclaire.net")]) == 1  # (either order)


def test_a_domain_two_people_write_from_or_spelling_no_name_stays_apart():
    # a firm named after its founder, where two people write: an organisation's domain, joined to no one
    assert _people([("Claude Bernard", "claude.bernard@gmail.com"), ("Alice", "alice@claudebernard.fr"),
                    ("Bob", "bob@claudebernard.fr")]) == 3
    assert _people([("Claire Vasseur", "claire.vasseur@ik.me"), ("Pixel", "hello@atelier-pixel.fr")]) == 2


def test_the_personal_domain_is_an_individuals_in_the_counts(repo):
    authors = [a for a in CLAIRE for _ in range(3)] + [("Orion", "orion.c@gmail.com")] * 2
    ctx = ctx_for(_history(repo, authors))
    assert ctx.fact("contributors")["all_time"] == 2, ctx.fact("contributors")
    orgs = {o["domain"]: o["type"] for o in ctx.fact("contributor_types")["all_time"]["organisations"]}
    assert orgs == {"scop-exemple.coop": "organisation"}, orgs
    assert "clairevasseur.fr" not in {o["domain"] for o in ctx.fact("organisations")["organisations"]}
