"""documentation.readme-sections (issue 12, s39 fj39 = reader rt39's betagouv/science-infuse): a teachers' platform's README has
"## Pourquoi contribuer ?" over "En partageant vos cours et vos ressources, vous participez à construire un outil…": contributing
content to the service, not to the repository, and it was the contributing section by its heading word. Rule now: a contributing
chapter of prose only that asks to share content (courses, resources, data, reviews) with no word of the forge or the development
(issue, pull request, code) is no contributing section. Near miss: "## Contribuer" over pull-request steps stays contributing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

RS = "documentation.readme-sections"
HEAD = ("# Classeur\n\nClasseur aide les enseignants à créer des séquences de cours interactives.\n\n"
        "## Installation\n\n```\ndocker compose up\n```\n\n")
CONTENT = ("## Pourquoi contribuer à Classeur ?\n\nClasseur est une plateforme collaborative qui vit grâce à sa communauté. En partageant "
           "vos cours et vos ressources, vous participez à construire un outil conçu par des enseignants pour des enseignants.\n")
CODE = ("## Contribuer\n\n1. Forkez le dépôt et créez une branche.\n2. Ouvrez une pull request décrivant vos changements.\n")
FILES = {"package.json": '{"name": "classeur", "version": "1.0.0"}\n', "src/index.js": "export const start = () => 1;\n"}


def _sections(tmp_path, readme, name):
    r = judge(tmp_path, {**FILES, "README.md": readme}, [RS], name=name)[1][RS]
    return r["details"]["found"] if "found" in r["details"] else r["message"]["en"]


def test_sharing_courses_on_the_platform_is_no_contributing(tmp_path):
    found = _sections(tmp_path, HEAD + CONTENT, "content")
    assert "contributing" not in found, found


def test_pull_request_steps_stay_contributing(tmp_path):
    found = _sections(tmp_path, HEAD + CODE, "code")
    assert "contributing" in found, found
