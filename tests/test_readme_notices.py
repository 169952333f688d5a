"""README descriptions and sections misread on real repositories (session 6's first reads), each on a git fixture shaped like the
real case (own wording): a warning or a prerequisite ("⚠️ docker doit être lancé…"), a migration notice or a step said to the reader
("Il convient d'installer une tâche CRON…") taken as the description; a README of unfenced SQL read as prose (its first statement the
description, "## Droits" over GRANTs a licence chapter, SQL keywords English); a "License" heading over the licence-header tooling and
"Les droits dans l'application" (user roles) taken as licence chapters; a short description under the title missed; bold lines
"**Installation**" / "**Utilisation**" not read as section titles; "Install core features" read as the purpose."""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECKS = ["documentation.readme", "documentation.readme-sections", "documentation.language"]


def audit(tmp_path, files):
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=CHECKS)
    return report["facts"]["readme"], results(report)


def test_a_prerequisite_warning_and_licence_tooling_are_neither_description_nor_licence(tmp_path):
    # shaped like a Spring Boot + Vue app of a regional ENT operator: a table of contents, "Setup" chapters, "### License" over the
    # header tooling, and in "## Tests" a warning that docker must run; the one-line description under the title has four words
    readme = ("# Gestcomptes\n\n{desc}- [Gestcomptes](#gestcomptes)\n  - [Prérequis](#prérequis)\n  - [Setup](#setup)\n\n"
              "## Prérequis 🚨\n\n- [nvm](https://github.com/nvm-sh/nvm)\n- docker\n\n## Setup 🧰\n\n### Initialisation 🛠️\n\n```sh\nmake init\n```\n\n"
              "### License 📔\n\n> ⚠️ docker doit être lancé\n\n```sh\nmake license-check\nmake license-generate\n```\n\n"
              "## Run ▶️\n\n```sh\nmake backend\n```\n\n## Tests 🧪\n\n**backend** :\n\n"
              "> ⚠️ docker doit être démarré et le client mysql-client-core-8.0 installé\n\n```sh\nmake backend-tests\n```\n")
    info, res = audit(tmp_path, {"README.md": readme.format(desc="")})
    assert info["description"] is None, info["description"]
    assert "no descriptive sentence" in res["documentation.readme"]["message"]["en"], res["documentation.readme"]["message"]
    assert "license" not in info["sections"], info["section_details"]
    info2, res2 = audit(tmp_path / "b", {"README.md": readme.format(desc="Gestion locale des comptes.\n\n")})
    assert info2["description"] == {"text": "Gestion locale des comptes.", "line": 3, "first": True}
    assert "purpose" in info2["sections"] and "not placed first" not in res2["documentation.readme"]["message"]["en"]
    # counterparts: a licence chapter stating the licence, or holding its text in a block, still counts
    assert "license" in analyse("# X\n\nUn outil.\n\n## License\n\nDistribué sous licence Apache 2.0.\n", "README.md")["sections"]
    kept = analyse("# X\n\nUn outil.\n\n## Release Notes/Contributors/License.\n\nDetails in `CHANGELOG.md`.\n\n```\nCopyright (C) 2018 X\n"
                   "This program is free software: under the terms of the GNU Affero General Public License\n```\n", "README.md")
    assert "license" in kept["sections"]


def test_a_migration_notice_is_no_description(tmp_path):
    # shaped like a web component moved to a monorepo: a blockquote notice under the title, a two-word line, then the chapters
    readme = ("# board-webcomponent\n\n> ⚠️ migration du projet vers https://forge.example.org/org/webcomponents/tree/main/packages/board\n\n"
              "board WebComponent\n\n## Installation\n\n```sh\nnpm install @org/board-webcomponent\n```\n\n## Paramètres\n\n"
              "| attribut | description |\n| --- | --- |\n| user-id | identifiant de l'utilisateur |\n")
    info, res = audit(tmp_path, {"README.md": readme, "package.json": '{"name": "@org/board-webcomponent"}\n'})
    assert info["description"] is None and "purpose" not in info["sections"], (info["description"], info["section_details"])


