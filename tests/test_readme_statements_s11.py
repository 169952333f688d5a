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
        path = repo([{"files": files, "date": "2026-01-10T10:00:00Z"}], name=f"depot{len(list(tmp_path.iterdir()))}")
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


GNU = "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n\nEveryone is permitted to copy and distribute verbatim copies of this license " \
      "document, but changing it is not allowed. The licenses for most software are designed to take away your freedom to share and change it.\n"
PLUGIN = {"metadata.txt": "[general]\nname=Base documentaire\nqgisMinimumVersion=3.22\n", "__init__.py": "def classFactory(iface):\n    return None\n",
          "plugin.py": "class Plugin:\n    pass\n"}


def test_translated_or_notice_readmes_are_no_root_guides_and_a_licence_text_no_documentation_language(run):
    notice = "**Images provenant d'un autre plugin**\n\nLes icônes suivantes appartiennent à leur auteur :\n\n- icon1.png\n- icon2.png\n\n" \
             "**Droits d'auteur** : © 2017 Pays de la côte\n"
    files = {**PLUGIN, "README.md": "# Base documentaire\n\nExtension QGIS pour classer les documents d'urbanisme des communes.\n",
             "HELP.md": "# Aide\n\n## Installation\n\nCopiez le dossier dans le répertoire des extensions de QGIS puis activez-la.\n" * 3,
             "README-FR.md": notice, "README-EN.md": notice.replace("Images provenant", "Pictures from"), "LICENSE.md": GNU * 4}
    res, facts = run(files, ["documentation.docs", "documentation.language"])
    assert facts["docs"]["root_guides"] == ["HELP.md"], facts["docs"]["root_guides"]
    assert "LICENSE.md" not in facts["docs"]["file_languages"], facts["docs"]["file_languages"]
    assert not any(e.get("path") == "LICENSE.md" for e in res["documentation.language"]["evidence"])


def test_a_frameworks_documentation_linked_from_the_readme_is_not_the_projects_site(run):
    readme = "# Gestion interne\n\nApplication de gestion des salles et du matériel de la communauté de communes.\n\n" \
             "## Documentation\n\n- [Documentation Django](https://docs.djangoproject.com/)\n- [Règles du projet](RULES.md)\n"
    res, facts = run({**DJANGO, "README.md": readme, "requirements.txt": "Django==5.0\n", "RULES.md": "# Règles\n\nÉcrire des tests.\n"},
                     ["documentation.docs"])
    assert not any(s.get("tool") == "link" for s in facts["docs"]["site"]), facts["docs"]["site"]


def test_a_git_hook_installer_and_an_agents_playbooks_are_no_install_tooling_nor_instructions(run):
    files = {**DJANGO, "requirements.txt": "Django==5.0\n", "scripts/install-hook.py": "import shutil\nshutil.copy('hooks/pre-commit', '.git/hooks/')\n",
             "workflows/AGENTS.md": "# Agents\n\nChoose the workflow that fits the task.\n",
             "workflows/deployment/SKILL.md": "---\nname: deployment\n---\n# Deploy a Django app\n",
             "workflows/deployment/QUICKSTART.md": "# Quickstart\n\n```bash\npip install gunicorn\n```\n",
             "workflows/django-rest/QUICKSTART.md": "# Quickstart\n\n```bash\npip install djangorestframework\n```\n",
             "PRE_COMMIT_GUIDE.md": "# Guide pré-commit\n\n## Vérifications\n\nLancez flake8.\n\n### Installation (première fois)\n\n```bash\npip install pre-commit\npre-commit install\n```\n"}
    res, _ = run(files, ["reusability.install"])
    paths = [e.get("path") for e in res["reusability.install"]["evidence"] if e.get("kind") == "found"]
    assert not any(p and (p.startswith("workflows/") or p.startswith("scripts/") or p == "PRE_COMMIT_GUIDE.md") for p in paths), res["reusability.install"]


def test_a_components_makefile_is_install_tooling(run):
    files = {"backend/manage.py": "import django\n", "backend/pyproject.toml": "[project]\nname = \"alpages\"\n",
             "backend/Makefile": "install:\n\tpip install -r requirements.txt\n\nrunserver:\n\tpython manage.py runserver\n",
             "backend/app/views.py": "def home(request):\n    return None\n", "frontend/package.json": json.dumps({"name": "front"}),
             "frontend/src/main.js": "export const a = 1;\n", "README.md": "# Alpages\n\nSuivi des alpages du parc.\n"}
    res, _ = run(files, ["reusability.install"])
    assert any(e.get("path") == "backend/Makefile" and e.get("value") == "task-runner" for e in res["reusability.install"]["evidence"]), res["reusability.install"]


