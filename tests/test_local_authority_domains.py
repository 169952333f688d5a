"""Session 8 (f5): a local authority's own mail domain not in organisations.yml was filed under "companies and other
organisations" (session 7's readers: seinesaintdenis.fr for the Département's agents, "none from a public body"; province-sud.nc,
the Province Sud of New Caledonia). A domain named after a commune, a département or a region (names AFNIC reserves to them
under .fr), or a province's, is a public body's. Fixtures shaped like CD93/inseinesaintdenis and DSI-Ville-Noumea/webapps-core-tools."""

from __future__ import annotations

from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

CONTRACTOR = ("Agence Web", "dev@agence-pixel.fr")


def _history(repo, authors, name="r"):
    return repo([{"date": days_ago(300 - 5 * i), "author": a, "files": {f"src/f{i}.php": f"<?php echo {i};\n"}}
                 for i, a in enumerate(authors)], name=name)


def test_a_departements_own_domain_is_a_public_body(repo):
    r = _history(repo, [("Agent CD93", "jdupont@seinesaintdenis.fr")] * 4 + [CONTRACTOR] * 5)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs == {"seinesaintdenis.fr": "public", "agence-pixel.fr": "organisation"}, orgs
    assert "none from a public body" not in res.message["en"] and "public bodies 44%" in res.message["en"], res.message


def test_a_provinces_domain_is_a_public_body(repo):
    r = _history(repo, [("Josselin", "josselin@province-sud.nc")] * 3 + [("Dev", "dev@agilesoft.nc")] * 2)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs == {"province-sud.nc": "public", "agilesoft.nc": "organisation"}, orgs


def test_a_place_name_under_a_generic_domain_or_inside_a_company_name_is_not_a_public_body(repo):
    """lyon.com without an authority word, a firm named after its town (nantes-informatique.fr): not the authority's."""
    r = _history(repo, [("A", "a@lyon.com"), ("B", "b@nantes-informatique.fr"), ("C", "c@nantes-informatique.fr")])
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert {o["type"] for o in res.evidence[0].value["organisations_year"]} == {"organisation"}, res.evidence[0].value
