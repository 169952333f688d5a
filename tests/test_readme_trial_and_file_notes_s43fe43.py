"""A README's description is what the project is, not a note on where a style file lives nor a first commit's trial (issue 12, s43 fe43,
reader rb43). Guklam/Echinghen: "# Site de la mairie d'…", then "## Liste des pages à créer" and "## Modifier les images/backgrounds"
with the bullet "Fichier sass : **main.scss** (Composants dans le dossier components)", taken as the description; the title says what
the project is. Villebon-Sur-Yvette/Projet-catalogue-PHP: README.txt "test / salut / Test pour voir si GitHub fonctionne sur mon ordi!
Croisons les doigts !", taken as the purpose. Near misses: a sentence right under the same title saying what the site does stays the
description; a sentence saying what a catalogue is for stays the purpose.

The files are written for these tests, in the shape of the real repositories named above."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

INDEX = "<?php include 'includes/Head.php'; ?>\n<main><h2>Bienvenue</h2></main>\n"
SITE = ("# Site de la mairie de Bourg-les-Tests\n\n## Liste des pages à créer\n\nPlan du site : <https://example.org/plan.html>\n\n"
        "## Modifier les images/backgrounds\n\n* Fichier sass : **main.scss** (Composants dans le dossier components)\n"
        "* Background : **main.scss** / main.css -> $background\n* Couleurs: **_colors.scss** / main.css\n\n## Base de données\n\n"
        "Nom de la bdd : **bourg**\n\n* news\n  * id\n  * titre_article\n\nConfiguration à changer si besoin dans le dossier **config/Config.php**\n")
TRIAL = "test\n\nsalut\n\nTest pour voir si GitHub fonctionne sur mon ordi!\nCroisons les doigts !\n\nun autre essai !!\n"


def _report(tmp_path, readme: str, name: str, readme_name: str = "README.md") -> dict:
    files = {readme_name: readme, "index.php": INDEX, "includes/Head.php": "<title>Accueil</title>\n"}
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", ["documentation.readme", "documentation.readme-sections"])


def test_a_bullet_on_a_style_file_is_no_description_the_title_is(tmp_path):
    readme = _report(tmp_path, SITE, "site")["facts"]["readme"]
    assert readme["description"] is not None and readme["description"]["line"] == 1, readme["description"]


def test_a_sentence_under_the_same_title_stays_the_description(tmp_path):
    own = SITE.replace("\n\n## Liste", "\n\nCe site présente aux habitants les actualités, l'agenda et les démarches de la commune de Bourg-les-Tests.\n\n## Liste", 1)
    readme = _report(tmp_path, own, "own")["facts"]["readme"]
    assert readme["description"]["line"] == 3 and readme["description"]["first"], readme["description"]


def test_a_trial_of_the_forge_is_no_purpose(tmp_path):
    report = _report(tmp_path, TRIAL, "trial", "README.txt")
    readme = report["facts"]["readme"]
    assert readme["description"] is None and "purpose" not in readme["sections"], readme["section_details"]
    assert "purpose" in results(report)["documentation.readme-sections"]["details"].get("missing", [])


def test_a_sentence_on_what_the_catalogue_is_for_stays_the_purpose(tmp_path):
    own = TRIAL.replace("un autre essai !!", "Ce catalogue en ligne permet de chercher les livres de la bibliothèque municipale et de les réserver.")
    readme = _report(tmp_path, own, "own2", "README.txt")["facts"]["readme"]
    assert "purpose" in readme["sections"], readme["section_details"]
