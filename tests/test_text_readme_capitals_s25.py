"""A plain-text README.TXT whose titles are lines in capitals (issue 12, session 25 reader o3, omigeot/SIG-CCPO C2): "INSTALLATION",
"CONFIGURATION", "NOTES DIVERSES" stood alone between blank lines and were read as paragraphs, so the README had no chapter and its
sections fell back to sentences. Such a line, standing alone (between blank lines or above a list), is a title; a sentence in
capitals inside a paragraph, or a warning ending with "!", is none."""

from __future__ import annotations

from auditor.facts.readme import analyse

README = """OUTIL DE CARTOGRAPHIE

Application web de consultation du cadastre pour les communes de la communauté.

INSTALLATION

* Copier le dossier application dans la racine du serveur Apache.
* Créer la base avec le script base.sql puis lancer install.php.

CONFIGURATION

Les paramètres de connexion se règlent dans conf/config.php (hôte, base, utilisateur).

NOTES DIVERSES

Le serveur cartographique doit être accessible depuis le serveur web.
"""


def test_titles_in_capitals_are_the_readmes_chapters():
    a = analyse(README, "README.TXT")
    heads = [(h["text"], h["line"]) for h in a["headings"]]
    assert ("INSTALLATION", 5) in heads and ("CONFIGURATION", 10) in heads and ("NOTES DIVERSES", 14) in heads, heads
    found = {d["name"]: d for d in a["section_details"]}
    assert found["install"]["via"] == "heading" and found["install"]["line"] == 5, a["section_details"]
    assert found["configuration"]["via"] == "heading" and found["configuration"]["line"] == 10, a["section_details"]


def test_a_sentence_in_capitals_inside_a_paragraph_is_no_title():
    text = ("Outil de cartographie.\n\nCet outil est fourni tel quel.\nNE PAS UTILISER EN PRODUCTION\nsans avoir relu la configuration.\n\n"
            "ATTENTION CODE EXPERIMENTAL !\n\nLa suite du texte.\n")
    a = analyse(text, "README.TXT")
    assert a["headings"] == [], a["headings"]
