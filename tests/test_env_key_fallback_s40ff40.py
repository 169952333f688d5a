"""reusability.secrets (issue 12, s40 ff40 = reader re40's govpf/pgsync-wrapper): a Flask control API reads its API key as
``os.environ.get('API_KEY', '<32 random characters>')``: every deployment that does not set API_KEY accepts the key published with
the code, and detect-secrets' entropy threshold missed it ("No secret detected"). Rule: the literal fallback of an environment read
of a key-, token- or secret-named variable that looks random (16+ characters of a key's alphabet, letters and digits, no words) is
a committed secret. Near misses: fallbacks 'changeme', 'dev-key', '' and a short word stay placeholders; a variable naming where
the key is (API_KEY_FILE) or a public key (SITE_KEY) is no key."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

FAKE_KEY = "Qm7rTz" + "Lp2Vw9Xk4NbHc8Js" + "Fd3Ga6Ye"  # (random-looking, written for this test)


def _app(fallback: str, name: str = "API_KEY") -> dict:
    return {"app.py": ("import os\n\nfrom flask import Flask, abort, request\n\napp = Flask(__name__)\n\n\n"
                       "def authorised():\n    \"\"\"The request carries the control key.\"\"\"\n"
                       f"    key = os.environ.get('{name}', '{fallback}')\n"
                       "    return request.headers.get('X-API-Key') == key\n\n\n@app.post('/kill')\ndef kill():\n"
                       "    \"\"\"Stop the sync.\"\"\"\n    if not authorised():\n        abort(401)\n    return 'ok'\n"),
            "requirements.txt": "flask==3.0.3\n", "README.md": "# Sync control\n\nStarts and stops the sync.\n"}


def _found(r: dict) -> list:
    return [e for e in r.get("evidence") or [] if e.get("path") == "app.py"]


def test_a_random_fallback_of_an_api_key_read_is_a_committed_secret(tmp_path):
    r = sec(tmp_path, _app(FAKE_KEY))
    assert r["status"] in ("fail", "warn") and _found(r), r["message"]


def test_a_shell_default_of_a_token_read_is_one_too(tmp_path):
    files = {"run.sh": f"#!/bin/sh\nexport SYNC_TOKEN=${{SYNC_TOKEN:-{FAKE_KEY}}}\nexec python app.py\n", "README.md": "# Sync\n"}
    r = sec(tmp_path, files)
    assert [e for e in r.get("evidence") or [] if e.get("path") == "run.sh"], r["message"]


def test_near_miss_placeholder_fallbacks_stay_placeholders(tmp_path):
    for i, fallback in enumerate(("changeme", "dev-key", "", "secret", "my-sync-token-2024")):
        r = sec(tmp_path / str(i), _app(fallback))
        assert not _found(r), (fallback, r["message"])


def test_near_miss_a_keys_file_or_a_public_site_key_is_no_key(tmp_path):
    for i, name in enumerate(("API_KEY_FILE", "RECAPTCHA_SITE_KEY")):
        r = sec(tmp_path / str(i), _app(FAKE_KEY, name))
        assert not _found(r), (name, r["message"])
