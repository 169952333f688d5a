"""A sentence announcing the steps below it ("Si vous souhaitez installer et configurer X localement, suivez les étapes suivantes :")
points to the README's own text: the configuration it names beside the installation counts only when a step sets something
(issue 12, s22 b2 case 1, reader s21 m2; shaped like a regional GIS platform's dashboard README whose optional install chapter
lists prerequisites and stops after `git clone` and `cd`)."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# tableau-foncier\n\n## Description\n\nTableau de bord régional de suivi de la consommation d'espaces, alimenté par des "
        "traitements SQL.\n\n## Installation (optionnel)\n\nSi vous voulez installer et configurer le tableau de bord sur votre poste, "
        "suivez les étapes suivantes :\n\n### Prérequis\n\n- PostgreSQL 15\n- Superset 4\n\n### Étapes\n\n1. **Cloner le dépôt** :\n"
        "   ```bash\n   git clone https://exemple.org/tableau-foncier.git\n   cd tableau-foncier\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_steps_that_set_nothing_give_no_configuration():
    found = _details(HEAD + "   ```\n")
    assert "configuration" not in found  # was claimed from the announcing sentence alone
    assert found["install"]["via"] == "heading"


def test_a_step_that_sets_the_settings_gives_the_configuration():
    found = _details(HEAD + "   ```\n2. **Renseigner les accès** : copier `superset_config.example.py` en `superset_config.py` et y mettre "
                            "l'adresse de la base.\n")
    assert found["configuration"]["via"] == "sentence"


def test_a_step_setting_an_environment_variable_gives_the_configuration():
    found = _details(HEAD + "   ```\n2. Définir l'accès à la base :\n   ```bash\n   PGHOST=localhost\n   ```\n")
    assert "configuration" in found


def test_a_sentence_pointing_to_another_document_is_unchanged():
    text = HEAD.replace("suivez les étapes suivantes :", "suivez le guide [docs/mise-en-place.md](docs/mise-en-place.md).") + "   ```\n"
    assert "configuration" in _details(text)


def test_the_announced_install_steps_still_give_the_installation():
    text = ("# outil-export\n\nExport des données du cadastre vers un tableur pour les services d'urbanisme.\n\n"
            "Pour installer l'outil, suivez les étapes ci-dessous :\n\n1. Télécharger l'archive de la dernière version.\n"
            "2. La décompresser dans le dossier de votre choix.\n")
    assert "install" in _details(text)
