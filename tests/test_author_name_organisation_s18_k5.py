"""scaling.contributor-organisations (issue 12, s18 reader c2: GIP-RECIA/esco-accueil, esco-grouper-modules). An OPSN's agent
committed as "GIP RECIA - Julien Gribonvald" from a personal mailbox: the organisation is written in the author name, yet the
commits were "personal or masked addresses (no organisation to read) 99 %". A name carrying the public sponsor's name (its
forge account's words) or a public body's, beside the person's, is that body's; a name alone, or under another account, is not."""

from __future__ import annotations

from tests.test_reusability_fixtures import results
from tests.test_sponsor_domains_k6_s17 import people_audit


def _shares(report) -> dict:
    r = results(report)["scaling.contributor-organisations"]
    return r["evidence"][0]["value"]["all_time"]["shares"]


def test_the_sponsors_name_before_the_persons_is_the_sponsors(tmp_path):
    authors = [("OPSN EXEMPLE - Julien Martin", "julien.martin@gmail.com")] * 8 + [("Léa Petit", "lea.petit@gmail.com")] * 2
    shares = _shares(people_audit(tmp_path, "OPSN-Exemple", authors, sponsor="opsn"))
    assert shares["public"] == 0.8 and shares["individual"] == 0.2, shares


def test_a_town_hall_named_after_the_person_is_public(tmp_path):
    authors = [("Julien Martin (Mairie de Bourg-Exemple)", "julien.martin@gmail.com")] * 3 + [("Léa Petit", "lea.petit@gmail.com")]
    shares = _shares(people_audit(tmp_path, "outils-libres", authors))
    assert shares["public"] == 0.75, shares


def test_another_organisations_name_or_a_hyphenated_name_says_nothing(tmp_path):
    authors = [("Studio Pixel - Julien Martin", "julien.martin@gmail.com")] * 3 + [("Jean-Pierre Petit", "jp.petit@gmail.com")] * 2
    shares = _shares(people_audit(tmp_path, "OPSN-Exemple", authors, sponsor="opsn"))
    assert shares["individual"] == 1.0, shares
