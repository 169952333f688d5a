"""files.changelog, documentation.community-files (issue 12, s36 o36 = reader r18b, ANSSI-FR/bmc-tools): a three-file command-line
tool keeps its release history in its README, a "## Changelog" chapter whose code block lists a line a release, its date, version
and change ("01/12/2023\t\t3.04  Fix memory usage…"). files.changelog was null and the check said "missing: CHANGELOG". A README
chapter headed as a change log and holding two release entries or more is the changelog (the fact names the README); a chapter
headed "Versions" listing the supported versions of Python is not, nor a Changelog chapter that only links elsewhere."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.release_pages import readme_changelog_chapter
from tests.gitrepo import make_repo

CID = "documentation.community-files"
CHANGELOG = ("# rdp-cache\n\nParser of remote desktop bitmap caches.\n\n## Usage\n\n```\nrdp-cache.py -s SRC -d DEST\n```\n\n"
             "## Changelog\n```\n12/02/2024\t\t2.02\tFaster tile export.\n03/11/2023\t\t2.01\tFixed the header check.\n"
             "20/06/2023\t\t2.00\tNow reads the new cache format.\n14/01/2022\t\t1.00b\tOutput folder option fixed.\n"
             "10/01/2022\t\t1.00\tInitial release.\n```\n")
VERSIONS = ("# rdp-cache\n\nParser of remote desktop bitmap caches.\n\n## Versions\n\nTested under:\n\n- Python 3.9\n- Python 3.10\n"
            "- 3.11 : supported until October 2027\n- 3.12 : recommended for new installs\n\n## Usage\n\nrdp-cache.py -s SRC\n")


def run(tmp_path, readme: str) -> tuple[dict, dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": readme, "LICENCE.txt": "CeCILL v2.1\n", "rdp_cache.py": "print(1)\n"},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["files"], report["facts"]


def test_a_readme_changelog_chapter_of_dated_releases_is_the_changelog(tmp_path):
    r, files, _ = run(tmp_path, CHANGELOG)
    assert files["changelog"] == "README.md"
    assert "Present: CHANGELOG" in r["message"]["en"] and "CHANGELOG" not in r["message"]["en"].split("missing:")[1], r["message"]
    ev = next(e for e in r["evidence"] if e.get("value") == "changelog")
    assert ev["path"] == "README.md" and ev["line"] == 11, ev


def test_a_readme_versions_chapter_of_supported_pythons_is_no_changelog(tmp_path):
    r, files, _ = run(tmp_path, VERSIONS)
    assert files["changelog"] is None
    assert "Present: CHANGELOG" not in r["message"]["en"], r["message"]


@pytest.mark.parametrize(("text", "line"), [
    (CHANGELOG, 11),
    (VERSIONS, None),
    ("# T\n\n## Changelog\n\n- 1.2.0 : export CSV des tables\n- 1.1.0 : ajout du filtre par commune\n", 3),
    ("# T\n\n## Historique des versions\n\n### 1.2.0\n- export\n### 1.1.0\n- filtre\n", 3),
    ("# T\n\n## Versions\n\n- v1.2 (12/03/2024) : export CSV\n- v1.1 (10/01/2024) : filtre par commune\n", 3),
    ("# T\n\n## Versions\n\n- 1.2 : export CSV des tables\n- 1.1 : filtre par commune\n", None),  # "Versions" wants dates
    ("# T\n\n## Changelog\n\nSee [CHANGELOG.md](CHANGELOG.md).\n", None),  # a pointer, no entry
    ("# T\n\n## Changelog\n\n- 1.0.0 : première version publiée\n\n## Install\n\n- 2.3 : pip install x\n", None),  # one entry
    ("# T\n\n## Installation\n\n- 1.2.0 : export CSV des tables\n- 1.1.0 : ajout du filtre\n", None),  # not headed as a change log
])
def test_what_reads_as_a_readme_changelog_chapter(text, line):
    assert readme_changelog_chapter(text) == line
