"""documentation.readme-sections (issue 12, s37 ff37 = OPEN-ENT-NG/homework-assistance): the ENT module's README opens on "# À
propos de l'application Demande d'aide aux devoirs" over its credits (Licence, Développeur(s) : CGI, Financeur(s) : Région …), and
the word "aide" of the application's name made the heading a contact chapter: "Sections found: …, contact" with no person,
address or tracker to reach. The words after "À propos de" / "About" name the subject presented; a help word among them is its
name. "À propos de l'équipe" (people words) and a chapter headed "Besoin d'aide ?" stay contact chapters."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.readme_headings import heading_sections
from tests.gitrepo import make_repo

CID = "documentation.readme-sections"
CREDITS = ("* Licence : [AGPL v3](http://www.gnu.org/licenses/agpl.txt) - Copyright Région\n* Développeur(s) : Une Entreprise\n"
           "* Financeur(s) : Région\n* Description : Application d'envoi de demandes d'aide aux devoirs\n\n"
           "# Documentation technique\n## Configuration du module\n\nDéclarer le module dans `external-modules` avec sa clé `kiamo_key`.\n\n"
           "# Présentation du module\n\nL'application permet aux élèves d'envoyer des demandes d'aide aux devoirs, rappelés par un "
           "centre d'appels.\n\n## Fonctionnalités\n\n - Définir les jours d'ouverture\n - Envoyer un formulaire\n")


def run(tmp_path, readme: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": readme, "src/main/java/fr/exemple/Aide.java": "class Aide {}\n"},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID)


def test_an_about_title_naming_a_help_application_is_no_contact(tmp_path):
    r = run(tmp_path, "# À propos de l'application Demande d'aide aux devoirs\n" + CREDITS)
    assert "contact" in r["message"]["en"].split("missing:")[1], r["message"]


def test_a_help_chapter_with_an_address_stays_contact(tmp_path):
    r = run(tmp_path, "# À propos de l'application Demande d'aide aux devoirs\n" + CREDITS
            + "\n# Besoin d'aide ?\n\nÉcrivez à support@exemple.fr ou ouvrez un ticket.\n")
    assert "contact" in r["message"]["en"].split("missing:")[0], r["message"]


@pytest.mark.parametrize("heading,contact", [("À propos de l'application Demande d'aide aux devoirs", False), ("About the Help Desk app", False),
                                             ("À propos de l'équipe", True), ("About the authors", True), ("Besoin d'aide ?", True),
                                             ("Support", True)])
def test_heading_words(heading, contact):
    assert ("contact" in heading_sections(heading)) is contact
