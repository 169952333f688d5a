"""Placeholders are not secrets (issue 12, family 7): a committed .env of placeholders is a configuration
template, local development URLs are not credentials to revoke, templates under any usual name are seen."""

from __future__ import annotations

import pytest

from auditor.facts.files import is_env_template
from tests.test_reusability_fixtures import build, results, run_audit

ENV_OF_PLACEHOLDERS = (
    "DB_HOST=localhost\nDB_PASSWORD=YOURPASSWORD\nSECRET_KEY=changeme\nAPI_TOKEN=secret_token\nMAPBOX_KEY=xxx\n"
    "SMTP_PASSWORD=<mot de passe>\nS3_SECRET=${S3_SECRET}\nSENTRY_DSN=\nGEO_API_KEY=your-api-key\n"
)


def test_a_committed_env_of_placeholders_is_a_template_not_a_leak(tmp_path):
    path = build(tmp_path / "r", {
        ".env": ENV_OF_PLACEHOLDERS,
        "app/settings.py": "import os\nDB_PASSWORD = os.environ['DB_PASSWORD']\nSECRET_KEY = os.environ.get('SECRET_KEY')\n",
        "scripts/dev.sh": "#!/bin/sh\n# base locale de développement\npsql postgresql://carto:Sup3rS3cr3tDev@localhost:5432/carto -c 'select 1'\n"
                          "psql postgres://app:AnotherDevPass9@db:5432/app\n",
        "config/settings.py": "PASSWORD = 'YOURPASSWORD'\nAPI_KEY = \"your_api_key\"\nTOKEN = '<token>'\n",
        "web/localConfig.json": '{\n  "mapquestApiKey": "__API_KEY_MAPQUEST__",\n  "ldapPassword": "@ldap.password@"\n}\n',
    })
    r = results(run_audit(path, tmp_path / "c", ["reusability.secrets", "reusability.configuration"]))
    s = r["reusability.secrets"]
    assert s["status"] == "pass", s["message"]
    c = r["reusability.configuration"]
    assert ".env" in c["details"]["templates"]


def test_a_real_value_in_a_committed_env_is_still_a_leak(tmp_path):
    path = build(tmp_path / "r", {".env": ENV_OF_PLACEHOLDERS + "MAILJET_SECRET=8f3a9c2e71b04d5f9a6e\n"})
    s = results(run_audit(path, tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert s["status"] == "fail" and any(e.get("path") == ".env" and e.get("line") == 10 for e in s["evidence"])


@pytest.mark.parametrize("name", [".env.model", ".env.dist", ".env.sample", ".env.template", ".env.example", "app.env.example",
                                  "docker/.env.exemple", "example.env", ".env.local.example", "env.default"])
def test_configuration_templates_by_name(name):
    assert is_env_template(name)


@pytest.mark.parametrize("name", [".env", ".env.production", "src/environment.ts", "envoi.py"])
def test_not_templates(name):
    assert not is_env_template(name)
