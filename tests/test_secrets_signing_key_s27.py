"""A Python settings module's SECRET_KEY given as a literal (issue 12, s27 x27 = s27 measure 18 o2, airpaca/carinev3): Django's
generator draws from "!@#$%^&*(-_=+)" too, and detect-secrets' keyword rule never reads a value opening on one of those, so a
production settings.py's signing key passed "No secret detected"."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

SETTINGS = ("import os\n\n# SECURITY WARNING: keep the secret key used in production secret!\n"
            "SECRET_KEY = '{key}'\n\n# SECURITY WARNING: don't run with debug turned on in production!\nDEBUG = True\n"
            "ALLOWED_HOSTS = ['*']\n")


def _app(key: str, settings: str = "carine/settings.py") -> dict:
    return {"README.md": "# Carine\n\nCartes de qualité de l'air.\n", "requirements.txt": "Django==1.11.1\n",
            "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'carine.settings')\n",
            settings: SETTINGS.format(key=key)}


def _secrets(tmp_path, files: dict, name: str) -> dict:
    report = run(build(tmp_path / name, files), tmp_path / (name + "-cache"), sponsor="local-authority", only=["reusability.secrets"])
    return results(report)["reusability.secrets"]


def test_a_generated_key_opening_on_a_symbol_is_a_probable_secret(tmp_path):
    res = _secrets(tmp_path, _app("!kq7tmr+xnd63ep!%qz$22bvl08)3b)r9i88ju!#d6ed-d$(w4"), "symbol")
    assert res["status"] == "fail", res
    assert res["details"]["strong"] == 1, res
    assert res["evidence"][0]["path"] == "carine/settings.py" and res["evidence"][0]["line"] == 4, res


def test_a_generated_key_opening_on_a_letter_is_one_probable_secret(tmp_path):
    res = _secrets(tmp_path, _app("q8!kq7tmr+xnd63ep!%qz$22bvl08)3b)r9i88ju#d6ed-d$(w4"), "letter")
    assert res["status"] == "fail" and res["details"]["strong"] == 1 and res["details"]["weak"] == 0, res  # (one finding for the line)


def test_placeholders_and_throwaway_keys_keep_their_verdicts(tmp_path):
    files = _app("${SECRET_KEY}")
    for n, key in enumerate(("changeme", "this-is-not-a-secret-key-for-dev", "django-insecure-@3rjfjbnt85l*c$)j)c55w-!%0ez(v9vu4e")):
        files[f"app{n}/settings.py"] = SETTINGS.format(key=key)
    res = _secrets(tmp_path, files, "placeholders")
    assert res["status"] == "pass", res


def test_a_local_settings_key_is_a_hint_only(tmp_path):
    res = _secrets(tmp_path, _app("!kq7tmr+xnd63ep!%qz$22bvl08)3b)r9i88ju!#d6ed-d$(w4", "carine/settings/dev.py"), "dev")
    assert res["status"] != "fail", res
    assert res["details"]["strong"] == 0, res
