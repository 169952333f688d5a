"""A "How it works?" chapter that draws the files' layout is no usage (issue 12, session 31 fixer e31 = reader m23o3, libriciel/phpodt).

phpodt's README has "# How it works?": an ODT file is a ZIP archive, drawn as a tree (styles.xml, content.xml, meta.xml,
META-INF/manifest.xml), then "when you add some content, the text will be stored in content.xml". No call of the library, no
step: what is inside. documentation.readme-sections said "usage found" on that heading, its only cue of a user being "you". A
"how it works" chapter drawing a tree of files whose only user cue is the pronoun tells what is inside; told by what the tool
takes and gives, or without a drawn tree, it stays the use."""

from __future__ import annotations

import pytest

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

HEAD = "# What is phpodt?\n\nphpodt is a PHP library that helps you create an ODT (Open Document Text) file.\n\n"
TREE = ("# How it works?\n\nOpenDocument files are ZIP archives. An odt file created with phpodt has the following structure:\n\n"
        "```\nODT file (ZIP archive)\n    |\n    |--- styles.xml\n    |--- content.xml\n    |--- META-INF/\n        |--- manifest.xml\n```\n\n"
        "So when you add some content, the text will be stored in \"content.xml\"; when you add a style, it is inserted in \"styles.xml\".\n\n")
LIB = {"composer.json": '{"name": "example/phpodt", "type": "library"}\n', "src/Odt.php": "<?php\nclass Odt {}\n"}


def _sections(tmp_path, readme: str) -> set[str]:
    make_repo(tmp_path, [{"files": {"README.md": readme, **LIB}}])
    return {d["name"] for d in ctx_for(tmp_path).fact("readme")["section_details"]}


def test_a_how_it_works_chapter_drawing_the_files_layout_is_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path, HEAD + TREE + "# Requirements\n\nphpodt needs PHP >= 8.1 to work.\n")


@pytest.mark.parametrize("body", [
    TREE.replace("So when you add some content", "You give it your paragraphs as input and it writes the output file; so when you add some content"),
    TREE.replace("    |--- styles.xml\n    |--- content.xml\n    |--- META-INF/\n        |--- manifest.xml\n", "    styles.xml, content.xml\n"),
])
def test_a_how_it_works_chapter_told_from_the_users_side_stays_usage(tmp_path, body):
    assert "usage" in _sections(tmp_path, HEAD + body)
