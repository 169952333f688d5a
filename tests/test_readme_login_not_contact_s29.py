"""An e-mail address given as the account to sign in with (a default administrator's login under "### Identifiants par défaut", or a
list item beside its password) is a value to type, nobody to reach: no contact (issue 12, s29 g29, reader s27 m19o3; shaped like a
commune CMS's README giving its demo login "Email: admin@mairie.fr" after the install steps)."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# CMS Mairie\n\nUn site web pour les communes, avec son espace d'administration.\n\n## Installation\n\n"
        "1. Cloner le dépôt\n2. Lancer `./scripts/install.sh`\n\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_a_default_login_under_its_heading_is_no_contact():
    found = _details(HEAD + "### Identifiants par défaut\n- Email: `admin@mairie.fr`\n- Password: `Admin123!`\n\n"
                            "⚠️ **Changez le mot de passe immédiatement!**\n\n## Fonctionnalités\n\n- Actualités\n")
    assert "contact" not in found, found.get("contact")


def test_a_login_beside_its_password_is_no_contact():
    found = _details(HEAD + "Pour tester :\n\n- Email : `demo@commune.fr`\n- Mot de passe : `demo`\n")
    assert "contact" not in found, found.get("contact")


def test_a_mailbox_to_write_to_stays_a_contact():
    found = _details(HEAD + "## Support\n\n- Email : `support@commune.fr` pour toute question\n- Téléphone : 01 02 03 04 05\n")
    assert found["contact"]["line"] > 0
