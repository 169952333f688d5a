"""README sections on State repositories (issue 12, session 17, k7: reader b3's wrong README facts), each shaped like the real case:
- a licence chapter's "Due to its usage of python library …" speaks of a library's use, not of how to use the project;
- the README's title ("# exports-docker") is no deployment chapter, whatever the document under it;
- "# [Contributing](CONTRIBUTING.md)" with nothing under it is the contributing chapter: its link is the guide;
- "# Generate consolidated files" over two steps ending in "Launch the command `clj -M:run`" is the usage;
- "Le projet … est une application qui regroupe les APIs suivantes :" over a list is the purpose."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def _lines(fact: dict) -> dict:
    return {d["name"]: d["line"] for d in fact["section_details"]}


def test_a_licence_chapters_usage_of_a_library_is_no_usage(tmp_path):
    readme = ("# Detecteur\n\nDetecteur classe les photos d'objets saisis pour les agents de terrain.\n\n## Installation\n\n```\nmake install\n```\n\n"
              "## Licence\nDue to its usage of python library [Vision](https://example.org/vision), Detecteur uses copyleft "
              "[GNU Affero General Public License v3.0 (AGPL-3.0)](https://example.org/licences).\n")
    lines = _lines(readme_fact(tmp_path, readme))
    assert "usage" not in lines and lines.get("license") == 11, lines


def test_the_title_of_a_deployment_repository_is_no_deployment_chapter(tmp_path):
    readme = ("# exports-docker\n\nConfiguration docker pour déployer le portail des exports sur les serveurs de dev, test et prod.\n\n"
              "## Prérequis\n\nDocker et docker compose.\n\n## Installation pour la production\n\n```\ncd /opt/pod/\n"
              "git clone https://example.org/exports-docker.git\ncp .env-dist .env\ndocker compose up -d\n```\n")
    lines = _lines(readme_fact(tmp_path, readme))
    assert lines.get("deployment") == 9, lines


def test_an_empty_contributing_heading_linking_the_guide_and_a_generate_chapter(tmp_path):
    readme = ("# Consolidate repository data\n\nThe code in this repository creates `json/svg` files used by the catalogue web application.\n\n"
              "# Installation\n\n1. Install Clojure.\n\n2. Clone this repository: `git clone https://example.org/consolidate`\n\n"
              "# Generate consolidated files\n\n1. You may copy the input files in the project directory.\n\n2. Launch the command `clj -M:run`.\n\n"
              "# [Contributing](CONTRIBUTING.md)\n\n# License\n\nThis application is published under the EPL 2.0 license.\n")
    lines = _lines(readme_fact(tmp_path, readme, {"CONTRIBUTING.md": "# Contributing\n\nOpen a pull request.\n"}))
    assert lines.get("contributing") == 17 and lines.get("usage") == 11, lines
    # counterpart: the same empty heading with no link says nothing
    bare = readme.replace("# [Contributing](CONTRIBUTING.md)", "# Contributing")
    assert "contributing" not in _lines(readme_fact(tmp_path / "bare", bare))


def test_what_the_project_is_before_the_list_of_its_apis_is_the_purpose(tmp_path):
    readme = ("![](https://example.org/avatar.png)\n\n# Nomenclatures\n\nLe projet Nomenclatures est une application qui regroupe "
              "les APIs suivantes :\n\n- FORM\n- CERT\n\n## Démarrage rapide\n\n```\nmake install\n```\n")
    fact = readme_fact(tmp_path, readme)
    assert _lines(fact).get("purpose") == 5, fact["section_details"]
