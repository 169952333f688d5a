"""Session 12 (h3): README and documents, tests and install tooling, on git fixtures shaped like the unseen cases read in
session 11 (each test fails before its fix)."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one, run


# -- impact ------------------------------------------------------------------------------------
def test_the_readme_title_naming_a_statistics_dashboard_is_no_impact_section(repo):
    # An ENT attendance dashboard: its README's title says what it is, the README has no section on its impact.
    readme = ("# Statistiques ENT - fréquentation du portail\n\nTableau de bord des connexions.\n\n"
              "## Installation\n\ncomposer install\n\n## Import mensuel\n\nphp bin/import.php\n")
    r = one(repo, {"README.md": readme, "src/Controller/Home.php": "<?php\nclass Home {}\n"})
    assert ctx_for(r).fact("impact_indicators")["sections"] == []
    # a section of the README on its statistics still counts
    r2 = one(repo, {"README.md": readme + "\n## Statistiques\n\n1 200 connexions par jour en 2025.\n"}, name="b")
    assert [s["line"] for s in ctx_for(r2).fact("impact_indicators")["sections"]] == [13]


def test_a_change_log_entry_or_a_progress_indicator_is_no_impact_section(repo):
    # A web interface's change log lists "Indicateur de progression" (a loading bar) among its features.
    log = "# Changelog\n\n## 1.2.0\n\n### Indicateur de progression\n\nUne barre pendant le chargement.\n"
    guide = "# Guide\n\n## Indicateur de chargement\n\nUne roue tourne.\n\n## Indicateurs de suivi\n\nNombre d'animaux suivis.\n"
    r = one(repo, {"README.md": "# Suivi GPS\n\nUne carte.\n", "docs/CHANGELOG.md": log, "docs/guide.md": guide})
    assert [(s["path"], s["value"]) for s in ctx_for(r).fact("impact_indicators")["sections"]] == [("docs/guide.md", "Indicateurs de suivi")]


# -- tests -------------------------------------------------------------------------------------
def test_a_test_runner_set_up_alone_is_no_test(repo):
    # A Symfony app whose tests/ holds only PHPUnit's bootstrap, and a Sinatra app whose spec/ holds only spec_helper.rb.
    php = {"src/Controller/Home.php": "<?php\nclass Home {}\n", "composer.json": "{}\n",
           "tests/bootstrap.php": "<?php\nrequire dirname(__DIR__).'/vendor/autoload.php';\n"}
    inv = ctx_for(one(repo, php)).fact("source_inventory")
    assert inv["test"] == 0 and inv["test_examples"] == []
    ruby = {"app.rb": "require 'sinatra'\nget('/') { 'ok' }\n", "spec/spec_helper.rb": "require 'simplecov'\nSimpleCov.start\n"}
    res = run(ctx_for(one(repo, ruby, name="b")), "reusability.tests-and-ci")
    assert res.details["test_files"] == 0 and res.message["fr"].startswith("0 fichier(s) de test")
    # beside a real test, the set-up is still not counted, the test is
    py = {"app/calc.py": "def f():\n    return 1\n", "tests/__init__.py": "", "tests/conftest.py": "import pytest\n",
          "tests/test_calc.py": "def test_f():\n    assert sorted([2, 1]) == [1, 2]\n"}
    assert ctx_for(one(repo, py, name="c")).fact("source_inventory")["test_examples"] == ["tests/test_calc.py"]


# -- install tooling ---------------------------------------------------------------------------
def test_a_module_s_package_scripts_or_the_app_folder_s_makefile_is_install_tooling(repo):
    # Node modules side by side, each with its own package.json and "start" script, no root manifest
    mods = {"README.md": "# Nœud producteur\n\nLa procédure d'installation npm standard s'applique.\n",
            "api/package.json": '{"name": "api", "scripts": {"start": "node app.js", "test": "jest"}}\n', "api/app.js": "module.exports = 1;\n",
            "logger/package.json": '{"name": "logger"}\n', "logger/index.js": "module.exports = 2;\n"}
    assert ["task-runner", "api/package.json"] in ctx_for(one(repo, mods)).fact("install_recipes")["runtimes"]
    # an openFrameworks app: its Makefile sits in the app's folder, beside addons.make; docs/Makefile (Sphinx) is no tooling
    app = {"README.md": "# Table\n\ncd Table && make\n", "Table/Makefile": "include $(OF_ROOT)/libs/openFrameworksCompiled/project/makefileCommon/compile.project.mk\n",
           "Table/addons.make": "ofxOpenCv\n", "Table/src/main.cpp": "int main() { return 0; }\n", "docs/Makefile": "html:\n\tsphinx-build . _build\n"}
    res = run(ctx_for(one(repo, app, name="b")), "reusability.install")
    assert ["task-runner", "Table/Makefile"] in ctx_for(one(repo, app, name="c")).fact("install_recipes")["runtimes"]
    assert "aucun outillage" not in res.message["fr"]
    sphinx = {"README.md": "# Guide\n", "docs/Makefile": "html:\n\tsphinx-build . _build\n", "src/app.py": "print(1)\n"}
    assert ctx_for(one(repo, sphinx, name="d")).fact("install_recipes")["runtimes"] == []


# -- README ------------------------------------------------------------------------------------
def test_a_legend_of_the_repository_s_parts_or_a_step_is_no_description(repo):
    # A back-office whose README, after its title, lists its Maven modules ("il s'agit du sous-projet…") and the build's results.
    plugin = ("# Greffon de suivi des demandes\n\n## I - Organisation du dépôt\n\nLe dépôt est organisé comme suit :\n\n"
              "- `docker` : ce répertoire contient des exemples de fichiers Dockerfile\n"
              "- `suivi-api` : il s'agit du sous-projet maven contenant l'application et les contrôleurs\n"
              "- `sql`qui contient les fichiers SQL d'initialisation de la base\n\n"
              "L'application est construite à partir de la commande maven `mvn package`\n\n"
              "Le résultat de la construction est :\n\n* Un fichier WAR `suivi-api/target/suivi-api.war` déployable dans Tomcat ou Jetty\n")
    facts = ctx_for(one(repo, {"README.md": plugin, "pom.xml": "<project/>\n"})).fact("readme")
    assert facts["description"] is None and "purpose" not in facts["sections"]
    # A docker deployment's README: its steps end on a reminder and a conditional advice, never a description.
    steps = ("# Portail cartographique Docker\n\n## 1 - Requirements\n\nClone the configuration folder first.\n\n## 2 - Editing\n\n"
             "You should at least change the default host name for yours, in every file of the folder.\n\n"
             "Remember to change the password in your directory too, and in every service that uses it !\n\n"
             "Finally, you should get an account for the captcha service and fill in the keys of the sign-up form.\n\n"
             "If you have some persistent data that you want to share between containers, create a named volume first.\n")
    assert ctx_for(one(repo, {"README.md": steps, "docker-compose.yml": "services: {}\n"}, name="b")).fact("readme")["description"] is None
    # a line saying what the project is for, then its list, is still the description
    tool = "# didotool\n\nUn paquet R pour :\n\n- produire des fichiers CSV au format de diffusion\n- alimenter l'outil de diffusion\n"
    # (the lead-in and its short list together: s41 fp41)
    described = ctx_for(one(repo, {"README.md": tool}, name="c")).fact("readme")["description"]
    assert described["line"] == 3 and described["text"].endswith("; alimenter l'outil de diffusion"), described


def test_an_install_heading_naming_the_api_is_no_usage_and_use_alone_is(repo):
    # An installer's README: "## API and BO installation" installs the API; "## Use" then the keys to press is the usage.
    readme = ("# Table interactive\n\nInstalle la table interactive sur un mini-PC.\n\n## API and BO installation\n\nLaunch the install script.\n\n"
              "## Use\n\nWhen the table is launched, press D for the debug view.\n")
    facts = ctx_for(one(repo, {"README.md": readme, "install.sh": "#!/bin/bash\napt-get install -y apache2\n"})).fact("readme")
    assert [(d["name"], d["line"]) for d in facts["section_details"] if d["name"] in ("install", "usage")] == [("install", 5), ("usage", 9)]


# -- code comments -----------------------------------------------------------------------------
_APACHE = ("/*\n * Copyright (C) 2024 Example Org\n *\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
           " * you may not use this file except in compliance with the License.\n * You may obtain a copy of the License at\n *\n"
           " *      http://www.apache.org/licenses/LICENSE-2.0\n *\n * Unless required by applicable law or agreed to in writing, software\n"
           " * distributed under the License is distributed on an \"AS IS\" BASIS,\n"
           " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
           " * See the License for the specific language governing permissions and\n * limitations under the License.\n */\n")


def test_the_language_of_comments_is_not_read_from_a_repeated_licence_header(repo):
    # A Symfony app: an Apache header in English at the top of every file, the comments that explain the code in French.
    files = {}
    for i in range(8):
        files[f"src/Service/Service{i}.php"] = ("<?php\n" + _APACHE + f"namespace App\\Service;\n\n/**\n * Service qui gère les cohortes d'élèves numéro {i}.\n */\n"
                                                f"class Service{i}\n{{\n    // On récupère les élèves de la cohorte dans l'annuaire LDAP\n"
                                                f"    public function eleves(): array\n    {{\n        // on retire les comptes désactivés avant de les renvoyer\n"
                                                f"        return [];\n    }}\n}}\n")
    res = run(ctx_for(one(repo, files)), "documentation.code-comments")
    langs = [e.value for e in res.evidence if isinstance(e.value, dict) and "comment_language" in e.value]
    assert langs and langs[0]["comment_language"] == "fr"


# -- shell scripts without an extension ---------------------------------------------------------
def test_a_shell_script_without_an_extension_is_source_code(repo):
    # A directory image: its entrypoint.sh runs the scripts of entrypoint.d/, written without an extension.
    populate = ("#!/bin/bash\n# Crée l'arbre de l'annuaire au premier démarrage\nset -e\n" + "".join(
        f"# étape {i} : ajoute l'unité {i}\nldapadd -x -f /seed/unit{i}.ldif\n" for i in range(12)))
    files = {"Dockerfile": "FROM debian:12\nCOPY docker /docker\nENTRYPOINT [\"/docker/entrypoint.sh\"]\n",
             "docker/entrypoint.sh": "#!/bin/sh\nfor f in /docker/entrypoint.d/*; do . \"$f\"; done\nexec slapd -d 0\n",
             "docker/entrypoint.d/00-populate": populate,
             "docker/entrypoint.d/01-indexes": "#!/usr/bin/env bash\n# ajoute les index\nldapmodify -Y EXTERNAL -f /seed/index.ldif\n",
             "docker/seed/notes": "Ces fichiers LDIF sont chargés dans l'ordre.\n",
             "gradlew": "#!/usr/bin/env sh\n# Gradle start up script for UN*X\nexec java -jar gradle/wrapper/gradle-wrapper.jar \"$@\"\n"}
    ctx = ctx_for(one(repo, files))
    assert ctx.fact("source_inventory")["source"] == 3
    measured = sorted(m[0] for m in ctx.fact("code-comments")["metrics"])
    assert measured == ["docker/entrypoint.d/00-populate", "docker/entrypoint.d/01-indexes", "docker/entrypoint.sh"]


def test_a_heading_naming_only_the_hosting_platform_is_the_deployment(repo):
    # A State start-up's README: "### Scalingo" under "## CI" says how the app is deployed (review apps, staging).
    readme = ("# Pass\n\nUn service qui aide les familles à obtenir une aide au sport.\n\n## CI\n\n### Scalingo\n\n"
              "Every pull request spins up a review app; every merge on main deploys the staging environment.\n")
    facts = ctx_for(one(repo, {"README.md": readme})).fact("readme")
    assert [(d["name"], d["line"]) for d in facts["section_details"] if d["name"] == "deployment"] == [("deployment", 7)]
    # a chat bot's command that creates an application on that platform is no deployment of the bot
    bot = ("# Bot\n\nUn bot de messagerie qui gère des applications hébergées.\n\n## Commandes disponibles\n\n"
           "### Création d'application Scalingo\n\nPour créer une application, écrivez scalingo:create suivi du nom.\n")
    assert "deployment" not in ctx_for(one(repo, {"README.md": bot}, name="b")).fact("readme")["sections"]