def test_a_step_said_to_the_reader_and_user_rights_are_no_description_nor_licence(tmp_path):
    # shaped like a PHP statistics dashboard: install and settings chapters, then "## Import des données" / "### Traitement automatique"
    # ("Il convient d'installer une tâche CRON…"), then "## Les droits dans l'application" describing roles
    readme = ("# Statistiques ENT - fréquentation\n\n## Prérequis technique\n\nLe portail nécessite les prérequis techniques suivants :\n\n"
              "* PHP 7.2\n* MariaDB\n\n## Étapes d'installation\n\nCopier les fichiers dans le dossier du serveur web.\n\n"
              "## Étapes de paramétrage de l'application\n\nRenseigner la base de données dans config.yml.\n\n## Import des données\n\n"
              "### Traitement automatique\n\nIl convient d'installer une tâche CRON pour l'import des données. L'import s'appuie sur des "
              "données mensuelles et complète le mois en cours au fur et à mesure.\n\nDans le cas d'un traitement automatique, le programme "
              "importe automatiquement le mois en cours depuis le dossier configuré.\n\n"
              "## Les droits dans l'application\n\n### Utilisateur ayant le rôle DIR\n\nIl voit les statistiques de son établissement et "
              "celles des établissements qu'il administre dans l'annuaire.\n")
    info, res = audit(tmp_path, {"README.md": readme, "index.php": "<?php echo 'ok';\n"})
    assert info["description"] is None, info["description"]
    assert "license" not in info["sections"], info["section_details"]
    # a sentence about the project in a later sub-chapter is still a description, not placed first
    later = analyse("# Equerre\n\n### How to use\n\n- Cliquer sur l'icône de l'outil dans la barre.\n\n### Plugin\n\n"
                    "This tool helps to create points from a surveyor's plan in the map.\n", "README.md")["description"]
    assert later and later["line"] == 9 and not later["first"], later


SQL_README = ("# zonageCadet\nZonage CADET en Nouvelle-Aquitaine\n\n\n## Vue\ndrop view agr.agr_zonage_na_geo;\n"
              "CREATE OR REPLACE VIEW agr.agr_zonage_na_geo\nAS SELECT row_number() OVER () AS objectid, t1.numzone,\n    t1.nomzone,\n"
              "    st_union(t2.shape) AS shape\n   FROM agr.agr_zonage_na t1,\n    referentiel.ign_ade_epci t2\n"
              "  WHERE t1.numepci::text = t2.code_epci::text\n  GROUP BY t1.numzone, t1.nomzone;\n\n\n## Droits\n\n"
              "grant usage on schema referentiel to viewer_all_schema_ro;\ngrant select on all tables in schema referentiel to viewer_all_schema_ro;\n"
              "alter default privileges in schema referentiel grant select on tables to viewer_all_schema_ro;\n\n"
              "grant usage on schema agr to agriculture_ro;\ngrant select on all tables in schema agr to agriculture_ro;\n\n## Utilisateurs\n\n"
              "create user referentiel_viewer with password 'lecture' nosuperuser nocreatedb nocreaterole inherit;\n\n"
              "=======================\n--\ngrant usage on schema ref_geo to viewer_all_schema_ro;\ngrant select on all tables in schema ref_geo to viewer_all_schema_ro;\n\n"
              "-- Création des rôles\ncreate role culture_ro nosuperuser inherit nocreatedb  nocreaterole;\n"
              "create role economie_ro nosuperuser inherit nocreatedb  nocreaterole;\n\n"
              "-- Ajouter des membres à un rôle\ngrant culture_ro to carto_cul;\ngrant economie_ro to carto_eco;\n\n"
              "====\nCréer une vue de base de données\n====\n* Connexion à la géodatabase en entrée\n"
              "* Définition de la vue\nSELECT objectid, insee_dep as numdep, nom_dep as nomdep, shape FROM referentiel.ign_ade_departement\n")


