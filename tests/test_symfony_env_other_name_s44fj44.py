"""Session 44 (fj44), a Symfony application committing its .env under another name (.env.install), its .env gitignored.

rmoubarak/Documentation-Stage: Stage/bdc/.env.install carries Symfony's recipe header ("#  * .env  contains default values for the
environment variables needed by the app"), APP_ENV=dev and the recipe's generated APP_SECRET. Only .env/.env.dev/.env.test were read
as the framework's defaults file: reusability.secrets fail 2.5 "1 probable secret" (APP_SECRET), and configuration named the test
run's .env.test as the template. The same file without the recipe's header is no defaults file: its APP_SECRET stays a secret.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

HEADER = ("# In all environments, the following files are loaded if they exist,\n# the latter taking precedence over the former:\n#\n"
          "#  * .env                contains default values for the environment variables needed by the app\n"
          "#  * .env.local          uncommitted file with local overrides\n#\n# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE.\n\n")
BODY = ("###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=3b9e1c07d2a4f58e6b0c9d1a7e2f4c8b\n###< symfony/framework-bundle ###\n"
        "APP_URL=https://example.org\nDATABASE_URL=\"mysql://user:password@127.0.0.1:3306/app?serverVersion=8.0\"\n")
APP = {".gitignore": "/.env\n/.env.local\n/vendor/\n",
       "composer.json": '{"type": "project", "license": "proprietary", "require": {"php": ">=8.2", "symfony/framework-bundle": "7.2.*", "symfony/dotenv": "7.2.*"}}\n',
       "README.md": "# Base de connaissances\n\nApplication Symfony de fiches internes.\n",
       "src/Service/Mailer.php": "<?php\nnamespace App\\Service;\n\nclass Mailer\n{\n    public function url(): string\n    {\n        return $_ENV['APP_URL'];\n    }\n}\n",
       ".env.test": "KERNEL_CLASS='App\\Kernel'\nAPP_SECRET='$ecretf0rt3st'\n"}


def _audit(repo, tmp_path, text: str):
    path = repo([{"files": {**APP, ".env.install": text}, "date": "2025-04-25T09:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["reusability.secrets", "reusability.configuration"]))
    return {r["id"]: r for r in report["results"]}


def test_the_recipe_defaults_under_another_name(repo, tmp_path):
    res = _audit(repo, tmp_path, HEADER + BODY)
    assert res["reusability.secrets"]["status"] == "pass", res["reusability.secrets"]["message"]
    assert ".env.install" in res["reusability.configuration"]["message"]["en"], res["reusability.configuration"]["message"]


def test_without_the_recipe_header_the_secret_stays(repo, tmp_path):
    res = _audit(repo, tmp_path, BODY)
    assert res["reusability.secrets"]["status"] != "pass", res["reusability.secrets"]["message"]
