"""A Laravel application requiring symfony/* components is no Symfony application (issue 12, s44 fm44 = reader ri44,
AdrienLeveque/Room_Project).

A Laravel 5.2 app committed its .env (APP_KEY=base64:<key>, the SMTP password of its mail account); its composer.json requires
laravel/framework and, in require-dev, symfony/css-selector and symfony/dom-crawler. secret_values.symfony_defaults_file took any
composer.json naming "symfony" for a Symfony application's, so the whole .env became the framework's committed defaults: "No certain
secret", warn. The application's own framework package decides. Near misses: a Symfony application (symfony/framework-bundle, even
beside a Laravel component) keeps its recipe's APP_SECRET as a development default.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

KEY = "base64:" + "Zt4Pq8Lm2Xv9Kr5Wb1Yc6Nd3Hf7Jg0Sa2Ue9Oi4Qa="
ENV = ("APP_ENV=local\nAPP_DEBUG=true\nAPP_KEY=" + KEY + "\n\nDB_HOST=127.0.0.1\nDB_DATABASE=salles\nDB_USERNAME=root\n"
       "DB_PASSWORD=\n\nMAIL_DRIVER=smtp\nMAIL_HOST=smtp.gmail.com\nMAIL_USERNAME=reservation.salles@gmail.com\n"
       "MAIL_PASSWORD=reservationsalles\n")
LARAVEL = ('{"name": "laravel/laravel", "type": "project", "require": {"php": ">=5.5.9", "laravel/framework": "5.2.*"},\n'
           ' "require-dev": {"phpunit/phpunit": "~4.0", "symfony/css-selector": "2.8.*|3.0.*", "symfony/dom-crawler": "2.8.*|3.0.*"}}\n')
SYMFONY = '{"name": "exemple/salles", "require": {"php": ">=8.1", "symfony/framework-bundle": "6.4.*", "illuminate/collections": "^10"}}\n'
SYMFONY_ENV = "APP_ENV=dev\nAPP_SECRET=9f2c4e7a1b3d5f60718293a4b5c6d7e8\nDATABASE_URL=mysql://app:app@127.0.0.1:3306/app\n"
FILES = {".gitignore": "/vendor\n/node_modules\n", "routes.php": "<?php\nRoute::get('/', 'SalleController@index');\n",
         "README.md": "# Salles\n\nRéservation des salles municipales.\n"}


def test_a_laravel_app_with_symfony_parts_commits_a_secret(tmp_path):
    r = sec(tmp_path, {**FILES, "salles/composer.json": LARAVEL, "salles/.env": ENV, "salles/.gitignore": "/vendor\n"})
    assert r["status"] == "fail", r["message"]
    key = [e for e in r["evidence"] if "APP_KEY" in str(e.get("value"))]
    assert [e["line"] for e in key] == [3] and key[0]["note"]["en"].startswith("Probable secret"), r["evidence"]


def test_the_framework_package_decides():
    from auditor.facts.framework_markers import symfony_composer

    assert not symfony_composer(LARAVEL)
    assert symfony_composer(SYMFONY)
    assert symfony_composer('{"require": {"symfony/symfony": "3.4.*"}}')
    assert symfony_composer('{"require-dev": {"symfony/maker-bundle": "^1.48"}}')  # no other framework: as before


def test_a_symfony_apps_recipe_secret_stays_a_default(tmp_path):
    r = sec(tmp_path, {**FILES, "salles/composer.json": SYMFONY, "salles/.env": SYMFONY_ENV})
    assert r["status"] != "fail", r["message"]
