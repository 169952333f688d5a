"""files.changelog, documentation.community-files (issue 12, session 22 readers a2, a3, a4): release notes kept under another name
or in another place were missed, so "no CHANGELOG":
- a data pipeline's versions.md at the root, "## Notes de version" then "### 1.15.1 (11 décembre 2020)" (etalab/decp-rama), and a
  web application's docs/release.adoc, "= … - Notes de version" then "== v2.3.14" (atolcd/sdis-remocra): a page named for versions or
  a release is the changelog when its text reads as release notes; a versions.md listing the supported versions is not;
- a Docusaurus site's release notes, docs/docs/introduction/releases/1.x.x.mdx (InseeFr/Trevas): the folder of release notes was
  looked for one folder deep only, and not at .mdx pages nor a series' page (1.x.x);
- a QGIS plugin's changelog= entry of its metadata.txt (SIG-CLCL/DourBase), where QGIS plugins keep it; an empty entry is none."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.release_pages import holds_release_notes, qgis_changelog
from tests.gitrepo import make_repo

CID = "documentation.community-files"
README = {"README.md": "# Outil\n\nUn outil du service.\n"}

NOTES_FR = ("## Notes de version\n\n### 2.4.0 (3 mars 2026)\n\n- Ajout d'une source de données\n\n"
            "### 2.3.1 (12 janvier 2026)\n\n- Correction de la conversion\n")
SUPPORTED = "# Versions\n\nVersions maintenues de l'outil :\n\n| Version | Maintenue |\n|---|---|\n| 2.4 | oui |\n| 1.9 | non |\n"
ADOC = ("= Outil de gestion - Notes de version\n\n:toc:\n\nlink:index.adoc[Retour]\n\n'''\n== v3.2.1\n=== Corrections\n\n"
        "* Export des fiches\n\n== v3.2.0\n=== Nouveautés\n\n* Tableau de bord\n")
MDX = ("---\nid: 1.x.x\ntitle: Versions 1.x.x\nslug: /releases/1.x.x\n---\n\n## Version 1.4.0 - 05/02/26\n\n- Nouvel opérateur\n\n"
       "## Version 1.3.0 - 01/12/25\n\n- Correction du calcul\n")
METADATA = ("[general]\nname=Récolement\nqgisMinimumVersion=3.16\ndescription=Charge les plans de récolement\nversion=1.2\n"
            "author=Communauté de communes\nemail=sig@exemple.fr\n\nchangelog=\n      1.2\n        * Journal des erreurs\n"
            "      1.1\n        * Export des données\n\ntags=réseaux,récolement\n")


def run(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {**README, **files}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["files"]


def test_a_root_versions_page_of_release_notes_is_the_changelog(tmp_path):
    r, files = run(tmp_path, {"versions.md": NOTES_FR, "process.sh": "#!/bin/sh\n./scripts/get.sh\n"})
    assert files["changelog"] == "versions.md"
    assert "Present: CHANGELOG" in r["message"]["en"], r["message"]


def test_a_versions_page_listing_supported_versions_is_none(tmp_path):
    r, files = run(tmp_path, {"versions.md": SUPPORTED, "process.sh": "#!/bin/sh\n./scripts/get.sh\n"})
    assert files["changelog"] is None
    assert "Present: CHANGELOG" not in r["message"]["en"], r["message"]


def test_a_docs_release_page_in_asciidoc_is_the_changelog(tmp_path):
    _, files = run(tmp_path, {"docs/index.adoc": "= Outil\n\nlink:release.adoc[Notes de version]\n", "docs/release.adoc": ADOC})
    assert files["changelog"] == "docs/release.adoc"


def test_a_release_process_page_is_none(tmp_path):
    _, files = run(tmp_path, {"docs/release.md": "# Publier une version\n\n## Étapes\n\n1. Changer le numéro dans pom.xml\n2. Créer le tag\n"})
    assert files["changelog"] is None


def test_a_docusaurus_sites_release_notes_pages_are_the_changelog(tmp_path):
    _, files = run(tmp_path, {"docs/docusaurus.config.js": "module.exports = {title: 'Outil'};\n",
                              "docs/docs/introduction/releases/1.x.x.mdx": MDX,
                              "docs/docs/introduction/releases/index-releases.mdx": "---\nid: index-releases\n---\n\nToutes les versions.\n",
                              "docs/i18n/fr/docusaurus-plugin-content-docs/current/introduction/releases/1.x.x.mdx": MDX})
    assert files["changelog"] == "docs/docs/introduction/releases/1.x.x.mdx"


def test_a_docusaurus_sites_other_pages_are_none(tmp_path):
    _, files = run(tmp_path, {"docs/docusaurus.config.js": "module.exports = {title: 'Outil'};\n",
                              "docs/docs/introduction/install/index.mdx": "---\nid: install\n---\n\n## Installer\n",
                              "docs/docs/introduction/releases/index-releases.mdx": "---\nid: index-releases\n---\n\nToutes les versions.\n"})
    assert files["changelog"] is None


def test_a_qgis_plugins_changelog_entry_is_its_changelog(tmp_path):
    r, files = run(tmp_path, {"metadata.txt": METADATA, "__init__.py": "def classFactory(iface):\n    return None\n"})
    assert files["changelog"] == "metadata.txt"
    assert "Present: CHANGELOG" in r["message"]["en"], r["message"]


def test_an_empty_changelog_entry_is_none(tmp_path):
    metadata = METADATA.split("changelog=")[0] + "changelog=\n\ntags=réseaux\n"
    _, files = run(tmp_path, {"metadata.txt": metadata, "__init__.py": "def classFactory(iface):\n    return None\n"})
    assert files["changelog"] is None


@pytest.mark.parametrize(("text", "notes"), [
    (NOTES_FR, True),
    (ADOC, True),
    ("Changelog\n=========\n\n1.2.0 (2024-05-02)\n------------------\n\n- a\n", True),  # reStructuredText's underlined titles
    ("# 1.2.0 (2024-05-02)\n\n- a\n\n# 1.1.0 (2024-01-10)\n\n- b\n", True),  # two dated versions, no title
    ("# 3.10\n\nsupported\n\n# 3.9\n\nsupported\n", False),  # versions without dates nor title
    (SUPPORTED, False),
    ("1.4.2\n", False),  # a file holding the version number
])
def test_what_reads_as_release_notes(text, notes):
    assert holds_release_notes(text) is notes


def test_a_metadata_txt_without_qgis_keys_is_no_plugins():
    assert qgis_changelog("[general]\nname=x\nchangelog=1.0 first\n") is False
    assert qgis_changelog("[general]\nname=x\nqgisMinimumVersion=3.0\nchangelog=1.0 first\n") is True
