"""README sections on State repositories (issue 12, session 13's State reader, r3): a heading or a line that holds a section's word
without being that section. Each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def details(fact: dict) -> dict:
    return {d["name"]: (d["line"], d["text"]) for d in fact["section_details"]}


CRA = ("# Webpack config\n\n1. With npm install, choose assets/fonts for the fonts\n2. After npm install, run npm run watch\n\n"
       "## Getting Started with Create React App\n\nThis project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n"
       "## Available Scripts\n\nIn the project directory, you can run:\n\n### `yarn start`\n\nRuns the app in the development mode.\n\n"
       "### `yarn build`\n\nBuilds the app for production to the `build` folder.\n\nSee the section about "
       "[deployment](https://facebook.github.io/create-react-app/docs/deployment) for more information.\n\n"
       "## Learn More\n\nYou can learn more in the [Create React App documentation](https://facebook.github.io/create-react-app/docs/getting-started).\n\n"
       "### Advanced Configuration\n\nThis section has moved here: [https://facebook.github.io/create-react-app/docs/advanced-configuration]"
       "(https://facebook.github.io/create-react-app/docs/advanced-configuration)\n\n"
       "### Deployment\n\nThis section has moved here: [https://facebook.github.io/create-react-app/docs/deployment]"
       "(https://facebook.github.io/create-react-app/docs/deployment)\n")


def test_create_react_apps_chapters_are_not_the_projects(tmp_path):
    """anct-cnum/portail-conseiller shape: the README template Create React App wrote, left below the project's own lines, gave
    its "Getting Started", "Advanced Configuration" and "Deployment" chapters as the project's install, settings and deployment."""
    det = details(readme_fact(tmp_path, CRA))
    assert not {"configuration", "deployment"} & set(det), det
    # (s30: the team's own "1. With npm install …" steps above the template, under its own "# Webpack config", are its install)
    assert det["install"][0] == 3, det


VALIDATOR = ("# Validate GTFS files\n\nThe validator checks a GTFS archive and reports its errors.\n\n## Validation output\n\n"
             "The output is a JSON document.\n\n### Metadata\n\nThe metadata describe the feed.\n\n#### Example\n\n```json\n{\"start_date\": \"2019-01-01\"}\n```\n\n"
             "## Contact\n\nWrite to contact@example.org\n")


def test_an_example_inside_a_chapter_is_no_usage(tmp_path):
    """etalab/transport-validator shape: "#### Example" (of the metadata output, under "## Validation output") was the usage; an
    "## Examples" chapter of the project itself stays its usage."""
    assert "usage" not in details(readme_fact(tmp_path, VALIDATOR))
    top = "# Validate GTFS files\n\nThe validator checks a GTFS archive and reports its errors.\n\n## Examples\n\n`validator -i feed.zip`\n"
    assert details(readme_fact(tmp_path / "top", top))["usage"][1] == "Examples"


def test_terms_of_use_and_usage_statistics_are_no_usage(tmp_path):
    """betagouv/aplus shape: "Conditions Générales d'Utilisation : https://…" (the terms) and "Statistiques d'usage : https://…"."""
    text = ("# Administration+\n\n- Conditions Générales d’Utilisation : https://docs.example.org/conditions-generales-dutilisation\n"
            "- Statistiques d’usage : https://stats.example.org/administration\n\n## Code\n\n- [Guidelines code](docs/guidelines-code.md)\n")
    assert "usage" not in details(readme_fact(tmp_path, text))
    use = "# Outil\n\nUn outil de saisie des demandes des usagers.\n\nGuide d'utilisation : https://docs.example.org/guide\n"
    assert "usage" in details(readme_fact(tmp_path / "guide", use))


def test_the_apis_a_project_calls_are_no_usage(tmp_path):
    """betagouv/mpal shape: "# API utilisées" and its "### API particulier": the services the application calls."""
    text = ("# Mpal\n\nAccompagner les ménages dans leurs travaux de rénovation de leur logement.\n\n## Lancer le projet\n\n`foreman start`\n\n"
            "# API utilisées (Voir dossier app/services)\n\n### API particulier\n\nDonne le revenu fiscal de référence.\n\n"
            "### Base adresse nationale\n\nGéocode les adresses.\n")
    assert "usage" not in details(readme_fact(tmp_path, text))


