"""Issue 12, session 45 fixer fe45 (Makerspace-Amiens/2025-FirefighterArmband): a repository of documents only — the Markdown pages
of a Jekyll site in docs/ (docs/_config.yml, docs/Gemfile naming the github-pages gem, the theme a gem) — built and deployed to GitHub Pages by
.github/workflows/pages.yml. interoperability.accessibility-and-ecodesign said "No web interface detected" (not applicable): the
site is a public website, its pages the interface to judge (RGAA and RGESN statements). Near miss: the same documents with no
workflow publishing them stay not applicable. Written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PAGES = ("name: Deploy Jekyll site to Pages\non:\n  push:\n    branches: [main]\npermissions:\n  pages: write\n  id-token: write\n"
         "jobs:\n  build:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        working-directory: docs\n    steps:\n"
         "      - uses: actions/checkout@v4\n      - uses: ruby/setup-ruby@v1\n        with:\n          bundler-cache: true\n"
         "      - run: bundle exec jekyll build\n      - uses: actions/upload-pages-artifact@v3\n        with:\n          path: docs/_site\n"
         "  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/deploy-pages@v4\n")
DOCS = {"README.md": "# Brassard GPS\n\nUn brassard qui guide les sapeurs-pompiers vers le point d'eau le plus proche.\n",
        "docs/_config.yml": "title: Brassard GPS\ntheme: just-the-docs\n",
        "docs/Gemfile": 'source "https://rubygems.org"\ngem "github-pages", group: :jekyll_plugins\ngem "just-the-docs"\n',
        "docs/index.md": "---\ntitle: Accueil\n---\n# Brassard GPS\n\nLe projet et son équipe.\n",
        "docs/materiel.md": "# Matériel\n\nLe boîtier, l'écran et la batterie.\n"}


def test_a_published_documents_site_is_judged(tmp_path):
    r = check_result(tmp_path, {**DOCS, ".github/workflows/pages.yml": PAGES}, "interoperability.accessibility-and-ecodesign")
    assert r["status"] in ("fail", "warn"), r["message"]
    assert "RGAA" in r["message"]["en"] and any(e.get("value") == "published site" for e in r["evidence"]), r


def test_near_miss_unpublished_documents_have_no_interface(tmp_path):
    r = check_result(tmp_path, DOCS, "interoperability.accessibility-and-ecodesign")
    assert r["status"] == "not_applicable", r["message"]
