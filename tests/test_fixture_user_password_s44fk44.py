"""reusability.secrets: a pytest fixture's password for a user of the throw-away test database is a test value, nothing to revoke
(issue 12, s44 fk44 = reader rf44's gestionsiteccsa/MediaBib).

A Django project's root conftest.py creates its test users (``django_user_model.objects.create_user(username="testuser", …,
password="testpass123")``, ``create_superuser(…, password="adminpass123")``): "Probable secret (detected type): revoke and remove
it". A test's user, in the throw-away test database, is no probable secret (a hint at most). Near miss: the same account created by
the application's own code (a command creating the site's administrator) stays a probable secret."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

CONFTEST = ("import pytest\n\n\n@pytest.fixture\ndef authenticated_client(client, django_user_model):\n"
            "    user = django_user_model.objects.create_user(\n        username=\"testuser\", email=\"testuser@example.com\", password=\"testpass123\"\n    )\n"
            "    client.force_login(user)\n    return client\n\n\n@pytest.fixture\ndef admin_client(client, django_user_model):\n"
            "    admin_user = django_user_model.objects.create_superuser(\n        username=\"admin\", email=\"admin@example.com\", password=\"adminpass123\"\n    )\n"
            "    client.force_login(admin_user)\n    return client\n")


def _notes(tmp_path, text: str, path: str = "conftest.py") -> list:
    r = sec(tmp_path, {"README.md": "# Médiathèque\n\nGestion de bibliothèque.\n", path: text,
                       "app/views.py": "def index(request):\n    return None\n"})
    return [(e.get("line"), (e.get("note") or {}).get("en", "")) for e in r["evidence"] if e.get("path") == path]


def test_a_fixture_users_password_is_no_probable_secret(tmp_path):
    notes = _notes(tmp_path, CONFTEST)
    assert not any("revoke and remove" in n for _, n in notes), notes


def test_near_miss_the_same_account_created_by_the_application_stays_probable(tmp_path):
    command = CONFTEST.replace("import pytest\n", "import pytest  # (kept for the fixtures' shape)\n")
    notes = _notes(tmp_path, command, "app/management/commands/creer_comptes.py")
    assert any("revoke and remove" in n for _, n in notes), notes
