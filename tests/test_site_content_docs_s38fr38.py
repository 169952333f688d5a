"""Documentation folder of a repository that is a static site (issue 12, s38 fr38, reader rt38 at b057159d).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _facts(tmp_path, files: dict) -> dict:
    commits = [{"files": files, "date": "2025-09-15T10:00:00Z", "message": "pages"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.community-files", "documentation.docs"])["facts"]


# - codegouvfr/codegouvfr-website: an Eleventy site (eleventy.config.js at the root) whose content/fr/documentation/ is the site's page
#   "Documentation" (index.njk with a permalink, a Markdown page with a layout) for its readers; it was reported as the repository's
#   documentation folder. The same tree without a site generator at the root, or a docs/ folder beside the site, stays documentation.
SITE = {"README.md": "# code.gouv.fr\n\nLe site du pôle logiciels libres.\n\n## Installation\n\n```\nnpm install\nnpm start\n```\n",
        "package.json": '{"name": "site", "private": true, "scripts": {"start": "eleventy --serve"}}\n',
        "eleventy.config.js": "module.exports = function (config) { return {dir: {input: 'content'}}; };\n",
        "_includes/layouts/page.njk": "<main>{{ content | safe }}</main>\n",
        "content/fr/index.njk": "---\ntitle: Accueil\nlayout: layouts/page.njk\n---\n<p>Bienvenue</p>\n",
        "content/fr/documentation/index.njk": "---\ntitle: Le pôle vous accompagne\nlayout: layouts/page.njk\npermalink: /fr/doc/\n---\n<h2>Guides</h2>\n",
        "content/fr/documentation/licences.md": "---\ntitle: Licences libres\nlayout: layouts/page.njk\n---\n\nLes licences à utiliser pour un code source public.\n"}


def test_a_static_sites_page_named_documentation_is_no_documentation_folder(tmp_path):
    f = _facts(tmp_path, SITE)
    assert f["files"]["docs"] is None and "content/fr/documentation" not in f["docs"]["docs_dirs"], (f["files"]["docs"], f["docs"]["docs_dirs"])


def test_without_a_site_generator_the_tree_stays_documentation(tmp_path):
    files = {k: v for k, v in SITE.items() if k != "eleventy.config.js"}
    assert _facts(tmp_path, files)["files"]["docs"] == "content/fr/documentation/"


def test_a_docs_folder_beside_the_site_stays_documentation(tmp_path):
    f = _facts(tmp_path, {**SITE, "docs/deploiement.md": "# Déploiement\n\nLe site est publié par la CI sur le serveur.\n"})
    assert f["files"]["docs"] == "docs/", f["files"]["docs"]
