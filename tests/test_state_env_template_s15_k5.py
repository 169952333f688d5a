"""A committed .env of placeholders is the configuration template (issue 12 §7; session 15, readers' r3 W2, W6 and h5's
aides-territoires-symfony): the files fact's env_template and reusability.configuration name the same file.

- a Vite front end commits .env with every key empty (VITE_…=): the template;
- a Bun back office commits .env whose secrets are masks of underscores ("________", a token's "____.____.____"), beside
  localhost URLs and an OpenID client's signing algorithm (…_ID_TOKEN_SIGNED_RESPONSE_ALG="ES256"): the template, and no
  secret committed;
- a Symfony application's .env of defaults (its recipe's random APP_SECRET in it) is the template the check names, not the
  PHP-FPM pool file its container copies;
- the answers of a mock server (mocks/…/mockserverInitialization.json, mounted by mocks/docker-compose.mocks.yaml) are no
  settings template."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID, SECRETS = "reusability.configuration", "reusability.secrets"


def audit(tmp_path, files: dict, checks=(CID,)) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", list(checks))


VITE = {"README.md": "# Suivi\n\n## Configuration\n\nThe configuration of the application can be modified in the .env file.\n",
        "package.json": '{"name": "suivi", "scripts": {"dev": "vite"}, "devDependencies": {"vite": "^5.0.0"}}',
        "index.html": "<div id=\"root\"></div>\n",
        "src/main.tsx": "const mode = import.meta.env.VITE_AUTH_MODE;\nconst api = import.meta.env.VITE_API_URL;\nexport { mode, api };\n",
        ".env": "VITE_AUTH_MODE=\nVITE_API_URL=\nVITE_OIDC_CLIENT_ID=\n"}


def test_a_committed_env_of_empty_values_is_the_template(tmp_path):
    report = audit(tmp_path, VITE)
    assert report["facts"]["files"]["env_template"] == ".env"
    assert results(report)[CID]["details"]["templates"][0] == ".env"
    # counterpart: a committed .env holding a real secret is a machine's own values, no template
    own = {**VITE, ".env": "VITE_AUTH_MODE=oidc\nVITE_API_URL=https://api.example.org\nVITE_OIDC_CLIENT_SECRET=9fK2mQ7xLp4Rt8Vw\n"}
    assert audit(tmp_path / "own", own)["facts"]["files"]["env_template"] is None


MASKED = ("AGENTCONNECT_OIDC_CLIENT_ID=\"____-____-____-____-____\"\nAGENTCONNECT_OIDC_ID_TOKEN_SIGNED_RESPONSE_ALG=\"ES256\"\n"
          "AGENTCONNECT_OIDC_ISSUER=\"http://localhost:6100/api/v2\"\nAGENTCONNECT_OIDC_SECRET_ID=\"________________________\"\n"
          "API_AUTH_PASSWORD=\"________________________\"\nAPI_AUTH_URL=\"http://localhost:6300\"\n"
          "DATABASE_URL=\"postgresql://postgres:postgres@localhost:5432/postgres\"\nPARTNER_API_TOKEN=\"____.____.____\"\n"
          "HELPDESK_TOKEN=\"____\"\nTZ=\"Europe/Paris\"\n")
BACK_OFFICE = {"README.md": "# Modération\n\nOutil de modération des comptes.\n", "package.json": '{"name": "moderation"}',
               "src/config/env.ts": "export const issuer = process.env.AGENTCONNECT_OIDC_ISSUER;\nexport const db = process.env.DATABASE_URL;\n",
               ".env": MASKED,
               "mocks/docker-compose.mocks.yaml": "services:\n  partner:\n    image: mockserver/mockserver\n    volumes:\n"
                                                  "      - ./api.partner.example/mockserverInitialization.json:/config/mockserverInitialization.json\n",
               "mocks/api.partner.example/mockserverInitialization.json": '[{"httpRequest": {"path": "/v1/siret"}, "httpResponse": {"body": "{}"}}]\n'}


def test_a_committed_env_of_masks_is_the_template_and_holds_no_secret(tmp_path):
    report = audit(tmp_path, BACK_OFFICE, (CID, SECRETS))
    assert report["facts"]["files"]["env_template"] == ".env"
    res = results(report)
    assert res[CID]["details"]["templates"] == [".env"]  # (the mock server's answers are none)
    assert not [e for e in res[SECRETS]["evidence"] if e.get("path") == ".env"]
    assert res[SECRETS]["status"] == "pass"
    # counterpart: a token that is no mask stays a secret committed, and the .env no template
    leaked = {**BACK_OFFICE, ".env": MASKED.replace('"____.____.____"', '"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl"')}
    report = audit(tmp_path / "leak", leaked, (CID, SECRETS))
    assert report["facts"]["files"]["env_template"] is None
    assert [e for e in results(report)[SECRETS]["evidence"] if e.get("path") == ".env" and e.get("line") == 8]


SYMFONY_ENV = ("#  * .env                contains default values for the environment variables needed by the app\n"
               "#  * .env.local          uncommitted file with local overrides\n###> symfony/framework-bundle ###\nAPP_ENV=dev\n"
               "APP_SECRET=4d7f1c9e2b8a6f3d5c0e9b7a1f2d8c6e\n###< symfony/framework-bundle ###\nDATABASE_URL=\"postgresql://app:app@127.0.0.1:5432/app\"\n"
               "MATOMO_URL=\n")
SYMFONY = {"README.md": "# Aides\n\nRecherche d'aides pour les collectivités.\n",
           "composer.json": '{"require": {"symfony/framework-bundle": "^6.4", "symfony/dotenv": "^6.4"}}',
           "config/services.yaml": "parameters:\n    matomo_url: '%env(MATOMO_URL)%'\n",
           "public/index.php": "<?php\n", "src/Kernel.php": "<?php\nnamespace App;\nclass Kernel {}\n", ".env": SYMFONY_ENV,
           ".docker/php/php-fpm-pool.conf": "[www]\nuser = www-data\npm = dynamic\npm.max_children = 20\n",
           "Dockerfile": "FROM php:8.2-fpm\nCOPY .docker/php/php-fpm-pool.conf /usr/local/etc/php-fpm.d/www.conf\nCOPY . /var/www\n"}


def test_the_check_names_the_env_template_of_the_files_fact(tmp_path):
    report = audit(tmp_path, SYMFONY)
    assert report["facts"]["files"]["env_template"] == ".env"
    templates = results(report)[CID]["details"]["templates"]
    assert templates[0] == ".env" and "template: .env." in results(report)[CID]["message"]["en"]
