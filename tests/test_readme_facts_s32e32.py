"""README facts of six real READMEs (issue 12, session 32 fixer e32 = readers r10a, m25o1, m25o2).

- InseeFr/JDCruncheR: "#### Changer les seuils des tests statistiques" (under "### Usage") says the thresholds are customisable and
  has the reader modify the option "jdc_thresholds": configuration, missed (the heading read as a test chapter, and no rule for a
  paragraph naming what can be adjusted and the option that adjusts it).
- InseeFr/Wilco: "## How to improve Wilco" (run Storybook, build a local version) is the contributors' guide, not usage; "## Using
  Wilco into your project" is the library's use.
- SocialGouv/tumeplay: "Créer un fichier .env avec les informations du .env.example du repo" for each app: configuration.
- dubreybrice-png/sdis66-analyse-operationnelle: "Synchronisation automatique avec GitHub via clasp." under the title is the
  developers' workflow, no description: documentation.readme warns.
- AntoElCrackito/theme_manager_QGIS_plugin: the description under "### Description" inside "<details open>" (the README's French
  half, shown unfolded) was skipped as a folded extra.
- urbanlab/LAP-MDM: Laravel's README template, whose "## License" says "The Laravel framework is open-source software licensed under
  the MIT license" (the wording before "open-sourced"): the framework's chapter, no licence section of the project's, no second source
  agreeing on MIT.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for


def _readme(tmp_path, readme: str, files: dict | None = None) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": "# draft\n", **(files or {})}, "date": "2024-03-04T10:00:00Z"},
                         {"files": {"README.md": readme}, "date": "2025-06-11T15:30:00Z"}])
    return ctx_for(tmp_path).fact("readme")


def _section(info: dict, name: str) -> dict | None:
    return next((d for d in info["section_details"] if d["name"] == name), None)


def _result(tmp_path, check: str) -> dict:
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=[check]))
    return report["results"][0]


R_PACKAGE = {"DESCRIPTION": "Package: JDCruncheR\nTitle: Quality report\nLicense: EUPL\n", "R/thresholds.R": "get_thresholds <- function() NULL\n"}
R_HEAD = ("# JDCruncheR\n\n### Présentation\n\nLe but premier du package JDCruncheR est de fournir un accès rapide et facile au cruncher "
          "depuis R pour mettre à jour les workspaces.\n\n### Installation\n\n```r\nremotes::install_github(\"InseeFr/JDCruncheR\")\n```\n\n"
          "### Usage\n\n#### Chargement du package\n\n```r\nlibrary(\"JDCruncheR\")\n```\n\n")
THRESHOLDS = ("#### Changer les seuils des tests statistiques\n\nLes seuils des tests du bilan qualité sont personnalisables. Pour cela,\n"
              "il faut modifier l’option `\"jdc_thresholds\"`.\n\n```r\nset_thresholds(\"m7\", c(Good = 0.8, Bad = 1.4, Severe = Inf))\n```\n")


def test_an_option_to_set_under_a_statistical_tests_heading_is_the_configuration(tmp_path):
    conf = _section(_readme(tmp_path, R_HEAD + THRESHOLDS, R_PACKAGE), "configuration")
    assert conf is not None and conf["line"] == 23, conf


def test_a_feature_said_customisable_with_no_option_to_set_is_no_configuration(tmp_path):
    text = R_HEAD + "#### Graphiques\n\nLes graphiques du bilan sont personnalisables et s'affichent dans RStudio.\n"
    assert _section(_readme(tmp_path, text, R_PACKAGE), "configuration") is None


def test_an_option_set_in_a_test_chapter_stays_the_test_runs(tmp_path):
    text = R_HEAD + THRESHOLDS.replace("Changer les seuils des tests statistiques", "Lancer les tests")
    assert _section(_readme(tmp_path, text, R_PACKAGE), "configuration") is None


LIBRARY = {"package.json": '{"name": "@inseefr/wilco", "main": "dist/index.js"}\n', "src/index.js": "export const Button = () => null;\n"}
WILCO = ("# Wilco\n\nVisual components\n\n## Using Wilco into your project\n\nIf you want to add the module into your own project, you should "
         "first install it via NPM or yarn\n\n```shell\nnpm i @inseefr/wilco bootstrap@4.5.0\n```\n\nThen, you need to include the CSS stylesheet "
         "of this module.\n\n```javascript\nimport '@inseefr/wilco/dist/index.css';\n```\n\n## How to improve Wilco\n\nIf you want to improve Wilco, "
         "the best way if to launch Storybook, and have a look to the component you want to improve.\n\n```\nnpm run start-storybook\n```\n\n"
         "Inside Wilco, we have a dedicated NPM script to build automatically each time a change is detected.\n\n```\nnpm run build:dev\n```\n")


def test_how_to_improve_the_project_is_the_contributors_guide_and_using_it_in_a_project_its_use(tmp_path):
    info = _readme(tmp_path, WILCO, LIBRARY)
    assert (_section(info, "contributing") or {}).get("line") == 19, info["section_details"]
    assert (_section(info, "usage") or {}).get("line") == 5, info["section_details"]


def test_how_to_improve_something_else_is_no_contributors_guide(tmp_path):
    info = _readme(tmp_path, WILCO.replace("## How to improve Wilco", "## How to improve performance"), LIBRARY)
    assert _section(info, "contributing") is None


APPS = {"vitrine/package.json": '{"name": "vitrine"}\n', "vitrine/.env.example": "NEXT_PUBLIC_API_URL=\n", "dashboard/package.json": '{"name": "dashboard"}\n'}
TUMEPLAY = ("# Tumeplay\n\nAccompagner les jeunes dans leur parcours d’apprentissage en santé sexuelle de manière ludique et fiable.\n\n"
            "## Tumeplay Vitrine\n\nLanding page conçue pour présenter divers thèmes liés à la sexualité de manière éducative et informative.\n\n"
            "Créer un fichier .env avec les informations du .env.example du repo\n\n```bash\nnpm run dev\n# or\nyarn dev\n```\n")


def test_a_settings_file_made_from_the_sample_one_is_the_configuration(tmp_path):
    conf = _section(_readme(tmp_path, TUMEPLAY, APPS), "configuration")
    assert conf is not None and conf["line"] == 9, conf


def test_a_file_made_with_other_information_is_no_configuration(tmp_path):
    text = TUMEPLAY.replace("Créer un fichier .env avec les informations du .env.example du repo", "Créer un compte avec les informations du formulaire d'inscription")
    assert _section(_readme(tmp_path, text, APPS), "configuration") is None


APPS_SCRIPT = {"appsscript.json": '{"timeZone": "Europe/Paris", "webapp": {"access": "ANYONE_ANONYMOUS"}}\n', ".clasp.json": '{"scriptId": "abc"}\n',
               "Code.js": "function doGet() { return HtmlService.createHtmlOutputFromFile('Home'); }\n", "Home.html": "<html></html>\n"}
CLASP = ("# Google Apps Script - SDIS 66\n\nSynchronisation automatique avec GitHub via clasp.\n\n## Configuration initiale\n\n1. Installer clasp :\n"
         "   ```bash\n   npm install -g @google/clasp\n   ```\n\n2. Se connecter à Google :\n   ```bash\n   clasp login\n   ```\n\n## Utilisation\n\n"
         "### Push automatique (après chaque modification)\n\n```powershell\n.\\push-all.ps1\n```\n\nCe script pousse automatiquement vers Google Apps "
         "Script (clasp push) puis vers GitHub (git commit + push).\n\n## Fichiers du projet\n\n- `Code.js` : Code principal\n- `Home.html` : Page d'accueil\n")


def test_syncing_the_code_with_the_forge_is_no_description_and_the_readme_warns(tmp_path):
    info = _readme(tmp_path, CLASP, APPS_SCRIPT)
    assert info["description"] is None and "purpose" not in info["sections"]
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "warn" and "no descriptive sentence" in r["message"]["en"], r


def test_an_app_syncing_the_agents_calendars_keeps_its_description(tmp_path):
    text = CLASP.replace("Synchronisation automatique avec GitHub via clasp.",
                         "Synchronisation automatique des plannings de garde des agents avec Google Agenda pour le SDIS.")
    assert (_readme(tmp_path, text, APPS_SCRIPT)["description"] or {}).get("line") == 3


QGIS = {"metadata.txt": "[general]\nname=Theme Manager\nqgisMinimumVersion=3.0\n", "theme_manager.py": "class ThemeManager:\n    pass\n"}
THEMES = ("# Theme Manager\n\n[![License](https://img.shields.io/badge/license-GPLv3-blue)](https://www.gnu.org/licenses/gpl-3.0.html)\n\n"
          "## Table des matières / Table of content\n\n- [Français](#français)\n  - [Description](#description)\n- [English](#english)\n\n---\n\n"
          "<details open>\n<summary><strong>Français</strong></summary>\n\n## Français\n\n### Description\n\n**Theme Manager** est un plugin développé "
          "pour QGIS permettant de visualiser la répartition des affichages des couches par thème dans un projet QGIS.\n\n### Installation\n\n"
          "Installer le plugin depuis le gestionnaire d'extensions de QGIS.\n\n</details>\n")


def test_the_description_inside_an_unfolded_details_block_is_found(tmp_path):
    desc = _readme(tmp_path, THEMES, QGIS)["description"]
    assert desc is not None and desc["line"] == 20 and desc["text"].startswith("Theme Manager est un plugin"), desc


def test_a_folded_details_block_still_gives_no_description(tmp_path):
    assert _readme(tmp_path, THEMES.replace("<details open>", "<details>"), QGIS)["description"] is None


LARAVEL = {"composer.json": '{"name": "laravel/laravel", "description": "The Laravel Framework.", "license": "MIT"}\n',
           "app/Http/Kernel.php": "<?php\nnamespace App\\Http;\nclass Kernel {}\n", "artisan": "#!/usr/bin/env php\n<?php\n"}
SKELETON = ("# LAP-MDM\n\n<p align=\"center\"><img src=\"https://laravel.com/assets/img/components/logo-laravel.svg\"></p>\n\n## About Laravel\n\n"
            "Laravel is a web application framework with expressive, elegant syntax. We believe development must be an enjoyable and creative "
            "experience to be truly fulfilling.\n\n## Contributing\n\nThank you for considering contributing to the Laravel framework! The "
            "contribution guide can be found in the [Laravel documentation](https://laravel.com/docs/contributions).\n\n## Security Vulnerabilities\n\n"
            "If you discover a security vulnerability within Laravel, please send an e-mail to Taylor Otwell via [taylor@laravel.com](mailto:taylor@laravel.com). "
            "All security vulnerabilities will be promptly addressed.\n\n## License\n\nThe Laravel framework is open-source software licensed under "
            "the [MIT license](https://opensource.org/licenses/MIT).\n")


def test_the_laravel_templates_licence_chapter_in_its_older_wording_is_the_frameworks(tmp_path):
    info = _readme(tmp_path, SKELETON, LARAVEL)
    assert "license" not in info["sections"], info["section_details"]
    readme = _result(tmp_path, "documentation.readme")
    assert readme["status"] == "fail" and "untouched template" in readme["message"]["en"], readme
    consistent = _result(tmp_path, "licensing.consistent")
    assert "2 sources" not in consistent["message"]["en"], consistent


def test_the_projects_own_licence_chapter_under_the_laravel_template_stays(tmp_path):
    text = SKELETON.replace("The Laravel framework is open-source software licensed under the [MIT license](https://opensource.org/licenses/MIT).",
                            "LAP-MDM est distribué sous licence MIT par la Métropole de Lyon.")
    assert "license" in _readme(tmp_path, text, LARAVEL)["sections"]
