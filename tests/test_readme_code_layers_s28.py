"""README sections taken from a code layer's heading or a test chapter's sentence (issue 12, session 28 fixer b28; reader s27 r1:
SocialGouv/recosante).

recosante's README: "#### **Aggregators** (Infrastructure Layer)" under "## Architecture Node.js - Clean Architecture" is a layer of
the code (the layered-architecture vocabulary), not a deployment: the deployment is "## Contribution et deploiement continu" (pull
requests deployed on the cluster, merge to pre-production, a task for production). "Afin d'exécuter les tests unitaires, merci de vous
référer au `README.md` de chaque projet afin de préparer les variables d'environnement nécessaires" under "### Tester" gives the test
run's settings, not the service's configuration.
Kept: "## Infrastructure" alone stays a deployment; a settings sentence under "## Quick start" of "# Installation and testing
instructions" stays the configuration.
"""

from __future__ import annotations

from auditor.facts.readme import analyse

LAYERS = """# Recosante

Recosanté est un service public numérique qui informe sur la qualité de l'environnement et la santé.

## Architecture Node.js - Clean Architecture

### Composants principaux

#### **Aggregators** (Infrastructure Layer)
- **Responsabilité** : Récupération et agrégation des données externes
- **Exemple** : `indice_atmo.ts`, `pollens/`

## Développement

### Lancer tous les services

```bash
docker compose up
```

### Tester

Afin d'exécuter les tests unitaires, merci de vous référer au `README.md` de chaque projet afin de préparer les variables d'environnement nécessaires.

```bash
yarn test
```

## Contribution et deploiement continu

Chaque contribution fonctionnelle se fait sous la forme de pull-requests.

Une fois la pull-request validée, le merge dans la branche master va déclencher le déploiement dans l'environnement de pré-production.
"""


def _details(text: str, name: str) -> list[tuple[int, str]]:
    return [(d["line"], d["via"]) for d in analyse(text, "README.md", {"README.md": 1})["section_details"] if d["name"] == name]


def test_an_infrastructure_layer_is_no_deployment():
    assert _details(LAYERS, "deployment") == [(LAYERS.splitlines().index("## Contribution et deploiement continu") + 1, "heading")]


def test_the_test_runs_settings_are_no_configuration():
    assert _details(LAYERS, "configuration") == []


def test_an_infrastructure_chapter_stays_a_deployment():
    text = LAYERS.replace("#### **Aggregators** (Infrastructure Layer)", "## Infrastructure\n\nLe service tourne sur le cluster kubernetes de la fabrique.\n\n#### Aggregators")
    assert _details(text, "deployment")[0][1] == "heading" and _details(text, "deployment")[0][0] < LAYERS.splitlines().index("## Développement") + 1


def test_settings_in_an_installation_and_testing_chapter_stay():
    text = ("# lib\n\nA Django app that signs users in by e-mail links.\n\n# Installations and testing instructions\n\n## Quick start\n\n"
            "Add the following items in your project's settings.py, then set the variables d'environnement described in [CONFIG.md](CONFIG.md).\n")
    assert _details(text, "configuration"), analyse(text, "README.md")["section_details"]
