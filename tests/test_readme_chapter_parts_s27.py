"""README sections read from a chapter's part, not from one heading word (issue 12, session 27 fixer h27; reader s27 r1:
SocialGouv/recosante, IGNF/validator).

recosante's README: "### api-node" (a folder of the monorepo, under "## Structure et projets") was usage by the word "api"; a step
"##### 3. **Vérifier les dépendances**" of "#### Réactivation de l'indicateur" (UDI rows, a cron job) was the installation, which then
made the next numbered step "1. Réactiver …" the usage; "#### Configuration requise" and "#### Cas d'usage gérés" under one
indicator's chapter are that feature's needs and cases; "- **Configuration** : `jest.unit.config.cjs`" under "#### Tests unitaires"
is the test runner's file. The real installation, "## Développement" / "### Requirements", is now cited.
validator's README: "## Cas d'usage" lists the services that reuse the tool; "## Utilisation" after it, at its level, is cited.
Kept: "## Prérequis" right under the title is the installation; "## Use cases" alone still gives usage; a hyphenated heading that
names no folder ("## Getting-started") keeps its section.
"""

from __future__ import annotations

from auditor.facts.readme import analyse

RECOSANTE = """# Recosante

## Brève description

Recosanté est un service public numérique qui informe sur la qualité de l'environnement et la santé.

## Structure et projets

### api-node

Ce projet utilise Node.js avec Express et contient une API qui sert la data nécessaire au site web.

### frontend

Ce projet est le site web.

## Architecture Node.js

### Architecture des tests

#### Tests unitaires
- **Objectif** : Tester les composants en isolation
- **Configuration** : `jest.unit.config.cjs`

## Récolte des données pour les indicateurs

### Eau potable

#### Cas d'usage gérés

- **UDI unique** : Retourne les données de conformité de l'eau
- **UDI multiple** : Message explicatif demandant une adresse précise

#### Réactivation de l'indicateur

L'indicateur est désactivé par une condition sur la version de l'application. Pour le réactiver :

##### 1. **Réactiver dans la liste des indicateurs**

```typescript
const drinkingWater = await getDrinkingWaterFromUdi({ udi });
indicators.push(drinkingWater);
```

##### 2. **Réactiver dans les données des indicateurs**

```typescript
const pollens = await getPollensFromMunicipalityAndDate({ municipality_insee_code });
indicators.push(pollens);
```

##### 3. **Vérifier les dépendances**

- **UDI en base** : S'assurer que les UDI sont bien renseignées dans la table `udis`
- **Aggregator actif** : Vérifier que `getDrinkingWaterIndicator()` est appelé dans les cronjobs

##### 4. **Tests de réactivation**

```bash
curl -H "Authorization: Bearer <token>" "https://api.example.org/indicators"
```

#### Configuration requise

- **UDI utilisateur** : L'utilisateur doit avoir un code UDI renseigné

## Développement

### Requirements

Le projet est basé sur les outils suivants : docker, node, yarn.

### Lancer tous les services

```bash
yarn start
```

## Licence

Apache 2.0
"""

FILES = {p: None for p in ("api-node/package.json", "api-node/src/index.ts", "frontend/package.json", "package.json", "README.md")}


def _details(text, files=None):
    return {d["name"]: (d["line"], d["text"]) for d in analyse(text, "README.md", files)["section_details"]}


def _line(text, start):
    return next(i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith(start))


def test_monorepo_readme_parts_give_no_install_usage_or_configuration():
    got = _details(RECOSANTE, FILES)
    assert got["install"][0] == _line(RECOSANTE, "## Développement")
    assert "usage" not in got  # (not "### api-node", not a step of the re-activation, not "Cas d'usage gérés")
    assert "configuration" not in got  # (the test runner's config file)
    assert got["license"][0] == _line(RECOSANTE, "## Licence")


VALIDATOR = """# Validator

## Description

Ce programme permet de valider et de normaliser les données présentes dans une arborescence de fichiers.

## Cas d'usage

* [Géoportail de l'Urbanisme](https://www.example.org) : Validation des données en amont de l'aggrégation dans une base nationale.
* [Validateur TRI](https://tri.example.org/) : Validation de la conformité d'un jeu de données géographiques.

## Principales fonctionnalités

* Validation d'une arborescence de fichiers en fonction d'un modèle de document.

## Utilisation

Le validateur se présente sous la forme d'un exécutable java (`validator-cli.jar`) utilisable en ligne de commande. Voir la
documentation [utilisation du validateur en ligne de commande](doc/cli.md).
"""


def test_use_cases_chapter_yields_to_the_usage_chapter():
    got = _details(VALIDATOR)
    assert got["usage"] == (_line(VALIDATOR, "## Utilisation"), "Utilisation")


def test_neighbours_keep_their_sections():
    alone = VALIDATOR.split("## Principales")[0]
    assert _details(alone)["usage"][0] == _line(alone, "## Cas d'usage")  # ("Use cases" alone: still the only usage chapter)
    prereq = "# Outil\n\nUn outil qui compte les arbres de la ville.\n\n## Prérequis\n\n- Python 3.10\n- GDAL\n"
    assert _details(prereq)["install"][0] == 5  # (the project's prerequisites, right under the title)
    checks = "# Outil\n\nUn outil qui compte les arbres.\n\n## Installation\n\n### 1. Vérifier les dépendances\n\n`python --version`\n"
    assert _details(checks)["install"][0] == 5
    hyphen = "# Outil\n\nUn outil qui compte les arbres.\n\n## Getting-started\n\n```\npip install outil\n```\n"
    assert "install" in _details(hyphen, {"outil/__init__.py": None, "README.md": None})