def test_a_readme_of_unfenced_sql_is_no_prose(tmp_path):
    # shaped like a regional GIS service's zoning view: the README is the SQL of the view, its rights and users, unfenced
    info, res = audit(tmp_path, {"README.md": SQL_README, "sql/vue.sql": "CREATE VIEW agr.v AS SELECT 1;\n"})
    assert info["description"] == {"text": "Zonage CADET en Nouvelle-Aquitaine", "line": 2, "first": True}, info["description"]
    assert "license" not in info["sections"], info["section_details"]
    assert info["language"] == "fr", (info["language"], info["languages"])
    assert info["words"] < 60, info["words"]
    assert res["documentation.language"]["message"]["en"].startswith("README in French."), res["documentation.language"]["message"]
    # counterpart: "## Droits" stating a licence is a licence chapter
    assert "license" in analyse("# X\n\nUne vue.\n\n## Droits\n\nCe jeu de requêtes est publié sous licence Etalab 2.0.\n", "README.md")["sections"]


def test_a_description_after_the_ci_badge_and_bold_section_lines(tmp_path):
    # shaped like a JCMS plugin of a département's Archives site: an HTML block of the CI badge, then the one-line description
    readme = ("# jArchivesSite\n\n<p>\n  <a href=\"https://ci.example.org/org\">\n    <img src=\"https://ci.example.org/org/jArchivesSite.svg?branch=master\" />\n"
              "  </a>\n</p>\n\nModule dédié au site des Archives\n")
    info, _ = audit(tmp_path, {"README.md": readme})
    assert info["description"] == {"text": "Module dédié au site des Archives", "line": 9, "first": True}, info["description"]
    # shaped like a Nextcloud adaptation: per plugin, "**Installation**" and "**Utilisation**" lines title the steps
    nc = ("**Adaptation de Nextcloud pour le groupement**\n\nLe groupement a deux déploiements de Nextcloud sur la même architecture, "
          "l'un pour les collèges et l'autre pour les collectivités.\n\n# LDAP Importer\n\nLe plugin alimente les utilisateurs à partir "
          "des groupes LDAP.\n\n**Installation**\n\nA placer dans le dossier `apps/` de Nextcloud.\n\n```sh\nmake LDAPIMPORTER\n```\n\n"
          "**Utilisation**\n\nLa commande pour importer les utilisateurs :\n\n```sh\nphp occ ldap:import-users-ad\n```\n")
    found = analyse(nc, "README.md")["sections"]
    assert "install" in found and "usage" in found, found
    # shaped like a set of Drupal modules: "## Install core features" installs them, the purpose is the line under the title
    drupal = ("# custom-modules\nCustom modules for the intranet dashboard project\n\n## Install core features\n\n"
              "In your Drupal modules folder, clone the repo as custom folder.\n")
    details = {d["name"]: d for d in analyse(drupal, "README.md")["section_details"]}
    assert details["purpose"]["line"] == 2 and details["install"]["line"] == 4, details


def test_docutils_warnings_are_not_the_readme_text():
    # a CKAN extension's reStructuredText README (its template): the title's overline is shorter than the title, and docutils' warning
    # "Title overline too short." is no paragraph of the README (with four words, it would pass for a description under the title)
    from auditor.facts.document import parse_document

    rst = (".. image:: https://ci.example.org/badge.svg\n    :alt: Build\n\n=============\nckanext-theme_of_portal\n=============\n\n"
           ".. Put a description of your extension here\n\n------------\nRequirements\n------------\n\nThis CKAN extension works with CKAN 2.9.\n")
    texts = [b.text for b in parse_document(rst, "rst")]
    assert not any("overline" in t.lower() for t in texts), texts
    assert (analyse(rst, "README.rst")["description"] or {}).get("text") != "Title overline too short."