def test_a_qgis_plugin_described_as_one_gives_no_load_step(run):
    files = {**PLUGIN, "README.md": "# Base documentaire\n\n**Base documentaire** est une extension QGIS conçue pour classer les plans de récolement "
                                    "des réseaux de la communauté de communes.\n\n## Fonctionnalités\n\n- Import des plans\n- Contrôle des fichiers\n",
             "HELP.md": "# Aide\n\n## Installation\n\n1. Dans QGIS, ouvrez Extensions > Installer/Gérer les extensions.\n2. Choisissez le ZIP.\n"}
    res, _ = run(files, ["documentation.readme-sections"])
    r = res["documentation.readme-sections"]
    assert "install" not in r["details"]["found"], r["evidence"]


def test_an_unticked_to_do_naming_pa11y_is_no_accessibility_test(run):
    files = {**DJANGO, "requirements.txt": "Django==5.0\n", "templates/base.html": "<html lang=\"fr\"><body>{% block content %}{% endblock %}</body></html>\n",
             "PLANNING.md": "# Planning\n\n## Carte 1.2 : Intégration continue\n\n- [ ] Créer le fichier de CI\n"
                            "- [ ] Ajouter les tests d'accessibilité automatisés (pa11y)\n- [ ] Créer les tests automatisés d'accessibilité (axe-core)\n",
             "docs/ACCESSIBILITE.md": "# Accessibilité\n\n## Outils\n\n| Outil | Usage |\n|---|---|\n| axe-core | Tests unitaires |\n| pa11y | Tests CI/CD |\n"}
    res, _ = run(files, ["interoperability.accessibility-and-ecodesign"])
    r = res["interoperability.accessibility-and-ecodesign"]
    assert not any(e.get("value") in ("pa11y", "axe-core") for e in r["evidence"]), r["evidence"]
    assert "tests d'accessibilité ;" not in r["message"]["fr"].split("manquants")[0], r["message"]


def test_a_product_named_in_a_prose_string_is_not_used(run):
    prompt = ("const CONSIGNES = [\n  '- Aucun cookie tiers, aucun traceur, pas de mesure cachée.',\n"
              "  '- Si une mesure d\\u2019audience est souhaitée : propose Plausible (auto-hébergé) ou Matomo (auto-hébergé).',\n"
              "  '- Utilise axe-core dans le pipeline CI pour détecter toute régression de contraste ou d\\u2019attribut manquant.',\n];\n"
              "export function consignes() { return CONSIGNES.join('\\n'); }\n")
    files = {"index.html": "<!doctype html><html lang=\"fr\"><head><script src=\"js/app.js\"></script></head><body><main>Jardin</main></body></html>\n",
             "js/app.js": "fetch('https://api-adresse.data.gouv.fr/search/?q=' + q).then(r => r.json());\n", "js/partager.js": prompt,
             "README.md": "# Jardin\n\nApplication de la commune pour partager les jardins.\n"}
    res, _ = run(files, ["interoperability.public-building-blocks", "interoperability.accessibility-and-ecodesign"])
    r = res["interoperability.public-building-blocks"]
    assert r["status"] == "pass" and "Matomo" not in json.dumps([r["message"], r["evidence"]], ensure_ascii=False), r
    assert not any(e.get("value") == "axe-core" for e in res["interoperability.accessibility-and-ecodesign"]["evidence"])


JEANNE = ("Jeanne Martin", "jeanne.martin@parc-national.fr")
JEANNE_GH = ("JeanneMartin", "4242+JeanneMartin@users.noreply.github.com")


def test_a_pull_merge_and_a_self_merge_under_another_spelling_are_no_merge_requests(repo, tmp_path):
    path = repo([{"date": "2026-01-10T10:00:00Z", "author": JEANNE, "files": {"app.py": "a = 1\n"}},
                 {"date": "2026-01-15T10:00:00Z", "author": JEANNE, "merge": True, "side_author": ("Paul Durand", "paul.durand@parc-national.fr"),
                  "message": "Merge branch 'main' of github.com:parc-national/compteurs"},  # (git pull: Paul's commit was pushed directly)
                 {"date": "2026-02-01T10:00:00Z", "author": JEANNE, "merge": True, "side_author": JEANNE_GH,
                  "message": "Merge pull request #2 from parc-national/carte"},
                 {"date": "2026-02-10T10:00:00Z", "author": JEANNE, "files": {"app.py": "a = 2\n"}}], name="compteurs")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["maintenance.review"]))
    v = report["results"][0]["evidence"][0]["value"]
    assert (v["via_merge_request"], v["self_merged"], v["direct"]) == (0, 1, 3), v
