"""README facts of State repositories (issue 12, s31 a31): a sentence saying where the description is ("A complete description of the
methodology and results can be found in the article …") is no description, nor is a paragraph on what one folder holds ("Dans le
répertoire `notebooks`, le notebook … permet …"); a showcase site's notes on editing its use-case pages ("#### Editer les cas d'usage",
"Pour ajouter un cas d'usage il suffit de créer un nouveau fichier dans le dossier `_use_cases`") are no usage of the project."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _section(result, name):
    return next((d for d in result["section_details"] if d["name"] == name), None)


def test_a_pointer_to_the_description_is_no_description():
    text = ("# Open Access Monitoring for France\n\n"
            "A complete description of the methodology and results can be found in the article <https://hal.example.org/hal-02141819>\n\n"
            "## Réaliser une déclinaison locale du baromètre\n\n"
            "Dans le répertoire `notebooks`, le notebook Jupyter `OA_perimetre.ipynb` (en python) permet, à partir d'une liste de DOI déjà "
            "constituée, d'enrichir ces DOI avec les métadonnées de l'API Unpaywall et de produire les graphiques du baromètre pour un périmètre "
            "local, un établissement ou un laboratoire, sans reprendre toute la chaîne de traitement nationale décrite plus bas.\n")
    result = analyse(text, "README.md")
    assert result["description"] is None, result["description"]
    assert _section(result, "purpose") is None


def test_a_description_naming_its_presentation_stays():
    text = ("# Présentation\n\nLa présentation assistée par ordinateur est un outil de diaporama pour les agents, "
            "qui produit des supports aux couleurs de la collectivité.\n")
    assert analyse(text, "README.md")["description"]["line"] == 3


def test_editing_the_use_case_pages_is_no_usage():
    text = ("# Website for API Entreprise\n\n## Local serve\n\n`bundle exec jekyll serve`\n\n## Édition du contenu\n\n"
            "### Ajouter des éléments\n\n#### Editer les cas d'usage\n\n"
            "Une liste des cas d'usage est disponible à la page \"Cas d'usage\" accessible depuis l'en-tête du site ou à l'url `/cas_usage/`.\n\n"
            "##### Fichiers sources\n\n"
            "Pour ajouter un cas d'usage il suffit de créer un nouveau fichier avec dans le dossier `\\_use_cases`, par exemple "
            "`\\_use_cases/marches_publics.md`.\n")
    assert _section(analyse(text, "README.md"), "usage") is None


def test_a_usage_chapter_and_a_use_how_to_stay():
    text = ("# Outil\n\nOutil de calcul des indicateurs de la collectivité à partir des fichiers fonciers.\n\n## Cas d'usage\n\n"
            "- Suivre la consommation d'espace\n\n## Utilisation\n\n"
            "Pour lancer les calculs, il suffit de remplir le fichier de paramètres puis d'exécuter le script principal.\n")
    usage = _section(analyse(text, "README.md"), "usage")
    assert usage is not None and usage["via"] == "heading"
    text = ("# Outil\n\nOutil de calcul des indicateurs de la collectivité à partir des fichiers fonciers.\n\n"
            "Pour lancer les calculs, il suffit de remplir le fichier de paramètres puis d'exécuter le script principal, par exemple\n")
    assert _section(analyse(text, "README.md"), "usage") is not None
