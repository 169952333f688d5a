"""reusability.secrets on the passwords of test fixtures (issue 12, s45 fb45).

Real case: gestionsiteccsa/MediaBib, a Django application: its root conftest.py's pytest fixtures create a user and a
superuser with create_user(..., password="…") for the test client. detect-secrets' keyword hints on them were set aside as
"in tests" but still listed "to review: if it is a real secret, revoke it". A password a test fixture gives its throw-away
account is a test value: counted apart, nothing to review. Near miss: the same keyword hint in a document stays a hint."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

APP = {
    "README.md": "# Médiathèque\n\nGestion des prêts de la médiathèque.\n",
    "requirements.txt": "django==5.0\npytest-django==4.8\n",
    "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_app.settings')\n",
    "site_app/settings.py": "import os\n\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nINSTALLED_APPS = ['prets']\n",
    "prets/views.py": "from django.shortcuts import render\n\n\ndef index(request):\n    return render(request, 'index.html')\n",
    "conftest.py": ("import pytest\n\n\n@pytest.fixture\ndef lecteur_client(client, django_user_model):\n"
                    "    user = django_user_model.objects.create_user(\n"
                    "        username=\"lecteur\", email=\"lecteur@example.com\", password=\"lecteurpass42\"\n    )\n"
                    "    client.force_login(user)\n    return client\n"),
}


def test_a_fixtures_password_is_a_test_value_not_a_hint(tmp_path):
    _, res = kind_and_results(tmp_path, APP, ["reusability.secrets"])
    r = res["reusability.secrets"]
    assert r["status"] == "pass" and r["score"] == 10, r
    assert r["details"]["test_values"] == 1 and r["details"]["in_tests_or_docs"] == 0, r["details"]
    assert "to review" not in r["message"]["en"] and "test values, nothing to revoke" in r["message"]["en"]
    assert "valeurs de test" in r["message"]["fr"] and not r["evidence"]


def test_a_password_in_a_document_stays_a_hint_to_review(tmp_path):
    files = dict(APP)
    del files["conftest.py"]
    files["docs/deploiement.md"] = "# Déploiement\n\n```\nDB_USER=prets\npassword = \"Mediath3queProd\"\n```\n"
    _, res = kind_and_results(tmp_path, files, ["reusability.secrets"])
    r = res["reusability.secrets"]
    assert r["details"]["test_values"] == 0
    assert r["status"] == "pass" and r["score"] == 9 and "to review" in r["message"]["en"], r
