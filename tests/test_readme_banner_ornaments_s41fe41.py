"""readme.description and purpose under a title that a framed "Migrated to …" banner precedes (issue 12, s41 fe41, reader rv41).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str) -> dict:
    commits = [{"files": {"README.md": readme, "package.json": '{"name": "widgets", "private": true}\n', "src/index.js": "export const a = 1;\n"},
                "date": "2020-03-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


# - SocialGouv/emjpm-ui: rows of ":skull:" shortcodes and <br>s frame an HTML "<h3>Migrated to … monorepo</h3>" over the title "# emjpm-ui"
#   and its line "ui library for emjpm": the first ornament row was taken as the title and as prose, so the short line under the real
#   title was no description and the README had no purpose.
ROW = ":warning:" * 20 + "\n"
BANNER = (ROW + "\n<br>\n<br>\n\n<h3 align=center><a href=https://github.com/example/platform/tree/master/packages/widgets>Migrated to example/platform "
          "monorepo</a></h3>\n\n<br>\n<br>\n\n" + ROW + "\n<br>\n<br>\n\n---\n\n<br>\n\n")


def test_a_framed_banner_over_the_title_leaves_the_line_under_it(tmp_path):
    readme = BANNER + "# widgets\nui kit for forms\n\nStorybook with the components is at https://widgets.example.org\n\n# Installation and Usage\n\n```sh\nyarn add widgets\n```\n"
    r = _readme(tmp_path, readme)
    assert r["description"] is not None and r["description"]["text"] == "ui kit for forms", r["description"]
    assert "purpose" in r["sections"], r["sections"]


def test_near_miss_a_readme_that_is_only_the_banner_has_no_description(tmp_path):
    r = _readme(tmp_path, BANNER)
    assert r["description"] is None, r["description"]
    assert "purpose" not in r["sections"], r["sections"]


def test_near_miss_a_worded_line_before_the_title_still_counts_as_prose(tmp_path):
    readme = "Read the platform guide before you change anything here, it explains the release process.\n\n# widgets\nui kit for forms\n\n## Usage\n\nyarn add widgets\n"
    r = _readme(tmp_path, readme)
    assert r["description"] is None or r["description"]["text"] != "ui kit for forms", r["description"]