def test_a_manual_build_step_is_no_users_manual(tmp_path):
    """MTES-MCT/monitor-field shape: "### Build manuel" under the production build chapter: a way to build, not the users' manual."""
    text = ("# monitorfield\n\nApplication React Native (Expo) pour le contrôle sur le terrain.\n\n## Installation et commandes locales\n\n"
            "`npm install`\n\n## Build Android de production (Expo EAS)\n\n`npm run build:android:production`\n\n### Build manuel\n\n"
            "```bash\nnpx eas login\nnpm run build:android:production\n```\n")
    assert "usage" not in details(readme_fact(tmp_path, text))


KOSKO = ("# kosko-charts\n\nKosko charts for the team's applications.\n\n## Problem\n\nProviding a common Kubernetes configuration is a tricky "
         "task. We want to provide\n\n- a basic k8s triad : [Deployment](https://kubernetes.io/docs/concepts/workloads/controllers/deployment/), "
         "[Service](https://kubernetes.io/docs/concepts/services-networking/service/), [Ingress](https://kubernetes.io/docs/concepts/services-networking/ingress/)\n"
         "- a [GitLab environments and deployments](https://docs.gitlab.com/ee/ci/environments/) and "
         "[clusters](https://docs.gitlab.com/ee/user/project/clusters/) ready configuration\n\n## Usage\n\n`npx kosko generate`\n\n"
         "## [License Apache-2.0](./LICENSE)\n")


def test_kubernetes_kinds_and_other_sites_links_are_no_section_and_a_last_licence_heading_is(tmp_path):
    """SocialGouv/kosko-charts shape: the "Deployment" object kind (linked to Kubernetes' page) gave deployment, a list item whose links
    lead to GitLab's pages gave configuration, and the README's last line "## [License Apache-2.0](./LICENSE)" (no text under it) gave
    no licence."""
    det = details(readme_fact(tmp_path, KOSKO))
    assert "deployment" not in det and "configuration" not in det, det
    assert det["license"] == (KOSKO.splitlines().index("## [License Apache-2.0](./LICENSE)") + 1, "License Apache-2.0")
    deploy = "# Outil\n\nUn outil de suivi des demandes.\n\nPour le déploiement, voir le [guide de déploiement](https://docs.example.org/deploiement).\n"
    assert "deployment" in details(readme_fact(tmp_path / "guide", deploy))


def test_a_prerequisite_or_the_steps_announced_is_no_purpose(tmp_path):
    """SocialGouv/sre-tools ("To use sre-seal and sre-secrets, you'll need kubectl configured…") and MTES-MCT/capqualif ("Voici la
    marche à suivre pour faire tourner l'application sur votre machine !"): what running it needs, not what it is."""
    text = ("# sre-tools\n\nTo use `sre-seal` and `sre-secrets`, you'll need `kubectl` configured with existing `dev` and `prod` contexts.\n\n"
            "| Tool | Usage |\n| --- | --- |\n| [sre-seal](./packages/sre-seal) | Seal single k8s secrets |\n")
    assert readme_fact(tmp_path, text)["description"] is None
    text = ("# Capqualif\n\nVoici la marche à suivre pour faire tourner l'application sur votre machine !\n\n"
            "## Installer la base de données\n\n`docker compose up -d db`\n")
    fact = readme_fact(tmp_path / "steps", text)
    assert fact["description"] is None and "purpose" not in details(fact)


def test_a_list_of_links_and_a_bundled_files_licence_are_neither_purpose_nor_licence(tmp_path):
    """betagouv/aplus shape: "- [Wiki](…) (Le wiki est visé à être remplacé…)" in a list of links was the purpose, and "Le projet inclut
    le fichier data/passwords.txt sous licence Creative Commons…" (one bundled data file's licence) the licence section."""
    text = ("# Administration+\n\n## Code\n\n- [Guidelines code](docs/guidelines-code.md)\n"
            "- [Wiki](https://github.com/example/aplus/wiki) (Le wiki est visé à être remplacé par la doc dans le repo)\n\n"
            "## Attribution\n\nLe projet inclut le fichier data/french_passwords.txt sous licence Creative Commons Attribution 4.0 "
            "International provenant du dépôt example/richelieu.\n")
    det = details(readme_fact(tmp_path, text))
    assert "purpose" not in det and "license" not in det, det
    own = "# Outil\n\nUn outil de suivi des demandes des usagers.\n\nCe projet est publié sous licence MIT.\n"
    assert "license" in details(readme_fact(tmp_path / "own", own))
