"""documentation.readme (issue 12, s13 r2 reads: a park's documentation site): a README left as Docusaurus's template ("This website is
built using Docusaurus 2, a modern static website generator.", then Installation / Local Development / Build / Deployment) says
nothing about what the site documents: a template, not a description."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

README = ("# Website\n\nThis website is built using [Docusaurus 2](https://v2.docusaurus.io/), a modern static website generator.\n\n"
          "### Installation\n\n```\n$ npm install\n```\n\n### Local Development\n\n```\n$ npm start\n```\n\n"
          "This command starts a local development server and opens up a browser window.\n\n### Build\n\n```\n$ npm run build\n```\n\n"
          "### Deployment\n\n```\n$ GIT_USER=<Your GitHub username> USE_SSH=true npm run deploy\n```\n")
FILES = {"README.md": README, "docusaurus.config.js": "module.exports = {title: 'Documentation du parc', url: 'https://example.org'};\n",
         "docs/serveur.md": "# Serveur\n\nLe serveur du parc héberge GeoNature et l'atlas de la faune et de la flore.\n",
         "package.json": '{"name": "documentation", "dependencies": {"@docusaurus/core": "2.0.0-alpha.58", "react": "^16.8.4"}}\n'}


def test_docusaurus_template_readme_is_no_description(tmp_path):
    r = check_result(tmp_path, FILES, "documentation.readme")
    assert "Docusaurus 2" not in str(r["evidence"]) or "docusaurus" in r["message"]["en"].lower(), (r["message"], r["evidence"])
    assert r["status"] != "pass", r["message"]
