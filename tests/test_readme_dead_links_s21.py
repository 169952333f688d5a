"""A README pointing to a document that is not in the repository ("Installation : voir [INSTALL.md](INSTALL.md)" with no INSTALL.md,
"## [Configuration](docs/configuration.md)" over nothing) gave the section all the same (issue 12, session 21 fixer k3): the pointer
leads nowhere, so it gives no section, and documentation.readme-sections shows the broken link as a finding. The same README with the
documents there keeps every section."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_local_authority_verdicts import judge
from tests.test_scaling import ctx_for

SECTIONS = "documentation.readme-sections"
README = ("# Suivi des arrêtés\n\nSuivi des arrêtés permet aux agents de la commune de publier les arrêtés municipaux en ligne.\n\n"
          "Installation : voir [INSTALL.md](INSTALL.md).\n\nPour contribuer, lisez [le guide des contributions](CONTRIBUTING.md).\n\n"
          "## [Configuration](docs/configuration.md)\n\n## Licence\n\nCe projet est publié sous licence MIT.\n")
DOCS = {"INSTALL.md": "# Installation\n\n```\nnpm install\nnpm start\n```\n",
        "CONTRIBUTING.md": "# Contribuer\n\nOuvrez une demande de fusion.\n",
        "docs/configuration.md": "# Configuration\n\nCopier `.env.example` vers `.env` et renseigner `DATABASE_URL`.\n"}
APP = {"package.json": '{"name": "arretes", "scripts": {"start": "node server.js"}}\n',
       "server.js": "const port = process.env.PORT || 3000;\nconsole.log(port);\n", "LICENSE": "MIT License\n"}


def _names(tmp_path, files: dict) -> set[str]:
    make_repo(tmp_path, [{"files": files}])
    return {d["name"] for d in ctx_for(tmp_path).fact("readme")["section_details"]}


def test_pointers_to_missing_documents_give_no_section(tmp_path):
    names = _names(tmp_path / "missing", {"README.md": README, **APP})
    assert not {"install", "contributing", "configuration"} & names, names
    assert {"purpose", "license"} <= names


def test_pointers_to_documents_that_are_there_still_give_the_sections(tmp_path):
    names = _names(tmp_path / "there", {"README.md": README, **APP, **DOCS})
    assert {"install", "contributing", "configuration", "purpose", "license"} <= names, names


def test_the_broken_links_are_findings_of_the_readme_sections(tmp_path):
    res = judge(tmp_path, {"README.md": README, **APP}, [SECTIONS])[1][SECTIONS]
    assert "install" in res["details"]["missing"], res["message"]
    dead = [e for e in res["evidence"] if e.get("kind") == "finding" and "dead_link" in (e.get("value") or {})]
    assert [e["value"]["dead_link"] for e in dead] == ["INSTALL.md", "CONTRIBUTING.md", "docs/configuration.md"], dead
    kept = judge(tmp_path, {"README.md": README, **APP, **DOCS}, [SECTIONS], name="kept")[1][SECTIONS]
    assert "install" in kept["details"]["found"] and not any("dead_link" in (e.get("value") or {}) for e in kept["evidence"])
