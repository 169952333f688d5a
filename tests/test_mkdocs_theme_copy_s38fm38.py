"""Session 38 (fm38): a contractor's documentation site built inside a copy of its MkDocs theme's repository.

A contractor's site for a département (mkdocs.yml "Documentation <sponsor>", its docs/ pages) sat at the root of a whole copy of the
theme's own repository: its package.json named after the theme, with the theme's forge repository and author (name and address), a
setup.py and requirements.txt declaring mkdocs and jinja2, the theme's TypeScript sources and TSX components under src/, its
Python package material/ with the Jinja templates MkDocs renders (main.html, 404.html). The contractor customised it over 47
commits in two days, none by the theme's author. Only 20 commits made a copy without a stated origin: the theme's code was
measured as the sponsor's (code-comments, tests-and-ci, maintainability), and its jinja2 and templates made a web application.
A project renamed or moved keeps its author's commits: that history, as long, stays the project's own (near miss)."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

_AUTHOR = ("Jeanne Themiste", "jeanne@theme-forge.example")
_CONTRACTOR = ("paul-agence", "paul@agence-web.example")

_PACKAGE = json.dumps({"name": "docs-theme", "version": "4.2.1", "description": "A documentation theme for MkDocs",
                       "author": {"name": _AUTHOR[0], "email": _AUTHOR[1]}, "license": "MIT",
                       "repository": {"type": "git", "url": "https://github.com/themiste/docs-theme.git"},
                       "scripts": {"build": "rimraf material && ts-node tools/build"}}, indent=2)

_SETUP_PY = '''from setuptools import setup

with open("requirements.txt") as f:
    install_requires = f.read().splitlines()

setup(
    name="docs-theme",
    version="4.2.1",
    url="https://github.com/themiste/docs-theme",
    packages=["material"],
    install_requires=install_requires,
)
'''

_CODE_CHECKS = ["reusability.maintainability", "reusability.tests-and-ci", "documentation.code-comments"]


def _files() -> dict:
    files = {
        "package.json": _PACKAGE, "setup.py": _SETUP_PY, "requirements.txt": "jinja2>=3.0\nmarkdown>=3.2\nmkdocs>=1.4\npygments>=2.12\n",
        "LICENSE": "MIT License\n\nCopyright (c) 2016-2022 Jeanne Themiste\n\nPermission is hereby granted, free of charge, …\n",
        "README.md": ("# Documentation RPA du Département\n\nCe dépôt contient la documentation, construite avec "
                      "[MkDocs](https://www.mkdocs.org/) et le thème [docs-theme](https://themiste.github.io/docs-theme/).\n\n"
                      "## Construire\n\n```bash\npip install mkdocs docs-theme\nmkdocs build\n```\n"),
        "mkdocs.yml": "site_name: Documentation RPA\nsite_description: Documentation pour le Département\ntheme:\n  name: material\n",
        "docs/index.md": "# Robot de reprise des marchés\n\nLe robot migre les marchés publics du Département.\n",
        "docs/processus.md": "# Processus\n\n1. Extraction\n2. Chargement\n",
        "material/__init__.py": "", "material/plugins/__init__.py": "",
        "material/plugins/search.py": "def tokenize(text):\n    \"\"\"Split a page's text.\"\"\"\n    return text.split()\n",
        "material/plugins/tags.py": "def tags(page):\n    \"\"\"A page's tags.\"\"\"\n    return page.meta.get('tags', [])\n",
        "material/main.html": "{% extends \"base.html\" %}\n{% block content %}{{ page.content }}{% endblock %}\n",
        "material/404.html": "{% extends \"main.html\" %}\n{% block content %}<h1>404</h1>{% endblock %}\n",
        "src/assets/javascripts/bundle.ts": "export function setup(): void {\n  document.body.classList.add('js')\n}\n",
        "src/assets/javascripts/components/search.tsx": "export function Search(): JSX.Element {\n  return <div class=\"search\"/>\n}\n",
        "src/assets/javascripts/components/header.tsx": "export function Header(): JSX.Element {\n  return <header/>\n}\n",
    }
    return files


def _history(root, author_among: bool):
    """The copy imported, then 46 customisations of the site's pages in two days by the contractor (one by the theme's author when
    ``author_among``: a project's own history)."""
    commits = [{"files": _files(), "date": "2025-04-29T08:00:00Z", "message": "reinit mkdocs", "author": _CONTRACTOR}]
    for k in range(46):
        who = _AUTHOR if author_among and k == 3 else _CONTRACTOR
        commits.append({"files": {"docs/processus.md": _files()["docs/processus.md"] + f"{k + 3}. Étape {k}\n"},
                        "date": f"2025-04-{29 + k // 23}T{8 + (k % 23) // 2:02d}:{(k % 2) * 30:02d}:00Z", "message": "docs", "author": who})
    return make_repo(root, commits)


def test_a_theme_copied_whole_and_customised_at_length_by_others_is_a_copy_and_the_site_a_static_site(tmp_path):
    report = run_audit(_history(tmp_path / "dept.rpa-docs.io", author_among=False), tmp_path / "c", _CODE_CHECKS)
    copy = report["facts"]["inventory"]["copy_of"]
    assert copy is not None and copy["name"] == "docs-theme" and copy["repository"] == "themiste/docs-theme", copy
    assert "authors" not in copy, copy
    for cid, r in results(report).items():
        assert r["status"] == "inconclusive" and "mostly a copy of docs-theme 4.2.1" in r["message"]["en"], (cid, r)
    project = report["facts"]["project"]
    assert project["kind"] == "static-site", project
    assert [e["path"] for e in project["kind_evidence"]] == ["mkdocs.yml"], project


def test_the_same_history_with_a_commit_of_the_manifests_author_is_the_project_itself(tmp_path):
    report = run_audit(_history(tmp_path / "dept.rpa-docs.io", author_among=True), tmp_path / "c", _CODE_CHECKS)
    assert report["facts"]["inventory"]["copy_of"] is None
    assert all(r["status"] != "inconclusive" for r in results(report).values())
