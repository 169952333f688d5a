"""readme.demo and a site whose look the project copies (issue 12, s45 fk45 = reader rg45, s-manguy/grand-poitiers): README.md:44
says the chart was put "au sein d'une page reprenant très grossièrement l'aspect des pages du site grandpoitiers.fr" so as to see it
"une fois en ligne"; the authority's own site, named as the model of the page's look, was given as the project's demo
(documentation.readme-sections' demo signal). A host named after words saying the project copies its look is that model, not a
running copy. Near miss: "Le tableau de bord est en ligne sur …" keeps its demo. Written for the test."""

from __future__ import annotations

from auditor.facts.document import parse_document
from auditor.facts.readme_signals import find_signals

TITLE = "# Résultats des municipales\n\nGraphique des résultats du premier tour dans une commune, lus sur son portail de données.\n\n"
LOOK = TITLE + ("## Choix\n\nPour voir ce que le graphique donnerait une fois en ligne, je l'ai placé dans une page reprenant l'aspect "
                "des pages du site ville-exemple.fr, polices et couleurs comprises.\n")
INSPIRED = TITLE + "## Choix\n\nLe site de présentation est inspiré du site agglo-exemple.fr.\n"
ONLINE = TITLE + "## Démonstration\n\nLe tableau de bord est en ligne sur tableau-resultats.fr pour les électeurs.\n"


def test_a_site_whose_look_the_page_copies_is_no_demo():
    assert find_signals(parse_document(LOOK, "markdown"))["demo"] is None  # was https://ville-exemple.fr, line 7
    assert find_signals(parse_document(INSPIRED, "markdown"))["demo"] is None


def test_a_host_the_project_runs_on_stays_the_demo():  # (near miss)
    demo = find_signals(parse_document(ONLINE, "markdown"))["demo"]
    assert demo and demo["url"] == "https://tableau-resultats.fr", demo
