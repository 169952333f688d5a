"""files facts on State repositories (issue 12, session 14, h4's read of new State start-ups): a Django service keeps one page of
release notes per version in docs/releases/ (0.1.md … 1.13.md) and no CHANGELOG file; that folder is its changelog. A releases/
folder that only says how to publish a release holds no notes."""

from __future__ import annotations

from tests.test_state_files_s9 import files_fact

DJANGO = {"manage.py": "import django\n", "control/models.py": "class Control:\n    pass\n", "README.md": "# Contrôles\n\nUn service d'échange de documents.\n"}


def test_a_folder_of_release_notes_one_page_a_version_is_the_changelog(tmp_path):
    f = files_fact(tmp_path, {**DJANGO, "docs/releases/0.9.md": "# 0.9\n\n- Ajout des questionnaires\n",
                              "docs/releases/1.0.md": "# 1.0\n\n- Première version stable\n", "docs/dev/architecture.md": "# Architecture\n"})
    assert f["changelog"] == "docs/releases/0.9.md"
    f = files_fact(tmp_path / "notes", {**DJANGO, "release-notes/v2.1.0.rst": "v2.1.0\n======\n\nFixes.\n"})
    assert f["changelog"] == "release-notes/v2.1.0.rst"


def test_a_releases_folder_without_notes_is_no_changelog(tmp_path):
    f = files_fact(tmp_path, {**DJANGO, "releases/README.md": "# How to publish a release\n\nTag and push.\n",
                              "releases/process.md": "# Process\n\nRun the build.\n"})
    assert f["changelog"] is None


CARGO = {"Cargo.toml": "[package]\nname = \"validator\"\nversion = \"0.1.0\"\n", "README.md": "# Validator\n\nValidates GTFS files.\n",
         "src/main.rs": "fn main() {\n    println!(\"ok\");\n}\n"}


def test_rust_unit_tests_inside_the_sources_are_tests(tmp_path):
    """A Rust validator keeps its unit tests in #[cfg(test)] modules of src/ (run by `cargo test`), fixtures in test_data/."""
    rules = ("pub fn check(x: u32) -> bool {\n    x > 0\n}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n"
             "    fn positive() {\n        assert!(check(1));\n    }\n}\n")
    f = files_fact(tmp_path, {**CARGO, "src/rules.rs": rules})
    assert f["tests"] is True
    f = files_fact(tmp_path / "none", {**CARGO, "src/rules.rs": "pub fn check(x: u32) -> bool {\n    // #[test] is written elsewhere\n    x > 0\n}\n"})
    assert f["tests"] is False
