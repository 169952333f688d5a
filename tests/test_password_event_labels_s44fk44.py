"""reusability.secrets: an enumeration's member given its own name, or an event named for an action on the password, is a label, no
credential (issue 12, s44 fk44 = reader rf44's gestionsiteccsa/MediaBib).

A library system's audit log declares ``PASSWORD_CHANGE = 'password_change', 'Changement de mot de passe'`` (a Django TextChoices
member) and a severity map ``'password_reset': 'critical'``: "strings that look like a secret … to review". Near misses: a password
setting given a word (``PASSWORD = 'bibliotheque'``) and an action-named key given a random value keep their hint."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

CHOICES = ("from django.db import models\n\n\nclass Action(models.TextChoices):\n    LOGIN = 'login', 'Connexion'\n"
           "    PASSWORD_CHANGE = 'password_change', 'Changement de mot de passe'\n"
           "    PASSWORD_RESET = 'password_reset', 'Réinitialisation mot de passe'\n\n\n"
           "GRAVITE = {\n    'login_failed': 'critical',\n    'password_change': 'critical',\n    'password_reset': 'critical',\n}\n")


def _hits(tmp_path, text: str) -> list:
    r = sec(tmp_path, {"README.md": "# Médiathèque\n\nGestion de bibliothèque.\n", "audit/models.py": text})
    return [e.get("line") for e in r["evidence"] if e.get("path") == "audit/models.py"]


def test_enum_members_and_event_severities_are_no_secrets(tmp_path):
    assert _hits(tmp_path, CHOICES) == []


def test_near_miss_a_password_given_a_word_keeps_its_hint(tmp_path):
    assert _hits(tmp_path / "a", CHOICES + "\nPASSWORD = 'bibliotheque'\n")
    assert _hits(tmp_path / "b", CHOICES + "\npassword_reset = 'Xy7s8dkQ2'\n")
