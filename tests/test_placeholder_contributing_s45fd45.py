"""A contributing page that is a title over a placeholder is no guide (issue 12, s45 fd45 = reader rv45 on InseeFr/Eno).

InseeFr/Eno keeps a bilingual documentation: docs/en/CONTRIBUTING.md is a title and "_TODO_" (28 bytes), docs/fr/CONTRIBUTING.md
the real guide (issues to pick, pull requests to the development branch). files.contributing named the English stub: only empty or
blank files counted as blank, so the stub won by path order. A document whose every paragraph is a placeholder (TODO, "à venir",
"…") documents nothing; the other language's guide is the one. A short page with one real sentence stays a guide (near miss)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

README = "# Convertisseur\n\nConvertit des questionnaires d'un format d'échange vers un format de collecte.\n"
GUIDE_FR = ("# Contribuer au convertisseur\n\nLes propositions sont bienvenues : prenez un ticket ouvert ou ouvrez-en un, "
            "puis proposez une demande de fusion vers la branche de développement.\n")


def _guide(tmp_path, files: dict):
    make_repo(tmp_path, [{"files": {"README.md": README, **files}}])
    return ctx_for(tmp_path).fact("files")["contributing"]


def test_a_title_over_a_placeholder_is_no_guide(tmp_path):
    for i, stub in enumerate(("# Contributing to the converter\n\n_TODO_\n", "# Contribuer\n\nÀ venir.\n", "## Contribute\n\n…\n",
                              "# How to contribute\n\nTBD\n")):
        assert _guide(tmp_path / f"s{i}", {"docs/en/CONTRIBUTING.md": stub, "docs/fr/CONTRIBUTING.md": GUIDE_FR}) == "docs/fr/CONTRIBUTING.md", stub
    # the stub alone is no guide either
    assert _guide(tmp_path / "alone", {"docs/en/CONTRIBUTING.md": "# Contributing to the converter\n\n_TODO_\n"}) is None


def test_near_miss_a_short_page_with_a_sentence_stays_the_guide(tmp_path):
    short = "# Contributing\n\nOpen an issue, then a pull request to the development branch. TODO: add the style guide.\n"
    assert _guide(tmp_path / "n", {"docs/en/CONTRIBUTING.md": short, "docs/fr/CONTRIBUTING.md": GUIDE_FR}) == "docs/en/CONTRIBUTING.md"
