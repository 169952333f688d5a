"""Session 36 (e36 = reader m33o3), issue 12: a natural park's domain is a public body's.

Georiviere/Georiviere-admin, a river-management back office Makina Corpus built for and with the Parc naturel régional du Haut-Jura
(README.rst: "Maintainers: Parc Naturel Régional du Haut-Jura, Makina Corpus", its logo linking www.parc-haut-jura.fr): three
commits from t.…@parc-haut-jura.fr were counted as an unlisted company's, scaling.contributor-organisations saying "none from a
public body". A Parc naturel régional is managed by a syndicat mixte of the local governments that approved its charter; its
domain, "parc-<its name>", says "parc-" as amusement parks' and car parks' firms do, so the pattern alone is not enough: such a
domain is the park's when the repository itself (its README, licence or publiccode.yml) names a Parc naturel régional or national
of that name; parc-haut-jura.fr is listed (organisations.yml). The water agencies (agences de l'eau) and the national parks' shared
domains are public bodies' too. Near misses: a "parc-" domain the repository names no park of, and a firm of the same prefix beside
a named park, stay companies. Made-up names below, shaped like the real case."""

from __future__ import annotations

from auditor.facts.scaling.common import domain_type
from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

CONTRACTOR = ("Dev Agence", "dev@makina-corpus.com")
README = ("GeoRiviere\n----------\n\nA back office to manage rivers.\n\n\nMaintainers\n-----------\n\n"
          "* Parc Naturel Régional du {park}\n* Makina Corpus\n")


def _history(repo, authors, readme: str | None, name="r"):
    first = {"README.rst": readme} if readme else {"README.rst": "GeoRiviere\n----------\n\nA back office to manage rivers.\n"}
    return repo([{"date": days_ago(300 - 5 * i), "author": a, "files": {**(first if i == 0 else {}), f"src/f{i}.py": f"X = {i}\n"}}
                 for i, a in enumerate(authors)], name=name)


def _orgs(r, check="scaling.contributor-organisations"):
    res = run_check(ctx_for(r), check)
    return res, {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}


def test_the_listed_parks_domain_is_a_public_body(repo):
    r = _history(repo, [CONTRACTOR] * 6 + [("Thomas Agent", "t.agent@parc-haut-jura.fr")] * 3, README.format(park="Haut-Jura"))
    res, orgs = _orgs(r)
    assert orgs == {"makina-corpus.com": "company", "parc-haut-jura.fr": "public"}, orgs
    assert "none from a public body" not in res.message["en"] and "public bodies made 33%" in res.message["en"], res.message


def test_a_park_domain_named_after_the_park_the_readme_names_is_public(repo):
    # an unlisted park: the README names the Parc naturel régional des Monts de Vaudrey, the agent writes from parc-monts-vaudrey.fr
    r = _history(repo, [CONTRACTOR] * 6 + [("Agent Parc", "agent@parc-monts-vaudrey.fr")] * 3, README.replace("du {park}", "des Monts de Vaudrey"))
    _res, orgs = _orgs(r)
    assert orgs.get("parc-monts-vaudrey.fr") == "public", orgs
    res = run_check(ctx_for(r), "maintenance.organisations")
    assert any(o["domain"] == "parc-monts-vaudrey.fr" and o["public"] for o in res.evidence[0].value["organisations"]), res.evidence[0].value


def test_a_park_like_domain_the_repository_names_no_park_of_stays_a_company(repo):
    # near miss: "parc-" opens amusement parks', car parks' and exhibition centres' domains: without the park named, a company
    r = _history(repo, [CONTRACTOR] * 6 + [("Agent Parc", "agent@parc-monts-vaudrey.fr"), ("Parking", "info@parc-auto-services.fr")] * 2, None)
    _res, orgs = _orgs(r)
    assert orgs.get("parc-monts-vaudrey.fr") == "organisation" and orgs.get("parc-auto-services.fr") == "organisation", orgs


def test_a_firm_beside_the_named_park_stays_a_company(repo):
    # near miss: a park named in the README does not make another "parc-" firm's domain public (parc-vaudrey-aventure: a leisure park)
    r = _history(repo, [CONTRACTOR] * 6 + [("Accrobranche", "info@parc-vaudrey-aventure.fr")] * 2, README.format(park="Vaudrey"))
    _res, orgs = _orgs(r)
    assert orgs.get("parc-vaudrey-aventure.fr") == "organisation", orgs


def test_water_agencies_and_national_parks_domains_are_public():
    for d in ("eau-loire-bretagne.fr", "eaurmc.fr", "eau-seine-normandie.fr", "parcsnationaux.fr", "parc-amazonien-guyane.fr", "eptb-vilaine.fr"):
        assert domain_type(d)["type"] == "public", d
    for d in ("parc-asterix.fr", "parcauto.fr", "eau-minerale-exemple.fr"):  # near misses: firms
        assert domain_type(d)["type"] == "company", d


def test_a_public_share_under_half_a_per_cent_is_said_under_one(repo):
    # (Georiviere-admin: 3 of 834 commits from the park's domain, "public bodies made 0%" beside "public bodies < 1%")
    authors = [CONTRACTOR] * 201 + [("Thomas Agent", "t.agent@parc-haut-jura.fr")]
    r = repo([{"date": days_ago(900 - 2 * i), "author": a, "files": {**({"README.rst": README.format(park="Haut-Jura")} if i == 0 else {}),
                                                                   f"src/f{i}.py": f"X = {i}\n"}} for i, a in enumerate(authors)])
    res, _ = _orgs(r)
    assert "public bodies made < 1%" in res.message["en"] and "les organismes publics en font < 1 %" in res.message["fr"], res.message
