"""A heading naming only the developers as its audience ("## Pour les développeurs", "For developers") over the developers' guide
(the checks before a release, the tests, the documentation build) is the contributing chapter, as "Developer guide" and "Pour les
contributeurs" are (issue 12, s41 fp41 = reader rw41 on MTES-MCT/didoscalim: "## Pour les développeurs" gave no contributing).
Near miss: "## Pour les utilisateurs" stays no contributing; a task named for them ("Installation pour les développeurs") stays
that task.

The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from auditor.facts.readme_headings import heading_sections
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

README = """Tabloscal
================

Un package R pour publier des tableaux statistiques sur le portail de données.

## Installation

``` r
devtools::install_github("exemple/tabloscal")
```

## {heading}

Avant de publier une version, assurez-vous que `check()` fonctionne :

``` r
devtools::check()
```

### Les tests

Pour lancer les tests unitaires et la couverture : `devtools::test()` puis `covr::package_coverage()`.

### Documentation en ligne

La documentation est construite avec `pkgdown::build_site()`.
"""


def _sections(tmp_path, heading: str) -> list:
    commits = [{"files": {"README.md": README.format(heading=heading), "DESCRIPTION": "Package: tabloscal\nVersion: 0.1.0\n"},
                "date": "2025-11-15T15:15:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


def test_a_chapter_for_the_developers_is_contributing(tmp_path):
    assert "contributing" in _sections(tmp_path, "Pour les développeurs")


def test_a_chapter_for_the_users_is_not(tmp_path):
    assert "contributing" not in _sections(tmp_path, "Pour les utilisateurs")


def test_the_developers_audience_in_both_languages():
    for heading in ("Pour les développeurs", "For developers", "Notes aux développeurs"):
        assert heading_sections(heading) == ["contributing"], heading
    assert heading_sections("Pour les utilisateurs") == []
    assert heading_sections("Installation pour les développeurs") == ["install"]
