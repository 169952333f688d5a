"""readme.demo (issue 12, s43 ft43 = reader re42, ISPF/Truc): a user group's sessions, whose README says "Démonstration de
l'utilisation de ces packages en utilisant des données de cartographie disponibles en [open data](<a data portal's organisation
page>)", gave that page as "a link to the live service or a demo". A data portal's page of a publisher or a data set, linked with a
label naming data, is where the data comes from, never a running copy of the project. Once it was left, the next link taken was
another's Shiny app the README shows "à titre d'illustration pour montrer ce qu'on peut faire avec shiny": an illustration of
what a tool can do is someone else's example, no demo of the project either. Near misses: a data portal's page linked as the
portal's demo, and the project's own app online in the same kind of paragraph, stay the demo. Written for the test."""

from __future__ import annotations

from auditor.facts.document import parse_document
from auditor.facts.readme_signals import find_signals
from tests.test_reusability_fixtures import build, results, run_audit

SESSIONS = ("# Bienvenue au club R du lagon\n\nLe club se réunit chaque mois pour échanger sur R.\n\n"
            "## Cartographie\n\nDémonstration de l'utilisation de ces packages en utilisant des données de cartographie disponibles "
            "en [open data](https://www.data.gouv.fr/fr/organizations/institut-statistique-exemple/) pour la réalisation de carte :\n\n"
            "- leaflet\n- sf\n\n"
            "### ZOOM - Shiny app pour l'analyse de listes\n"
            "Démonstration de l'application ZOOM à titre d'illustration pour montrer ce qu'on peut faire avec shiny.\n"
            "[Lien vers l'appli](http://labo-exemple.org/shiny/zoom)\n")
PORTAL_DEMO = ("# Portail de données\n\nUn portail de données ouvertes pour les communes.\n\n"
               "Démonstration : [la démo du portail](https://demo.portail-exemple.fr/fr/datasets/arbres/).\n")
OWN_APP = ("# Club R du lagon\n\nDémonstration de notre application en ligne pour suivre les enquêtes.\n"
           "[Lien vers l'appli](https://club-exemple.shinyapps.io/suivi/)\n")


def demo(text):
    return find_signals(parse_document(text, "markdown"))["demo"]


def test_a_data_portals_organisation_page_and_an_illustration_are_no_demo():
    assert demo(SESSIONS) is None


def test_near_miss_a_portals_page_linked_as_its_demo_and_the_projects_own_app_stay():
    assert (demo(PORTAL_DEMO) or {}).get("url") == "https://demo.portail-exemple.fr/fr/datasets/arbres/"
    assert (demo(OWN_APP) or {}).get("url") == "https://club-exemple.shinyapps.io/suivi/"


def test_readme_sections_no_longer_counts_a_demo(tmp_path):
    files = {"README.md": SESSIONS, "S01/carte.R": "library(sf)\nlibrary(leaflet)\nx <- 1\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme-sections"]))["documentation.readme-sections"]
    assert not any("demo" in (e.get("value") or {}) for e in r["evidence"] if isinstance(e.get("value"), dict)), r["evidence"]
