"""reusability.secrets (issue 12, session 33, measure 27 reader m27o1; s33 t33): a GeoDjango application's settings
(config/settings/base.py and production.py) hard-code DATABASES {"USER": "postgres", "PASSWORD": "<32 random letters>",
"HOST": "<name>.proxy.rlwy.net", "PORT": "35213"}: the hosted database's credentials. detect-secrets saw only a high-entropy
string and the check passed with "strings to review". A literal password beside its account's name and a host named on the
Internet is a probable secret (fail). The same dict towards localhost, with the password read from the environment, or towards a
placeholder host stays as it was."""

from __future__ import annotations

from tests.test_secrets_local_account_default_s33a33 import run as audit_secrets

FAKE = "OFfFynwrWanloXgdtihuPgETZlIHFQML"  # (random letters made for this test)
MANAGE = "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings.base')\n"


def settings(host: str, password: str) -> str:
    return ('from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nDEBUG = False\n\n'
            '# Base de données PostgreSQL + PostGIS\nDATABASES = {\n    "default": {\n        "ENGINE": "django.contrib.gis.db.backends.postgis",\n'
            f'        "NAME": "railway",\n        "USER": "postgres",\n        "PASSWORD": {password},\n        "HOST": "{host}",\n'
            '        "PORT": "35213",\n    }\n}\n')


def run(tmp_path, host: str, password: str, name: str) -> dict:
    return audit_secrets(tmp_path, {"backend/manage.py": MANAGE, "backend/config/settings/base.py": settings(host, password)}, name=name)


def test_a_literal_password_towards_a_hosted_database_is_a_probable_secret(tmp_path):
    r = run(tmp_path, "thomas.proxy.rlwy.net", f'"{FAKE}"', "hosted")
    assert r["status"] == "fail", r["message"]  # was pass: 1 string to review
    assert ("backend/config/settings/base.py", 12) in [(e.get("path"), e.get("line")) for e in r["evidence"]], r["evidence"]
    assert FAKE not in str(r)


def test_localhost_a_placeholder_host_or_an_environment_read_stay_as_they_were(tmp_path):
    for name, host, password in (("local", "localhost", f'"{FAKE}"'), ("placeholder", "db.example.com", f'"{FAKE}"'),
                                 ("env", "thomas.proxy.rlwy.net", 'os.environ.get("DB_PASSWORD", "")')):
        r = run(tmp_path, host, password, name)
        assert r["status"] != "fail", (name, r["message"])