def test_a_readme_of_a_few_words_has_no_measured_language(tmp_path):
    # shaped like a communauté d'agglomération's geOrchestra configuration: a README of a title and one line ("Template configuration
    # for …: Fork me !"), and an English guide on the print layouts in a sub-folder: the README's language is not measured, it is no
    # third language
    guide = ("Configure the print\n===================\n\nTo configure the look of your printed PDFs, have a look at the files in this "
             "directory: config.yaml holds the composition of all layouts and the background files hold the images of each layout.\n\n"
             "The whole arrangement is done using the pt unit; the big margins are 12pt and the small margins between texts are 6pt.\n")
    files = {"README.md": "template\n========\n\nTemplate configuration for the SDI: Fork me !\n",
             "mapfishapp/WEB-INF/print/README.md": guide, "mapfishapp/WEB-INF/print/config.yaml": "layouts:\n  A4: {}\n"}
    _, res = audit(tmp_path, files)
    lang = res["documentation.language"]
    assert lang["status"] == "inconclusive", lang
    assert "too short to identify" in lang["message"]["en"] and "trop court" in lang["message"]["fr"], lang["message"]


def test_an_empty_chapter_before_another_gives_no_section():
    # shaped like a data pipeline's README: "## Comment utiliser le projet" left empty, right before "## Credits"
    text = ("# TIGA\n\nRécupère les effectifs des établissements du répertoire SIRENE et les agrège en carreaux pour une carte 3D.\n\n"
            "## Installation\n\n```\npip install -r requirements.txt\n```\n\n## Comment utiliser le projet\n\n## Credits\n\nÉquipe données.\n")
    assert "usage" not in analyse(text, "README.md")["sections"]
    # a chapter whose parts follow at the same level keeps its name ("List of tools available to users and settings", then "Main tools")
    kept = analyse("# X\n\nUn outil de comparaison d'images aériennes pour les agents.\n\n## Settings\n\n## Main tools\n\nLes outils.\n", "README.md")
    assert "configuration" in kept["sections"]


def test_running_the_projects_script_is_its_usage_even_on_localhost():
    # shaped like an ENT operator's CAS load test: "## Lancement du script" starts locust, whose web interface opens on localhost,
    # then says what to set there and which button starts the test: using the script, not starting a development copy
    text = ("# Tests de montée en charge\n\nLes tests de montée en charge prennent la forme d'un script python utilisant la librairie locust "
            "pour simuler les requêtes des clients du serveur CAS.\n\n## Préparation de l'environnement Python\n\n```bash\npip install locust\n```\n\n"
            "## Lancement du script\n\nLancer le serveur web locust :\n```bash\nlocust -f loadcas.py --host=HOST\n```\n"
            "L'interface web de locust est alors disponible à l'adresse `http://localhost:8089`\n\nOn règle alors le nombre d'utilisateurs, "
            "puis on appuie sur le bouton `Start swarming`.\n")
    assert "usage" in analyse(text, "README.md")["sections"]
    # counterpart: "## Lancement" of a local development server is the end of the installation, no usage
    dev = text.replace("## Lancement du script", "## Lancement").replace("locust -f loadcas.py --host=HOST", "npm run dev")
    assert "usage" not in analyse(dev, "README.md")["sections"]


def test_an_ansible_roles_variables_are_its_configuration_section():
    # shaped like a metropolis's nginx Ansible role: "Role Variables" lists the role's settings with their defaults
    text = ("Role Name\n=========\n\nInstalls and configures nginx on the city's web servers.\n\nRole Variables\n--------------\n\n"
            "  - `nginx_root`: web directory root for the default vhost (default: `/var/lib/nginx/`)\n"
            "  - `nginx_worker_connections`: maximum number of connections of a worker (default: 1024)\n\nTags\n----\n\n  - nginx\n")
    assert "configuration" in analyse(text, "README.md")["sections"]
    # counterpart: a feature's variables ("Marqueur GTM avec variables personnalisées") name no configuration chapter
    gtm = "# SEO\n\nLe module de référencement du site.\n\n## Marqueur Google Tag Manager (GTM) avec variables personnalisées\n\nLe marqueur lit la page.\n"
    assert "configuration" not in analyse(gtm, "README.md")["sections"]
