"""State start-up facts: an OpenAPI description whatever its name, CI in older places, README sections
worded differently, and "usage" not claimed from run commands among the installation steps."""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.test_reusability_fixtures import build, results, run_audit


def test_openapi_found_by_its_top_level_key_whatever_its_name(tmp_path):
    files = {
        "api/contrat.yaml": "# Contrat de l'API\nopenapi: 3.0.3\ninfo:\n  title: Aides\n  version: '1'\npaths:\n  /aides:\n    get:\n      responses: {}\n",
        "docs/v2.json": "{\n  \"swagger\": \"2.0\",\n  \"info\": {\"title\": \"x\", \"version\": \"1\"},\n  \"paths\": {}\n}\n",
        "config/app.yaml": "server:\n  openapi: 3.0.0\n",  # nested key: not a specification
        "package.json": "{\"name\": \"x\", \"version\": \"1.0.0\"}\n",
    }
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["interoperability.api-spec"])
    assert report["facts"]["files"]["openapi"] == ["api/contrat.yaml", "docs/v2.json"]


def test_ci_in_older_locations(tmp_path):
    files = {"circle.yml": "test:\n  override:\n    - npm test\n", "README.md": "# x\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["ci"] == ["circleci"]
    files = {".circleci/workflows.yml": "version: 2\n", "ci/Jenkinsfile": "pipeline {}\n", ".builds/test.yml": "image: alpine\n"}
    report = run_audit(build(tmp_path / "s", files), tmp_path / "c2", ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["ci"] == ["circleci", "jenkins", "sourcehut"]


def test_readme_sections_worded_differently():
    text = ("# Projet\n\nUn service.\n\n## Mise en route\n\nClonez.\n\n## Participer\n\nOuvrez un ticket.\n")
    secs = analyse(text, "README.md")["sections"]
    assert "install" in secs and "contributing" in secs


def test_usage_not_claimed_from_run_commands_among_installation_steps():
    text = ("# Projet\n\nUn service.\n\n## Installation\n\n```\nnpm ci\n```\n\n### Lancer le serveur\n\n```\nnpm start\n```\n\n"
            "## Lancer le projet\n\n```\nmake run\n```\n")
    secs = analyse(text, "README.md")["sections"]
    assert "install" in secs and "usage" not in secs
    text += "\n## Utilisation\n\nOuvrez http://localhost:3000.\n"
    assert "usage" in analyse(text, "README.md")["sections"]


# --- session 4: facts read wrong on State start-up repositories (shapes of the real cases, own wording) -------------------

def _facts(tmp_path, files, checks=("documentation.readme-sections",)):
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", list(checks))


def test_weak_heading_words_and_another_tools_link_make_no_section(tmp_path):
    """Shaped like etalab/apicarto: a notice heading, "Prérequis" listing "Node.js (utilisation de [nvm] recommandée)",
    then "### Lancer le service" under the installation: no purpose (the README never says what the API does), no usage."""
    readme = ("## ⚠️ Projet abandonné ⚠️\n\nUn autre service public a repris ce travail, voyez [leur site](https://api.exemple.fr).\n\n"
              "# GeoAPI\n\n## Prérequis\n\n* [Node.js](https://nodejs.org) v18 (utilisation de [nvm](https://github.com/nvm-sh/nvm) recommandée)\n"
              "* PostgreSQL 15\n\n## Installation\n\n### Création de la base\n\nLa base qui recevra les données doit exister avant l'import.\n\n"
              "```\ncreatedb geoapi\n```\n\n### Lancer le service\n\n```\nnpm start\n```\n")
    facts = _facts(tmp_path, {"README.md": readme, "package.json": '{"name": "geoapi"}\n'})["facts"]["readme"]
    assert "purpose" not in facts["sections"] and "usage" not in facts["sections"] and "install" in facts["sections"]
    assert facts["description"] is None or facts["description"]["first"] is False  # neither the notice nor an install step
    # counterparts: "Le service" leading a heading, an API chapter and a pointer sentence still count
    ok = analyse("# GeoAPI\n\n## Le service\n\nx\n\n## API REST\n\nx\n", "README.md")["sections"]
    assert ok == ["purpose", "usage"]
    assert "usage" in analyse("# P\n\nUtilisation : voir [le guide](https://exemple.fr/guide).\n", "README.md")["sections"]


def test_deprecation_notice_is_no_description_and_the_issue_tracker_is_a_contact(tmp_path):
    """Shaped like etalab/sirene_as_api: '## ⚠ Déprécation de l'API ⚠' first, its notice text, 'nous contacter au travers
    des issues', then the title and the real description."""
    readme = ("## ⚠ Déprécation de l'API ⚠\n\nLe développement de cette API est arrêté depuis cette année.\n\n"
              "### Comment suivre les changements ?\n\nVous pouvez aussi nous contacter au travers des issues de ce dépôt.\n\n"
              "# RegistreAPI\n\nCe projet sert le registre public des entreprises sous forme d'API, à partir des fichiers publiés chaque mois.\n\n"
              "## Installation\n\n```\nbundle install\n```\n")
    facts = _facts(tmp_path, {"README.md": readme, "Gemfile": "source 'https://rubygems.org'\n"})["facts"]["readme"]
    details = {d["name"]: d for d in facts["section_details"]}
    assert details["purpose"]["line"] == 11 and facts["description"]["line"] == 11
    assert "usage" not in details  # "Déprécation de l'API" is no usage heading
    assert details["contact"]["line"] == 7
    assert "contact" not in analyse("# P\n\nPour contribuer, ouvrez une issue.\n", "README.md")["sections"]


def test_a_step_that_sets_the_settings_is_configuration_and_the_canonical_compose_file_comes_first(tmp_path):
    """Shaped like MTES-MCT/stop-punaises: '2. Configurer les variables d'environnements du service de stockage' with the
    .env.local block under the installation; docker-compose.tools.yml beside docker-compose.yml at the root."""
    readme = ("# Signalement\n\nUne application qui met en relation les usagers et les entreprises de traitement agréées.\n\n"
              "## Installation\n\n1. Lancer la commande\n\n```\nmake build\n```\n\n"
              "2. Configurer les variables d'environnements du service de stockage objet\n\n```\n# .env.local\nS3_KEY=\nS3_SECRET=\n```\n")
    files = {"README.md": readme, "docker-compose.tools.yml": "services:\n  lint:\n    image: php:8.3\n",
             "docker-compose.yml": "services:\n  app:\n    image: nginx:1.25\n", "composer.json": '{"name": "x/y"}\n',
             "docker/override/docker-compose.yml": "services: {}\n"}
    facts = _facts(tmp_path, files)["facts"]
    assert "configuration" in facts["readme"]["sections"]
    assert facts["files"]["compose"] == "docker-compose.yml"
    assert "configuration" not in analyse("# P\n\nConfigurer votre éditeur pour qu'il formate le code.\n", "README.md")["sections"]


def test_a_monorepo_components_changelogs_count_but_a_copied_librarys_does_not(tmp_path):
    """Shaped like MTES-MCT/qualicharge: no CHANGELOG at the root, src/api/CHANGELOG.md beside src/api/pyproject.toml."""
    files = {"README.md": "# Recharge\n\nAnalyse la qualité du service de recharge.\n",
             "src/api/pyproject.toml": "[project]\nname = 'api'\n", "src/api/CHANGELOG.md": "# Changelog\n\n## [1.2.0]\n",
             "src/client/pyproject.toml": "[project]\nname = 'client'\n", "src/client/CHANGELOG.md": "# Changelog\n",
             "vendor/lib/package.json": "{}\n", "vendor/lib/CHANGELOG.md": "# lib\n"}
    report = _facts(tmp_path, files, ["documentation.community-files"])
    assert report["facts"]["files"]["changelog"] == "src/api/CHANGELOG.md"
    assert "CHANGELOG" in results(report)["documentation.community-files"]["message"]["en"].split(";")[0]
    del files["src/api/CHANGELOG.md"], files["src/client/CHANGELOG.md"]
    report = run_audit(build(tmp_path / "s", files), tmp_path / "c2", ["documentation.community-files"])
    assert report["facts"]["files"]["changelog"] is None  # vendor/lib's is a copied library's


def test_a_development_workspaces_image_is_not_the_projects_dockerfile_and_the_ops_run_is_no_usage(tmp_path):
    """Shaped like betagouv/api-particulier: .gitpod.dockerfile at the root (the editor's machine) and the app's image in
    docker/web/Dockerfile; a '# Tâches de run' chapter (French ops' noun) after the installation."""
    readme = ("# Portail\n\nUn portail qui délivre des jetons d'accès aux données des usagers.\n\n# Installation\n\n```\nnpm install\n```\n\n"
              "# Tâches de run\n\nCertaines tâches reviennent souvent dans l'exploitation du produit.\n")
    files = {"README.md": readme, ".gitpod.dockerfile": "FROM gitpod/workspace-postgres\n", ".devcontainer/Dockerfile": "FROM node:20\n",
             "docker/web/Dockerfile": "FROM node:20-alpine\n", "package.json": '{"name": "portail"}\n'}
    facts = _facts(tmp_path, files)["facts"]
    assert facts["files"]["dockerfile"] == "docker/web/Dockerfile"
    assert "usage" not in facts["readme"]["sections"]
    only_workspace = {k: v for k, v in files.items() if k != "docker/web/Dockerfile"}
    facts = run_audit(build(tmp_path / "s", only_workspace), tmp_path / "c2", ["documentation.readme-sections"])["facts"]
    assert facts["files"]["dockerfile"] == ".gitpod.dockerfile"  # still named when it is the only one
    assert analyse("# P\n\nx\n\n## Run\n\n`make run`\n", "README.md")["sections"] == ["usage"]


def test_a_readme_sentence_stating_the_projects_licence_is_a_source_without_a_licence_heading(tmp_path):
    """A README that says 'Ce projet est publié sous licence EUPL-1.2.' with no Licence heading and no LICENSE file declares
    the licence (before: 'no licence found'); a dependency's licence or the data's alone is not the project's."""
    readme = ("# Collecte\n\nUn outil qui aide les communes à suivre la collecte des biodéchets de leurs habitants.\n\n"
              "La carte utilise Leaflet, publié sous licence BSD-2-Clause.\n\nLes données sont publiées sous licence ODbL.\n\n"
              "Ce projet est publié sous licence EUPL-1.2.\n")
    report = _facts(tmp_path, {"README.md": readme, "app.py": "print('ok')\n"}, ["licensing.open-license"])
    lic = report["facts"]["license"]
    assert lic["spdx"] == "EUPL-1.2" and [(s["kind"], s["line"]) for s in lic["sources"]] == [("readme", 9)]
    assert results(report)["licensing.open-license"]["status"] == "pass"


def test_the_developers_editor_setup_is_no_configuration_and_a_git_collaboration_workflow_is_contributing():
    """Shaped like betagouv/nitrates (an Envergo fork): '## Configurer son environnement' (Editorconfig, VSCode) before
    '### Variables de configuration', and '### Workflow de collaboration' (branches, reviews, pull requests)."""
    text = ("# Outil\n\nAméliorer la prise en compte de l'environnement dans les projets d'urbanisme.\n\n"
            "## Configurer son environnement\n\nUn fichier Editorconfig règle les éditeurs.\n\n### VSCode\n\nRéglages conseillés.\n\n"
            "## Limitation de débit\n\n### Variables de configuration\n\n| Variable | Défaut |\n|---|---|\n| RATE | 100/m |\n\n"
            "## Recette et déploiement\n\n### Workflow de collaboration\n\nToute branche passe par une revue de code avant d'être fusionnée.\n")
    info = analyse(text, "README.md")
    details = {d["name"]: d for d in info["section_details"]}
    assert details["configuration"]["text"] == "Variables de configuration"
    assert details["contributing"]["text"] == "Workflow de collaboration"
    assert "configuration" not in analyse("# P\n\nUn outil.\n\n## Configurer son environnement\n\nEditorconfig.\n", "README.md")["sections"]


def test_running_the_developers_tasks_is_no_usage():
    """Shaped like etalab/formulaire-qf ('# Run the tests' before 'Guide d'utilisation pour les communes') and betagouv/nitrates
    ('## Scan de sécurité' / '### Lancer un scan'): running tests, linters or scans says how to work on the code, not how to use it."""
    text = ("# Formulaire\n\nUn formulaire qui calcule le quotient familial pour les communes.\n\n## Install project\n\n```\nbundle install\n```\n\n"
            "# Run the tests\n\n```\nbundle exec rspec\n```\n\n## Scan de sécurité\n\n### Lancer un scan\n\n```\nmake scan\n```\n\n"
            "# Guide d'utilisation pour les communes sans éditeur\n\n> https://docs.exemple.gouv.fr/guide\n")
    details = {d["name"]: d for d in analyse(text, "README.md")["section_details"]}
    assert details["usage"]["text"] == "Guide d'utilisation pour les communes sans éditeur"
    assert "usage" not in analyse(text.split("# Guide")[0], "README.md")["sections"]
    assert "usage" in analyse("# P\n\nUn outil.\n\n## Lancer le serveur\n\n`make run`\n", "README.md")["sections"]


WAVE = ("# Jumeau numérique\n\n## Quick start\n\n```sh\nnpm ci\n```\n\n## Commands\n\n### Type-Check, Compile and Minify for Production\n\n"
        "```sh\nnpm run build\n```\n\n### Run Unit Tests with [Vitest](https://vitest.dev/)\n\n```sh\nnpm run test:unit\n```\n\n"
        "### Lint with [ESLint](https://eslint.org/)\n\n```sh\nnpm run lint:js\n```\n\n### Format the code with autofix (eslint + prettier)\n\n"
        "```sh\nnpm run format\n```\n\n### Run histoire with Hot-Reload for Development\n\n```sh\nnpm run story\n```\n")


def test_a_commands_chapter_of_the_developers_tasks_is_no_usage(tmp_path):
    """Shaped like sigrennesmetropole/cooperation_jn_wave: '## Commands' whose sub-headings are building, testing, linting,
    formatting and a development server says how to work on the code; a CLI's '## Commands' naming its own commands is usage."""
    report = run_audit(build(tmp_path / "r", {"README.md": WAVE, "package.json": '{"name": "wave", "scripts": {"build": "vite build"}}\n'}),
                       tmp_path / "c", ["documentation.readme-sections"])
    assert "usage" not in report["facts"]["readme"]["sections"]
    cli = "# Outil\n\nImporte les adresses.\n\n## Commands\n\n### Import the addresses of a commune\n\n```sh\nbal import 35238\n```\n"
    assert "usage" in analyse(cli, "README.md")["sections"]
    mixed = WAVE + "\n### Export a scene to glTF\n\n```sh\nwave export scene.json\n```\n"
    assert "usage" in analyse(mixed, "README.md")["sections"]


def test_a_link_to_the_host_organisations_home_page_gives_no_deployment():
    """Shaped like SocialGouv/mda: 'un monorepo créé pour faciliter le déploiement sur l'infrastructure de la [Fabrique numérique
    des ministères sociaux](https://fabrique.social.gouv.fr)' names who hosts it; a link to a deployment document still counts."""
    text = ("# MDA\n\nAider les personnes concernées par l'autisme à trouver leurs réponses.\n\nCe dépôt est un monorepo créé pour faciliter le "
            "déploiement sur l'infrastructure de la [Fabrique numérique des ministères sociaux](https://fabrique.social.gouv.fr).\n")
    assert "deployment" not in analyse(text, "README.md")["sections"]
    doc = text.replace("https://fabrique.social.gouv.fr", "https://socialgouv.github.io/support/docs/infrastructure/deploiement")
    assert "deployment" in analyse(doc, "README.md")["sections"]


def test_a_numbered_step_is_no_description_and_a_misspelt_heading_still_names_its_section(tmp_path):
    """Shaped like SocialGouv/carnets: the README opens on '#### Developement' (misspelt) and a numbered list of steps ('2. Create a
    Github OAuth App to allow authentication via Github'): no description, and the steps are the installation."""
    text = ("#### Developement\n1. Clone the repository\n2. Create a **Github OAuth App** to allow authentication via Github\n"
            "3. Create a **Github PAT** to give Hasura access to the Github graphql remote schema\n4. Start the application via `yarn dev`\n\n"
            "#### Application Environment Variables (`.env.local`)\n| Variable | Value |\n|---|---|\n| ENV | `development` |\n")
    report = run_audit(build(tmp_path / "r", {"README.md": text, "package.json": '{"name": "carnets"}\n'}), tmp_path / "c",
                       ["documentation.readme-sections"])
    info = report["facts"]["readme"]
    assert info["description"] is None and "purpose" not in info["sections"]
    assert [d["text"] for d in info["section_details"] if d["name"] == "install"] == ["Developement"]
    listed = "# Outil\n\n- Un outil qui calcule les aides au logement pour les bailleurs sociaux.\n"
    assert analyse(listed, "README.md")["description"]["text"].startswith("Un outil")  # a bullet is no step
    assert "install" in analyse("# P\n\nUn outil pour les communes.\n\n## Instalation\n\nClonez.\n", "README.md")["sections"]
    assert analyse("# P\n\n## Developers\n\nAlice.\n\n## Documentation développeur\n\nVoir le wiki.\n", "README.md")["sections"] == ["usage"]


def test_a_folder_kept_by_a_gitkeep_is_no_test(tmp_path):
    """Shaped like betagouv/diagbruit.beta.gouv.fr: dbt's scaffold keeps an empty tests/ folder (``dbt/tests/.gitkeep``) and
    Create React App's ``setupTests.ts`` sets Jest up; no test is written, so files.tests is false."""
    files = {"dbt/tests/.gitkeep": "", "dbt/dbt_project.yml": "name: diagbruit\n", "frontend/src/setupTests.ts": "import '@testing-library/jest-dom';\n",
             "frontend/src/index.tsx": "export const a = 1;\n", "fastapi/app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["tests"] is False
    report = run_audit(build(tmp_path / "s", {**files, "fastapi/tests/test_diag.py": "def test_diag():\n    assert sorted([2, 1]) == [1, 2]\n"}), tmp_path / "c2",
                       ["reusability.tests-and-ci"])
    assert report["facts"]["files"]["tests"] is True


def test_production_under_the_credits_names_the_producer_not_a_deployment():
    """Shaped like MTES-MCT/fluctuat: '## Crédits' then '### Production' (La Fabrique Numérique) and '### Équipe'."""
    text = ("# Fluctuat\n\nUne plateforme qui crée des lettres de voiture numériques pour le transport fluvial.\n\n## Crédits\n\n### Production\n\n"
            "- [La Fabrique Numérique](https://www.ecologique-solidaire.gouv.fr/fabrique)\n\n### Équipe\n\n- Karl, intrapreneur\n")
    assert "deployment" not in analyse(text, "README.md")["sections"]
    assert "deployment" in analyse(text.replace("## Crédits", "## Hébergement et exploitation"), "README.md")["sections"]


def test_a_github_alert_and_a_limitations_chapter_are_no_description():
    """Shaped like geo2france/refine-datafair: '> [!IMPORTANT] Le fournisseur est maintenant intégré dans le projet …' opens the
    README, the description is the short line under it, and '## Limitation' says what the library cannot do."""
    text = ("# Refine-datafair\n\n> [!IMPORTANT]  \n> Le fournisseur est maintenant intégré dans le projet https://github.com/geo2france/g2f-dashboard/\n\n"
            "[Data Fair API](https://data-fair.github.io/) data-provider for [refine](https://refine.dev/).\n\n## Installation\n\n```bash\nnpm install x\n```\n\n"
            "## Limitation\n\nRead operations only : sort, pagination, filter (contains, eq, startswith, endswith)\n")
    info = analyse(text, "README.md")
    assert info["description"]["text"] == "Data Fair API data-provider for refine." and info["description"]["first"]  # the line under the title
    info = analyse(text.replace("[Data Fair API](https://data-fair.github.io/) data-provider for [refine](https://refine.dev/).\n\n", ""), "README.md")
    assert info["description"] is None and "purpose" not in info["sections"]  # neither the alert nor the limitation


def test_meetings_are_no_pointer_to_a_contributing_guide():
    """Shaped like Atelier-parisien-d-urbanisme/Observatoire-economie-paris: 'des rendez-vous réguliers avec les partenaires pour …
    contribuer à la construction d'une vision prospective' gives no contributing section; 'rendez-vous sur' still points."""
    text = ("# Observatoire\n\nUn observatoire partenarial pour analyser l'économie parisienne et les impacts de la crise.\n\n"
            "Elle donne également lieu à des rendez-vous réguliers avec les partenaires pour partager les principaux résultats et contribuer "
            "à la construction d'une vision prospective.\n")
    assert "contributing" not in analyse(text, "README.md")["sections"]
    assert "contributing" in analyse(text + "\nPour contribuer, rendez-vous sur le forum.\n", "README.md")["sections"]


def test_a_monorepo_stating_no_licence_at_its_root_is_read_from_its_components_manifests(tmp_path):
    """Shaped like SocialGouv/recherche-entreprises: no LICENSE, no root manifest, a README silent on the licence, and
    api/package.json and index/package.json declaring Apache-2.0: declared only, not "none"."""
    files = {"README.md": "# recherche-entreprises\n\nAPI de recherche d'entreprise basée sur ElasticSearch et la base SIRENE.\n",
             "api/package.json": '{\n  "name": "@socialgouv/recherche-entreprises-api",\n  "license": "Apache-2.0"\n}\n',
             "index/package.json": '{\n  "name": "index",\n  "license": "Apache-2.0"\n}\n', "front/package.json": '{"name": "front", "private": true}\n',
             "api/src/index.ts": "export const a = 1;\n", "vendor/lib/package.json": '{"name": "lib", "license": "MIT"}\n'}
    lic = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["licensing.open-license"])["facts"]["license"]
    assert lic["spdx"] == "Apache-2.0" and lic["status"] == "declared-only"
    assert sorted(s["path"] for s in lic["sources"]) == ["api/package.json", "index/package.json"]
    with_text = {**files, "LICENSE": "MIT License\n\nCopyright (c) 2021\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"}
    lic = run_audit(build(tmp_path / "s", with_text), tmp_path / "c2", ["licensing.open-license"])["facts"]["license"]
    # the root's text comes first; since s47 fg47 (OPEN-ENT-NG/ressource-aggregator) the manifests of the application's top-level
    # parts are read beside it, so their disagreement is seen (a vendored manifest never is)
    assert lic["sources"][0]["path"] == "LICENSE", lic["sources"]
    assert sorted(s["path"] for s in lic["sources"] if s["path"].endswith("package.json")) == ["api/package.json", "index/package.json"]


def test_an_r_packages_description_states_its_licence_and_pkgdown_is_its_documentation_site(tmp_path):
    """Shaped like MTES-MCT/savoirfR: DESCRIPTION says 'License: GPL-3' (R's spelling: version 3 only; 'GPL (>= 3)' or later),
    no LICENSE file, and _pkgdown.yml configures the package's documentation site."""
    desc = ("Package: savoirfR\nTitle: Exercices\nVersion: 0.0.0.9009\nDescription: Exercices des modules du parcours de formation.\n"
            "License: GPL-3\nEncoding: UTF-8\nImports:\n    dplyr,\n    fs\n")
    files = {"DESCRIPTION": desc, "NAMESPACE": "export(charge_exo)\n", "R/charge_exo.R": "charge_exo <- function(module) {\n  module\n}\n",
             "_pkgdown.yml": "url: https://mtes-mct.github.io/savoirfR/\ntemplate:\n  bootstrap: 5\n", "README.md": "# savoirfR\n\nUne banque d'exercices.\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["licensing.open-license"])
    lic = report["facts"]["license"]
    assert lic["spdx"] == "GPL-3.0-only" and lic["status"] == "declared-only" and lic["sources"][0]["path"] == "DESCRIPTION"
    assert report["facts"]["files"]["docs"] == "_pkgdown.yml"
    report = run_audit(build(tmp_path / "s", {**files, "DESCRIPTION": desc.replace("GPL-3", "GPL (>= 3)")}), tmp_path / "c2", ["licensing.open-license"])
    assert report["facts"]["license"]["spdx"] == "GPL-3.0-or-later"


def test_features_of_a_part_of_the_code_are_no_presentation_of_the_project():
    """Shaped like geo2france/odema-viz: '### Fonctionnalités spécifiques' (cookie and URL helpers) under '## Structure du projet'."""
    text = ("# ODEMA-VIZ\n\n## Lancement du projet\n\n```\nnpm run dev\n```\n\n## Structure du projet\n\n### Routing et pages\n\nDeux pages.\n\n"
            "### Fonctionnalités spécifiques\n\n#### Cookies\n\nLe projet exploite la librairie js-cookie pour lire et écrire les cookies.\n")
    assert "purpose" not in [d["name"] for d in analyse(text, "README.md")["section_details"] if d["via"] == "heading"]
    assert "purpose" in analyse(text.replace("## Structure du projet", "## Le service"), "README.md")["sections"]


# --- session 6: facts read wrong on unseen State start-up repositories (shapes of the real cases, own wording) ------------

def test_starting_a_local_copy_is_no_usage():
    """Shaped like numerique-gouv/statistiques-impact ("## Lancement": runserver, a local address) and SocialGouv/mda ("## Lancer"
    whose sub-chapters start the services one by one): the end of the installation, not how to use the project."""
    text = ("# Stats\n\nCe site répertorie les produits et leurs statistiques d'usage.\n\n## Installation\n\n- Clonez le dépôt\n"
            "- Installez les paquets avec `pip install -r requirements.txt`\n\n## Lancement\n\nDans votre environnement, exécutez "
            "`python manage.py runserver`.\nLe serveur sera joignable à l'adresse http://127.0.0.1:8000/\n")
    assert analyse(text, "README.md")["sections"] == ["purpose", "install"]
    nested = ("# Portail\n\nUn portail d'information pour les familles.\n\n## Lancer\n\nPour développer, lancez les applications une à une.\n\n"
              "### Lancer les services nécessaires\n\n```sh\nyarn up\n```\n\n### Lancer le front\n\nVoir apps/web.\n\n### URLs\n\n"
              "- Web => `http://localhost:3000`\n")
    assert "usage" not in analyse(nested, "README.md")["sections"]
    ops = "# Outil\n\nUn outil de suivi des arrêtés.\n\n## Commandes utiles\n\nLogs :\n\n```bash\ndocker compose logs -f\n```\n"
    assert "usage" not in analyse(ops, "README.md")["sections"]
    cli = ("# Convertisseur\n\nUn outil qui convertit des fichiers de lieux vers le schéma national.\n\n## Lancement\n\n"
           "```bash\nconvertir --source lieux.csv --sortie lieux.json\n```\n")
    assert "usage" in analyse(cli, "README.md")["sections"]  # a command-line tool's run is its use


def test_building_and_developing_headings_give_the_installation():
    """Shaped like etalab/transpo-rt: "## Developping" (misspelt) then "### Building" (install the toolchain, build)."""
    text = ("# tr\n\nSimple API for realtime transit data.\n\n## Developping\n\n### Building\n\nTo build the api, install the toolchain:\n\n"
            "```\ncurl https://sh.rustup.rs -sSf | sh\ncargo build\n```\n")
    assert analyse(text, "README.md")["section_details"][1] == {"name": "install", "via": "heading", "line": 7, "text": "Building"}
    assert "install" in analyse(text.replace("## Developping", "## Developing").replace("### Building", "### Notes"), "README.md")["sections"]


def test_publishing_the_documentation_is_no_deployment():
    """Shaped like DNUM-SocialGouv/dsn_processing: "### Déploiement" under "## Documentation" publishes the doc site; a sentence that
    points to the deployment of the pipeline still gives the section."""
    doc = ("# Traitement\n\nUne base construite à partir des déclarations sociales, chaque mois.\n\n## Documentation\n\n"
           "La documentation est générée avec Sphinx.\n\n### Déploiement\n\nLa documentation est déployée sur GitHub Pages à chaque "
           "modification de la branche dev.\n")
    assert "deployment" not in analyse(doc, "README.md")["sections"]
    pointed = doc.replace("## Documentation", "Des variables complémentaires sont nécessaires pour déployer la brique "
                          "[Airflow](docs/pipeline.md#deploiement).\n\n## Documentation")
    details = analyse(pointed, "README.md")["section_details"]
    assert [d["text"][:40] for d in details if d["name"] == "deployment"] == ["Des variables complémentaires sont néces"]
    assert "deployment" in analyse(doc.replace("### Déploiement", "## Déploiement"), "README.md")["sections"]


def test_a_useful_link_to_another_project_gives_no_section():
    """Shaped like a Symfony app's "Utils links": "[Sandbox](https://github.com/someone/sandbox) / This sandbox provides an example of
    usage of a bundle" describes that other project; a sentence pointing to the project's own deployment repository still counts."""
    links = ("# App\n\nUne application de signature de documents.\n\n### Liens\n\n* [React Sandbox](https://github.com/someone/react-sandbox)"
             " / This sandbox provides an example of usage of the bundle\n")
    assert "usage" not in analyse(links, "README.md")["sections"]
    pointer = links + "\nUn script capable de déployer l'API automatiquement : [app_ansible](https://github.com/org/app_ansible)\n"
    assert "deployment" in analyse(pointer, "README.md")["sections"]


def test_the_documentation_folder_of_the_projects_one_application(tmp_path):
    """Shaped like numerique-gouv/statistiques-impact: the Django application lives in django/ (its requirements.txt) with its docs in
    django/docs/; a docs folder of a module inside the code or of a vendored library is not the project's documentation."""
    files = {"README.md": "# Stats\n", "django/requirements.txt": "django==5.0\n", "django/manage.py": "print(1)\n",
             "django/docs/envoi_de_fichiers.md": "# Envoyer un fichier\n\nAppelez l'API.\n"}
    assert _facts(tmp_path, files)["facts"]["files"]["docs"] == "django/docs/"
    files = {"README.md": "# Stats\n", "package.json": "{}\n", "src/widget/docs/notes.md": "# notes\n",
             "vendor/lib/package.json": "{}\n", "vendor/lib/docs/api.md": "# api\n"}
    assert _facts(tmp_path / "b", files)["facts"]["files"]["docs"] is None


def test_a_gitbook_space_is_documentation_and_its_front_matter_no_heading(tmp_path):
    """Shaped like incubateur-territoires/docs-pcrs-public: a GitBook space (SUMMARY.md, .gitbook/assets/) whose README opens with a
    YAML front matter; its "description:" line is no heading (CommonMark reads the line above "---" as one), and files.docs names
    the space's table of contents."""
    readme = ("---\ndescription: Contenu documentaire produit par l'équipe\n---\n\n# Ressources documentaires\n\n"
              "Cet espace documentaire rassemble les ressources utiles aux porteurs de projets de plans de rues.\n")
    analysed = analyse(readme, "README.md")
    assert [h["text"] for h in analysed["headings"]] == ["Ressources documentaires"]
    assert analysed["section_details"] == [{"name": "purpose", "via": "sentence", "line": 7, "text": analysed["description"]["text"]}]
    files = {"README.md": readme, "SUMMARY.md": "# Table of contents\n\n* [Ressources](README.md)\n", ".gitbook/assets/logo.svg": "<svg/>\n",
             "contexte/reglementation.md": "# Réglementation\n"}
    assert _facts(tmp_path, files)["facts"]["files"]["docs"] == "SUMMARY.md"
    del files[".gitbook/assets/logo.svg"]  # a SUMMARY.md alone is any summary
    assert _facts(tmp_path / "b", files)["facts"]["files"]["docs"] is None


def test_documented_command_options_give_the_usage_and_settings_to_define_the_configuration():
    """Shaped like betagouv/anssi-recommandations-cyber-data ("## Générer les réponses…" then the command and "- `--fichier-evaluation` :
    chemin vers…") and MTES-MCT/trackdechets-meltano-workspace ("des variables d'environnement à définir dans un fichier .env")."""
    cli = ("# evaluation\n\nUne interface pour évaluer un assistant et indexer des documents.\n\n## Générer les réponses\n\n"
           "```shell\nuv run python src/evalue.py --fichier questions.csv --sortie /tmp/r\n```\n\n"
           "- `--fichier` : chemin vers le fichier CSV des questions.\n- `--sortie` : dossier où écrire les réponses.\n")
    details = analyse(cli, "README.md")["section_details"]
    assert [(d["name"], d["line"]) for d in details] == [("purpose", 3), ("usage", 11)]
    one = cli.replace("- `--sortie` : dossier où écrire les réponses.\n", "")
    assert "usage" not in analyse(one, "README.md")["sections"]  # a single option item is no documentation of the command
    settings = ("# Espace de travail\n\nLa configuration et les pipelines d'extraction de la plateforme de données.\n\n## Extraction\n\n"
                "Les extracteurs nécessitent des variables d'environnement à définir dans un fichier `.env`.\n")
    assert "configuration" in analyse(settings, "README.md")["sections"]


def test_dbts_package_lock_is_a_lockfile(tmp_path):
    """Shaped like MTES-MCT/trackdechets-meltano-workspace: transform/package-lock.yml pins the dbt packages of packages.yml."""
    files = {"README.md": "# Entrepôt\n", "meltano.yml": "version: 1\n", "transform/dbt_project.yml": "name: entrepot\n",
             "transform/packages.yml": "packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n",
             "transform/package-lock.yml": "packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\nsha1_hash: 5e63\n"}
    assert _facts(tmp_path, files)["facts"]["files"]["lockfiles"] == ["transform/package-lock.yml"]


def test_the_teams_rituals_are_no_contact():
    """Shaped like betagouv/dossiersco: "## Vie de l'équipe" tells how the team works (daily meeting, retrospective), not how to reach it;
    "## L'équipe" or "## Contacter l'équipe" still do."""
    text = ("# Dossier\n\nTransformer une campagne d'inscription de masse en accueil individualisé des familles.\n\n## Vie de l'équipe\n\n"
            "L'équipe travaille à distance, avec quelques rituels chaque semaine.\n\n### Quotidienne\n\nPoint quotidien à 10h.\n")
    assert "contact" not in analyse(text, "README.md")["sections"]
    assert "contact" in analyse(text.replace("## Vie de l'équipe", "## Contacter l'équipe"), "README.md")["sections"]


def test_a_folder_of_pictures_is_no_documentation_and_the_tools_own_helm_no_deployment(tmp_path):
    """Shaped like SocialGouv/helmdex: docs/ holds only the logo the README shows; "### Bundled Helm behavior" is about the helm binary
    the tool downloads (the README says it does not deploy); "## Helm chart" or "## Kubernetes" still name a deployment chapter."""
    readme = ("# helmdex\n\nA terminal organizer for umbrella chart instances, no rendering, no deploy.\n\n## Quick start\n\n```\nhelmdex init\n```\n\n"
              "### Bundled Helm behavior\n\nBy default the tool uses a pinned helm binary, downloaded and checked.\n")
    assert "deployment" not in analyse(readme, "README.md")["sections"]
    assert "deployment" in analyse(readme.replace("### Bundled Helm behavior", "## Helm chart"), "README.md")["sections"]
    files = {"README.md": readme, "docs/logo.png": "\x89PNG", "go.mod": "module x\n", "main.go": "package main\n"}
    assert _facts(tmp_path, files)["facts"]["files"]["docs"] is None
    files["docs/usage.md"] = "# Usage\n"
    assert _facts(tmp_path / "b", files)["facts"]["files"]["docs"] == "docs/"


def test_running_a_part_after_its_setup_steps_is_no_usage():
    """Shaped like betagouv/diagbruit.beta.gouv.fr: "## DBT" whose sub-chapters set dbt up ("### Configure dbt Profile", "### Verify
    Configuration") and end on "### Run Models" (dbt run): the last setup step, not the project's use; under "## Usage" it would be."""
    text = ("# Bruit\n\nObjectif : aider les instructeurs à évaluer l'exposition au bruit des projets.\n\n## DBT\n\n### Configure dbt Profile\n\n"
            "```bash\n./setup-dbt.sh\n```\n\n### Verify Configuration\n\n```bash\ndbt debug\n```\n\n### Run Models\n\n```bash\ndbt run\n```\n")
    assert "usage" not in analyse(text, "README.md")["sections"]
    assert "usage" in analyse(text.replace("## DBT", "## Usage"), "README.md")["sections"]
    assert "usage" in analyse(text.replace("### Run Models", "## Run Models"), "README.md")["sections"]  # a chapter of its own


def test_what_the_repository_is_to_others_or_has_become_is_no_description():
    """Shaped like MTES-MCT/trackdechets-meltano-workspace ("Ce dépôt est associé à X et Y.", then what it contains) and etalab/SIANCE
    ("Archive repo including source code, but no data. …", nothing on what the project does)."""
    text = ("# Espace de travail\n\nCe dépôt est associé à [espace-airflow](https://github.com/org/espace-airflow) et "
            "[plateforme](https://github.com/org/plateforme).\n\nIl contient la configuration et la définition des pipelines d'extraction "
            "et de chargement de la plateforme de données.\n")
    assert analyse(text, "README.md")["description"]["line"] == 5
    archive = ("# SIANCE\nArchive of the project (May 2021 version)\n\nArchive repo including source code, but no data. The reports can be "
               "acquired from the authority's website.\n")
    assert "purpose" not in analyse(archive, "README.md")["sections"]


def test_titles_joined_by_a_slash_are_no_code_path():
    """Shaped like numerique-gouv/pseudo_api: "## Intro/Objectives" is the presentation (before: read as a folder's path, so the purpose
    came from "## API Description", the endpoints' reference); "components/budget-parametrage" is still a path in the code."""
    text = ("# Pseudo API\n\nThis API is part of a pseudonymisation effort.\n\n## Intro/Objectives\n\nThe purpose of this repo is to provide an "
            "endpoint to pseudonymise documents.\n\n## API Description\n\nThe API has two endpoints.\n")
    details = analyse(text, "README.md")["section_details"]
    assert [(d["name"], d["text"]) for d in details if d["name"] == "purpose"] == [("purpose", "Intro/Objectives")]
    assert "configuration" not in analyse("# M\n\nUn module de gestion des budgets.\n\n## components/budget-parametrage\n\nLes écrans.\n", "README.md")["sections"]
