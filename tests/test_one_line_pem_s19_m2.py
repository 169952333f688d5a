"""Session 19 (m2, reader d1's SaugetMarc/couthenans.fr): a Google service account's JSON committed with its key masked
("private_key_id": "XXXX", "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvAIBADANBgXXXXQ7X…==\\n-----END PRIVATE KEY-----\\n",
forty characters where a key has over a thousand) was "1 probable secret: revoke and remove it". A PEM block written on one line
with escaped newlines is now read as the multi-line ones are: elided (XXXX, "…") or under 64 base64 characters, an example."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

SITE = {"_config.yml": "title: Commune exemple\nurl: https://www.exemple.fr\n", "index.html": "---\nlayout: default\n---\n<h1>Accueil</h1>\n"}


def _account(key: str) -> str:
    return json.dumps({"type": "service_account", "project_id": "agenda-123456", "private_key_id": "XXXX", "private_key": key,
                       "client_email": "agenda@agenda-123456.iam.gserviceaccount.com"}, indent=2) + "\n"


def test_a_masked_one_line_key_is_no_secret(tmp_path):
    key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgXXXXR8YHdkdd8cLoz2St4spx==\n-----END PRIVATE KEY-----\n"
    sec = judge(tmp_path, {**SITE, "_includes/agenda-123456-0a1b2c.json": _account(key)}, ["reusability.secrets"])[1]["reusability.secrets"]
    assert "Private Key" not in json.dumps(sec["evidence"]), sec


def test_a_whole_one_line_key_still_is(tmp_path):
    body = "\n".join("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Vb2mN4Lp" + c * 4 for c in "ABCDEFGHIJKLMNOP")
    key = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n"
    sec = judge(tmp_path, {**SITE, "_includes/agenda-123456-0a1b2c.json": _account(key)}, ["reusability.secrets"], name="k")[1]["reusability.secrets"]
    assert "Private Key" in json.dumps(sec["evidence"]), sec
