"""documentation.readme-sections: a README's team list is no purpose, and a sentence telling to run the package manager's install
command is installation, not usage (issue 12, s45 fh45 = reader re45's ClLabart/calendrier-mairie-rosiere).

Under the title, "Groupe composé de <four names>" was taken as the project's purpose (then, once set aside, "Les livrables se
trouvent dans le dossier …", a pointer to a folder, then the install sentence), and "Pour initialiser composer il faut
utiliser composer "install --ignore-platform-reqs"" as its usage, while installation was called missing (and reusability.install
said "written instructions: no"). Near misses: a sentence saying what the application does stays its purpose; "Pour consulter les
événements, il faut utiliser la page Calendrier" stays usage."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "documentation.readme-sections"
BASE = {"composer.json": '{"require": {"symfony/framework-bundle": "6.1.*", "twig/twig": "^3.0"}}\n',
        "src/Controller/AccueilController.php": "<?php\nnamespace App\\Controller;\n\nclass AccueilController\n{\n}\n",
        "templates/accueil.html.twig": "{% extends 'base.html.twig' %}\n{% block body %}<h1>Agenda</h1>{% endblock %}\n"}


def _found(tmp_path, readme, tag):
    r = judge(tmp_path, {**BASE, "README.md": readme}, [CID], name=tag)[1][CID]
    return {e["value"]["section"]: e["value"]["text"] for e in r["evidence"] if e.get("kind") == "found" and isinstance(e.get("value"), dict)
            and "section" in e["value"]}


def test_a_team_list_is_no_purpose_and_an_install_command_is_installation(tmp_path):
    readme = ("# agenda-commune\nGroupe composé de Jeanne Martin, Paul Durand, Léa Petit et Hugo Bernard\n\n"
              "Les livrables se trouvent dans le dossier \"livrables/\"\n\n"
              "Pour initialiser composer il faut utiliser composer \"install --ignore-platform-reqs\"\n")
    found = _found(tmp_path, readme, "team")
    assert not any(w in found.get("purpose", "") for w in ("Groupe composé", "livrables", "composer")), found
    assert "usage" not in found and "install" in found, found


def test_near_miss_a_description_stays_purpose_and_a_use_stays_usage(tmp_path):
    readme = ("# agenda-commune\nApplication de calendrier des événements et d'actualités de la commune.\n\n"
              "Pour consulter les événements, il faut utiliser la page Calendrier du site.\n")
    found = _found(tmp_path, readme, "use")
    assert found.get("purpose", "").startswith("Application de calendrier"), found
    assert "usage" in found, found
