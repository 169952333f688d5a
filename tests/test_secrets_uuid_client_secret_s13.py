"""reusability.secrets (issue 12, s12 reads): an OAuth client secret issued as a UUID (a gateway's JSON settings
``"X_CLIENT_SECRET": "<uuid>"`` beside its client id) is a committed credential; detect-secrets drops every UUID as an
identifier. The client id, an all-zero UUID and a UUID under another name stay out."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
README = "# Passerelle\n\nEnvoie les dossiers à la plateforme nationale.\n"
SETTINGS = ('{{\n    "gateway.options": {{\n        "GW_CLIENT_ID": "5d0e7a21-93c4-4f1b-8a62-0c9b7e3f4d18",\n'
            '        "GW_CLIENT_SECRET": "{secret}",\n        "GW_ACTOR": "ABC-123"\n    }},\n'
            '    "db.options": {{\n        "DB_HOST": "db.exemple.net",\n        "DB_PORT": 3306\n    }}\n}}\n')


def sec(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_uuid_client_secret_in_settings_is_a_secret(tmp_path):
    r = sec(tmp_path, {"gateway/config_prod.json": SETTINGS.format(secret="b81f4c2e-6a7d-4e05-9c3b-2f8e1d7a6c94"), "README.md": README})
    assert r["status"] == "fail", r["message"]
    assert [(e["path"], e["line"]) for e in r["evidence"] if e.get("path")] == [("gateway/config_prod.json", 4)], r["evidence"]


def test_an_all_zero_uuid_and_the_client_id_are_no_secret(tmp_path):
    r = sec(tmp_path, {"gateway/config_prod.json": SETTINGS.format(secret="00000000-0000-0000-0000-000000000000"), "README.md": README})
    assert r["status"] == "pass", r["message"]
    assert not [e for e in r["evidence"] if e.get("path")], r["evidence"]
