"""Symfony's committed defaults file in the application's own folder (issue 12, s28 c28 = s27 measure 19 reader m19o1, a local
authority's billing portal kept in a sub-folder App/ of its repository).

Symfony commits ``.env`` by design: it defines the variables the application needs, with the development APP_SECRET its recipe
generated, each deployment's values going to .env.local or the real environment. The auditor knew this only at the repository root:
the same file in App/ beside App/composer.json was "template: none" (reusability.configuration fail, every variable "missing from
the .env template") and its APP_SECRET "2 probable secrets" (the .env finding and detect-secrets' keyword guess on the same line).
Now the file beside the composer.json naming Symfony, at the root or in the application's folder, is the defaults file; a sub-folder
.env of another framework (a Laravel app's APP_SECRET) stays a secret."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

COMPOSER = '{"type": "project", "require": {"php": "^7.1.3", "symfony/framework-bundle": "4.1.*", "symfony/orm-pack": "^1.0"}}\n'
RANDOM_HEX = "d4" + "1f9b07c3e65a28d1" + "7b0e4c9f2a6d8e35"  # (assembled: no credential in this file)
SYMFONY_ENV = ("# This file defines all environment variables that the application needs.\n"
               "# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE.\n"
               "# Use \".env.local\" for local overrides during development.\n"
               "# Use real environment variables when deploying to production.\n\n"
               "###> symfony/framework-bundle ###\n"
               "APP_ENV=dev\n"
               f"APP_SECRET={RANDOM_HEX}\n"
               "#TRUSTED_PROXIES=127.0.0.1,127.0.0.2\n"
               "###< symfony/framework-bundle ###\n\n"
               "###> doctrine/doctrine-bundle ###\n"
               "DATABASE_URL=mysql://root:@127.0.0.1:3306/portail\n"
               "###< doctrine/doctrine-bundle ###\n")
APP = {
    "README.md": "# Portail des usagers\n\nPortail de facturation de la redevance des ordures ménagères.\n",
    "App/composer.json": COMPOSER,
    "App/.env": SYMFONY_ENV,
    "App/config/packages/doctrine.yaml": "doctrine:\n    dbal:\n        url: '%env(resolve:DATABASE_URL)%'\n",
    "App/config/packages/framework.yaml": "framework:\n    secret: '%env(APP_SECRET)%'\n",
    "App/public/index.php": "<?php\n\nuse App\\Kernel;\n\n$env = $_SERVER['APP_ENV'] ?? 'dev';\n"
                            "$kernel = new Kernel($env, (bool) $_SERVER['APP_DEBUG']);\n",
    "App/src/Kernel.php": "<?php\nnamespace App;\n\nclass Kernel\n{\n}\n",
    "App/src/Controller/AccueilController.php": "<?php\nnamespace App\\Controller;\n\nclass AccueilController\n{\n    public function index() { return 'accueil'; }\n}\n",
}
CHECKS = ["reusability.configuration", "reusability.secrets"]


def audit(tmp_path, files: dict, name: str = "r") -> dict:
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", CHECKS)


def test_a_symfony_app_in_a_sub_folder_has_its_committed_env_as_template(tmp_path):
    report = audit(tmp_path, APP)
    assert report["facts"]["files"]["env_template"] == "App/.env", report["facts"]["files"]
    conf = results(report)["reusability.configuration"]
    assert conf["details"]["templates"][:1] == ["App/.env"], conf["details"]
    assert "template: none" not in conf["message"]["en"] and conf["status"] != "fail", conf["message"]
    assert {"DATABASE_URL", "APP_SECRET"}.isdisjoint(conf["details"]["undocumented"]), conf["details"]


def test_its_recipe_app_secret_is_a_development_default_counted_once(tmp_path):
    sec = results(audit(tmp_path, APP))["reusability.secrets"]
    assert sec["status"] == "pass", sec["message"]
    assert not [e for e in sec["evidence"] if e.get("path") == "App/.env" and e["note"]["en"].startswith(("Probable", "To review"))], sec["evidence"]
    assert sec["details"]["development_defaults"] == 1, sec["details"]


def test_a_sub_folder_env_of_another_framework_keeps_its_secret(tmp_path):
    laravel = dict(APP, **{"App/composer.json": '{"type": "project", "require": {"laravel/framework": "^10.0"}}\n',
                           "App/.env": f"APP_ENV=production\nAPP_SECRET={RANDOM_HEX}\nDB_HOST=127.0.0.1\n"})
    sec = results(audit(tmp_path, laravel, "l"))["reusability.secrets"]
    assert sec["status"] == "fail", sec["message"]
    assert any(e.get("path") == "App/.env" and e["note"]["en"].startswith("Probable") for e in sec["evidence"]), sec["evidence"]
