"""Session 11 (issue 12): what a README states, read as it is meant. A README licence badge or line reserving the rights is a licence
statement, so npm's default ``"license": "ISC"`` no longer stands alone as the open licence."""

from __future__ import annotations

import json

import pytest

from auditor.engine import AuditOptions, audit

LICENSING = ["licensing.open-license", "licensing.consistent"]
DJANGO = {"manage.py": "import django\n", "app/settings.py": "INSTALLED_APPS = []\n", "app/views.py": "def home(request):\n    return None\n"}


@pytest.fixture
def run(repo, tmp_path):
    def go(files: dict, only):
        path = repo([{"files": files, "date": "2026-01-10T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
        report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=only))
        return {r["id"]: r for r in report["results"]}, report["facts"]
    return go


@pytest.mark.parametrize("statement", ["[![Licence](https://img.shields.io/badge/Licence-Propri%C3%A9taire-red)]()",
                                       "- **Licence** : Tous droits réservés",
                                       "## Licence\n\nCe code est la propriété de la communauté de communes. Tous droits réservés."])
def test_a_readme_reserving_the_rights_contradicts_npm_default_isc(run, statement):
    readme = f"# Site de la communauté de communes\n\n{statement}\n\nSite institutionnel en Django.\n"
    res, facts = run({**DJANGO, "README.md": readme, "package.json": json.dumps({"name": "site", "author": "", "license": "ISC"})}, LICENSING)
    lic = facts["license"]
    assert lic["spdx"] is None and lic["conflict"], lic
    assert any(s["kind"] == "readme" and s["ids"] == ["LicenseRef-proprietary"] for s in lic["sources"])
    assert res["licensing.open-license"]["status"] != "pass", res["licensing.open-license"]["message"]
    consistent = res["licensing.consistent"]
    assert consistent["status"] != "pass" and any(e.get("path") == "README.md" for e in consistent["evidence"]), consistent


def test_a_licence_section_to_be_decided_states_nothing(run):
    readme = "# Outil interne\n\nGestion des salles.\n\n## Licence\n\n[À définir]\n"
    res, facts = run({**DJANGO, "README.md": readme, "package.json": json.dumps({"name": "x", "license": "MIT"})}, LICENSING)
    assert facts["license"]["spdx"] == "MIT" and not facts["license"]["conflict"]
    assert res["licensing.open-license"]["status"] == "pass"


CI_README = """# Dataviz des finances du département

## Contribuer

Les échanges se font en français ; le code et les commentaires sont écrits en anglais.

## Installer le projet

```bash
npm install
npm start
```

## Intégration continue

L'intégration continue automatise les éléments suivants :

* exécution des tests sur chaque branche ;
* déploiement de la démo depuis la branche principale ;

Le suivi des builds est assuré par une action GitHub sur chaque branche


## Présentation de l'outil

L'outil est une application web qui présente les comptes administratifs du département sous forme de graphiques interactifs.
"""

SYMFONY_README = """Application de suivis
=====================

A Symfony project created on March 10, 2015, 4:08 pm.

Documentation
-------------

http://suivis.example.org

Présentation
------------

**Principe général** : cette application permet de saisir et de gérer des protocoles de suivi naturaliste sur des sites visités.
"""


def test_a_ci_chapter_sentence_is_no_description_and_the_presentation_chapter_is(run):
    res, facts = run({"package.json": json.dumps({"name": "dataviz"}), "src/app.js": "export const a = 1;\n", "README.md": CI_README},
                     ["documentation.readme"])
    desc = facts["readme"]["description"]
    assert desc and desc["line"] == CI_README.splitlines().index("## Présentation de l'outil") + 3, desc
    finding = [e for e in res["documentation.readme"]["evidence"] if e.get("kind") == "finding"]
    assert finding and finding[0]["line"] == desc["line"]


def test_after_a_framework_template_line_a_presentation_chapter_still_says_what_the_project_is(run):
    res, facts = run({"composer.json": json.dumps({"name": "pnx/suivis"}), "src/AppBundle/AppBundle.php": "<?php\nclass AppBundle {}\n",
                      "README.md": SYMFONY_README}, ["documentation.readme"])
    desc = facts["readme"]["description"]
    assert desc and "protocoles de suivi" in desc["text"], desc
    assert "ne dit pas à quoi sert" not in res["documentation.readme"]["message"]["fr"], res["documentation.readme"]["message"]
