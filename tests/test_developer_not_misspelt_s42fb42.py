"""The heading spelling mender never rewrites a word its own vocabulary writes: English "developer" (of "developer guide") is no
French "developper" missing a letter (issue 12, s42 fb42, left open by s41 fp41/fd41: "## Developer guide" over the developers'
notes — the tests, the branches, the pull requests — was read as "developper guide", an installation chapter, and gave no
contributing). Near miss: a misspelt section word ("Developement", "Instalation") is still mended and keeps its section.

The files are written for these tests, in the shape of the real case named above."""

from __future__ import annotations

from auditor.facts.readme_headings import heading_sections
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

README = """# Carto-voirie

Application web de consultation des travaux de voirie de la commune.

## {heading}

Les tests se lancent avec `npm test`. Créez une branche par évolution et ouvrez une pull request vers `main` : elle est relue
par un membre de l'équipe avant la fusion.
"""


def _sections(tmp_path, heading: str) -> list:
    commits = [{"files": {"README.md": README.format(heading=heading), "package.json": '{"name": "carto-voirie", "version": "1.0.0"}\n',
                          "src/index.js": "export const start = () => 1;\n"},
                "date": "2025-11-15T15:15:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


def test_a_developer_guide_is_contributing_not_installation(tmp_path):
    sections = _sections(tmp_path, "Developer guide")
    assert "contributing" in sections and "install" not in sections, sections


def test_a_misspelt_section_word_is_still_mended(tmp_path):
    assert "install" in _sections(tmp_path, "Developement")


def test_the_heading_words():
    assert heading_sections("Developer guide") == ["contributing"]
    assert "install" not in heading_sections("Developer documentation")
    for misspelt in ("Developement", "Instalation", "Developper"):
        assert heading_sections(misspelt) == ["install"], misspelt
    assert heading_sections("Enviroment") == ["configuration"]
