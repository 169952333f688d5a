"""Headings read by their body (issue 12, session 20 fixer f2, cases 2 and 5):
- "## Notes de développement" / "## Development notes" over what a developer should know of the code (a module's role, when the
  migrations run) was the installation section by its word "développement": such notes give the installation only when they give
  an install or a local run command;
- "## Hébergement" / "## Hosting" / "**Hébergement** :" over where the service is hosted and who operates it (a legal notice's
  "Hébergement de la plateforme": the host's name and address) was the deployment section: a heading naming only the place gives
  it only when its text tells how to deploy (commands, a linked guide, the steps, how releases go out).
Each with the counterpart that still counts."""

from __future__ import annotations

import pytest

from tests.test_readme_state_s12 import readme_fact

HEAD = "# Budget Commune\n\nBudget Commune aide les petites communes à suivre leurs dépenses et leurs recettes, poste par poste.\n\n"
NOTES = ("- Le module `fusion.py` rapproche les écritures importées de celles saisies à la main.\n"
         "- Les migrations de la base sont appliquées au démarrage, avant l'ouverture de la fenêtre principale.\n"
         "- Les écrans sont dans `ui/fenetres/`, un fichier par onglet.\n")


def _sections(tmp_path, text: str) -> dict:
    return {d["name"]: (d["via"], d["line"], d["text"]) for d in readme_fact(tmp_path, text)["section_details"]}


@pytest.mark.parametrize("heading", ["Notes de développement", "📝 Development notes", "Notes techniques de développement"])
def test_developers_notes_are_no_installation(tmp_path, heading):
    assert "install" not in _sections(tmp_path, HEAD + f"## {heading}\n\n" + NOTES)
    # counterparts: the same notes giving the install commands, or a local run, are the installation
    steps = NOTES + "\nPour travailler sur le code :\n\n```\npip install -e .\npython -m budget\n```\n"
    assert _sections(tmp_path / "steps", HEAD + f"## {heading}\n\n" + steps)["install"][:2] == ("heading", 5)
    run = NOTES + "\nLancez `python manage.py runserver` puis ouvrez http://localhost:8000.\n"
    assert "install" in _sections(tmp_path / "run", HEAD + f"## {heading}\n\n" + run)


def test_a_development_chapter_with_commands_is_still_the_installation(tmp_path):
    text = HEAD + "## Développement\n\n```\nnpm install\nnpm run dev\n```\n"
    assert _sections(tmp_path, text)["install"][:2] == ("heading", 5)


SITE = ("# Rénov Conseil\n\nRénov Conseil est le service qui aide les habitants à trouver un conseiller en rénovation près de chez eux.\n\n"
        "## Installation\n\n```\nnpm ci\n```\n\n")
PLACE = ("Le service est hébergé par Hébergeur Exemple SAS, 12 rue des Serveurs, 59000 Lille, et opéré par la fabrique numérique "
         "du ministère.\n")


@pytest.mark.parametrize("heading", ["## Hébergement", "## Hosting", "## Hébergement de la plateforme", "### Hosting rénov-conseil.example.fr"])
def test_where_the_service_is_hosted_is_no_deployment(tmp_path, heading):
    assert "deployment" not in _sections(tmp_path, SITE + f"{heading}\n\n" + PLACE)
    # counterparts: the same heading over the steps, a deploy command or the release flow is the deployment chapter
    steps = PLACE + "\nPour déployer, poussez la branche `main` sur le dépôt de l'hébergeur :\n\n```\ngit push hebergeur main\n```\n"
    assert _sections(tmp_path / "steps", SITE + f"{heading}\n\n" + steps)["deployment"][0] == "heading"
    flow = PLACE + "\nL'application est déployée automatiquement à chaque fusion dans `main`.\n"
    assert _sections(tmp_path / "flow", SITE + f"{heading}\n\n" + flow)["deployment"][0] == "heading"


def test_a_hosting_label_and_the_deployment_headings(tmp_path):
    label = SITE + "**Hébergement** : Hébergeur Exemple, région de Lille, opéré par la fabrique numérique.\n"
    assert "deployment" not in _sections(tmp_path, label)
    # a heading naming more than the place keeps the section: self-hosting, hosting and deployment, deployment
    for heading in ("## Self-hosting", "## Hébergement et déploiement", "## Déploiement"):
        assert "deployment" in _sections(tmp_path / heading[3:7], SITE + f"{heading}\n\n" + PLACE), heading
