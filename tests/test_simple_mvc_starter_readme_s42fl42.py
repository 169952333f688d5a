"""Issue 12, session 42 fixer fl42 (WildCodeSchool/2022-09-php-orleans-project-saintay): a commune's site built by a student team on
the Wild Code School "simple-mvc" starter kit, whose README is the kit's own, left as is ("This repository is a simple PHP MVC
structure from scratch", steps ending "From this starter kit, create your own web application", an /items example, a guided tour
taken with a Visual Studio Code extension). documentation.readme passed it as a substantial README (10), readme-sections found the
kit's chapters, and the install's evidence was the sentence installing the editor extension. A known starter kit's README left as is
is a template. Near miss: the team's own README, naming the kit it started from, stays the project's."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

STARTER = ("# Simple MVC\n\n## Description\n\nThis repository is a simple PHP MVC structure from scratch.\n\n"
           "It uses Twig and GrumPHP. For this one, just a simple example where users can choose one of their databases and see tables in it.\n\n"
           "## Steps\n\n1. Clone the repo.\n2. Run `composer install`.\n3. Copy *config/db.php.dist* to *config/db.php* and set your DB parameters.\n"
           "4. Run `php -S localhost:8000 -t public/`.\n5. From this starter kit, create your own web application.\n\n"
           "## Example\n\nAn example (a list of items) is given at [localhost:8000/items](localhost:8000/items).\n\n"
           "## Ask for a tour !\n\nWe prepare a little guided tour to start with the simple-MVC.\n\n"
           "To take it, you need to install the `Code Tour` extension for Visual Studio Code.\n")
OWN = ("# Site de la commune\n\nLe site public de la mairie : actualités, conseil municipal, associations et services municipaux, "
       "avec un espace d'administration pour les agents qui publient les comptes rendus et les bulletins. Il est construit sur le "
       "kit simple-mvc de la Wild Code School (PHP, Twig, MySQL) et déployé dans un conteneur.\n\n## Installation\n\n"
       "1. Lancez `composer install`.\n2. Copiez *config/db.php.dist* en *config/db.php* et renseignez la base.\n"
       "3. Importez *database.sql*.\n4. Lancez `php -S localhost:8000 -t public/`.\n\n## Utilisation\n\n"
       "Ouvrez `localhost:8000/admin` pour publier une actualité ou un compte rendu du conseil municipal.\n")
CODE = {"composer.json": '{"name": "wcs/saint-site", "require": {"php": ">=8.0", "twig/twig": "^3.0"}}\n',
        "public/index.php": "<?php\nrequire __DIR__ . '/../vendor/autoload.php';\nrequire __DIR__ . '/../src/routes.php';\n",
        "src/routes.php": "<?php\nreturn ['' => ['HomeController', 'index'], 'actualites' => ['NewsController', 'index']];\n",
        "src/Controller/NewsController.php": "<?php\nnamespace App\\Controller;\n\nclass NewsController\n{\n    public function index(): string\n    {\n        return 'news';\n    }\n}\n",
        "Dockerfile": "FROM php:8.1-apache\nCOPY . /var/www/html\n"}


def test_the_starter_kits_readme_left_as_is_is_a_template(tmp_path):
    readme = check_result(tmp_path / "a", {**CODE, "README.md": STARTER}, "documentation.readme")
    assert readme["status"] == "fail", (readme["status"], readme["message"]["en"])  # was pass 10
    sections = check_result(tmp_path / "b", {**CODE, "README.md": STARTER}, "documentation.readme-sections")
    assert sections["status"] == "fail" and "template" in sections["message"]["en"], sections["message"]["en"]
    install = check_result(tmp_path / "c", {**CODE, "README.md": STARTER}, "reusability.install")
    assert not any("Code Tour" in str(e.get("value")) or e.get("line") == 20 for e in install["evidence"]), install["evidence"]


def test_the_teams_own_readme_naming_the_kit_stays_the_projects(tmp_path):
    readme = check_result(tmp_path, {**CODE, "README.md": OWN}, "documentation.readme")
    assert readme["status"] == "pass", (readme["status"], readme["message"]["en"])
