"""reusability.secrets (issue 12, session 20 reader r2): values judged by their key, not by what they are.

A Symfony application's committed ``.env.docker`` (megalis-bretagne/idelibre) had a folder (TOKEN_DIRECTORY=/tmp/), Symfony's
lock store (LOCK_DSN=semaphore), a repeated word (SALT='saltsaltsalt'), the words of its own name (JWT_SECRET=jwtsecret), a
database password equal to its user name and URLs to service containers (a Compose service postgres-…, a CI job's alias, Docker's
bridge 172.17.0.1) all "probable secrets: revoke them". They are development defaults, said so; a random value stays a secret.
Conversely a library's PHP demo (datagrandest/dge-dataviz-components) assigned a 40-character random token to ``$token`` and sent
it as an API header: detect-secrets' keywords lack "token", so it stayed a weak hint and the check passed. Now a secret."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
COMPOSER = '{"name": "exemple/convocations", "require": {"symfony/framework-bundle": "^6.4"}}\n'
RANDOM_HEX = "9c" + "41e7a0b25d3f86c7" + "e10d4b9a2f6c83d5"  # (assembled: no credential in this file)
RANDOM_TOKEN = "Qm7" + "vT2xLp9K-rW4bN8cYd3Hf_6JsA1eGu5zXo0Ri"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def by_line(r: dict) -> dict:
    return {(e["path"], e["line"]): e for e in r["evidence"]}


ENV_DOCKER = ("APP_ENV=prod\n"
              f"APP_SECRET={RANDOM_HEX}\n"
              "DATABASE_URL=postgresql://convoc:convoc@postgres-convoc:5432/convoc\n"
              "POSTGRES_DB=convoc\nPOSTGRES_USER=convoc\nPOSTGRES_PASSWORD=convoc\n"
              "DOCUMENT_DIRECTORY=/tmp/\nTOKEN_DIRECTORY=/var/tmp/tokens/\n"
              "SALT='pepperpepperpepper'\n"
              "JWT_SECRET=jwtsecret\n"
              "LOCK_DSN=flock\n")
CI = ("test:\n  image: php:8.2\n  services:\n    - name: postgres:15-alpine\n      alias: postgresconvoc\n  variables:\n"
      "    DATABASE_URL: postgresql://convoctest:convoctest@postgresconvoc:5432/convoc\n  script:\n    - bin/phpunit\n")
ENV_TEST = "APP_ENV=test\nDATABASE_URL=postgresql://convoc:convoc@172.17.0.1:5432/convoc_test\n"


def test_development_defaults_of_a_committed_env_are_said_so_not_to_revoke(tmp_path):
    r = run(tmp_path, {"composer.json": COMPOSER, ".env.docker": ENV_DOCKER, ".env.test.docker": ENV_TEST, ".gitlab-ci.yml": CI,
                       "src/Kernel.php": "<?php\nnamespace App;\nclass Kernel {}\n", "README.md": "# Convocations\n\nConvocation des élus.\n"})
    assert r["status"] == "fail", r  # (the random APP_SECRET is still a secret)
    found = by_line(r)
    assert found[(".env.docker", 2)]["note"]["en"].startswith("Probable secret"), r["evidence"]
    assert r["details"]["strong"] == 1, r["evidence"]
    for line in (3, 6, 8, 9, 10, 11):
        assert (".env.docker", line) not in found or not found[(".env.docker", line)]["note"]["en"].startswith(("Probable", "To review")), line
    assert (".gitlab-ci.yml", 7) not in found and (".env.test.docker", 2) not in found, r["evidence"]
    assert r["details"]["development_defaults"] >= 7, r["details"]
    assert "rien à révoquer" in r["message"]["fr"] and "nothing to revoke" in r["message"]["en"], r["message"]


def test_random_values_under_the_same_names_stay_secrets(tmp_path):
    env = ("APP_ENV=prod\nPOSTGRES_USER=convoc\nPOSTGRES_PASSWORD=" + RANDOM_TOKEN[:14] + "\n"
           "JWT_SECRET=" + RANDOM_TOKEN + "\n"
           "DATABASE_URL=postgresql://convoc:" + RANDOM_TOKEN[3:17] + "@pg.prefecture-exemple.fr:5432/convoc\n")
    r = run(tmp_path, {".env.prod": env, "README.md": "# Convocations\n\nConvocation des élus.\n"})
    assert r["status"] == "fail", r
    found = by_line(r)
    for line in (3, 4, 5):
        assert found[(".env.prod", line)]["note"]["en"].startswith("Probable secret"), (line, r["evidence"])


def test_a_random_token_assigned_in_code_is_a_secret(tmp_path):
    php = ("<?php\n\n$url = 'https://tables.exemple-saas.fr/api/v1/db/data/projet/ENTREPRISES';\n"
           f"$token = '{RANDOM_TOKEN}';\n\n$ch = curl_init($url);\n"
           "curl_setopt($ch, CURLOPT_HTTPHEADER, ['xc-token: ' . $token]);\n")
    r = run(tmp_path, {"public/data/proxy.php": php, "src/widget.js": "export const w = 1;\n",
                       "README.md": "# Composants\n\nComposants de visualisation.\n"})
    assert r["status"] == "fail", r
    assert by_line(r)[("public/data/proxy.php", 4)]["note"]["en"].startswith("Probable secret"), r["evidence"]


def test_a_public_map_token_and_a_tests_token_stay_hints(tmp_path):
    js = f"export const accessToken = 'pk.{RANDOM_TOKEN}';\n"
    test = f"<?php\n$token = '{RANDOM_TOKEN}';\n"
    r = run(tmp_path, {"src/map.js": js, "tests/ApiTest.php": test, "README.md": "# Carte\n\nCarte des équipements.\n"})
    assert r["status"] != "fail", r
