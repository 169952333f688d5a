"""A copied file with a generic name is named after the library its banner says it is built on, never after the file (issue 12,
s44 fm44 = reader ri44, MAM-out/Stage-cimetiere-metropole).

A Symfony app's public/assets/css/styles.css is a web template's build: "Wireframe Pingendo template … / Based on: Bootstrap v4.1.3 …"
then Bootstrap's own banner. reusability.dependencies listed a library "styles 4.1.3" (the file's stem). Near miss: a generic-named
stylesheet whose banner names no library it is based on keeps its old description.
"""

from __future__ import annotations

from auditor.facts.vendored import describe
from tests.test_reusability_fixtures import check_result

BANNER = ("/*!\n* Maquette Gabarit template (https://templates.example.org)\n* Based on: Bootstrap v4.1.3 (https://getbootstrap.com)\n"
          "* Copyright 2014-2018 Gabarit (https://example.org)\n*/\n/*!\n * Bootstrap v4.1.3 (https://getbootstrap.com/)\n"
          " * Copyright 2011-2018 The Bootstrap Authors\n * Licensed under MIT (https://github.com/twbs/bootstrap/blob/master/LICENSE)\n */\n"
          ":root {\n  --blue: #007bff;\n}\n" + "".join(f".col-{i} {{\n  flex: 0 0 {i * 8}%;\n}}\n" for i in range(1, 60)))


def test_the_banners_based_on_library_names_it():
    lib = describe("public/assets/css/styles.css", BANNER)
    assert (lib["name"], lib["version"]) == ("bootstrap", "4.1.3"), lib


def test_a_banner_without_based_on_keeps_the_files_name():
    plain = "/*!\n * Feuille de styles du site\n * Copyright 2020 Studio\n */\nbody {\n  margin: 0;\n}\n"
    assert describe("public/assets/css/styles.css", plain)["name"] == "styles"


def test_dependencies_name_the_library(tmp_path):
    files = {"README.md": "# Cimetières\n\nGestion des concessions.\n", "composer.json": '{"require": {"symfony/framework-bundle": "4.4.*"}}\n',
             "src/Controller/ConcessionController.php": "<?php\n\nnamespace App\\Controller;\n\nclass ConcessionController\n{\n}\n",
             "public/assets/css/styles.css": BANNER}
    r = check_result(tmp_path, files, "reusability.dependencies")
    assert "styles 4.1.3" not in r["message"]["en"], r["message"]
