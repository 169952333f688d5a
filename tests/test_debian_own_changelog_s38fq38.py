"""files.changelog, documentation.community-files (issue 12, s38 fq38 = reader rt38, ANSSI-FR/tabi and ANSSI-FR/mabo): a small tool's
only release history is its own Debian packaging, debian/changelog ("tabi (1.0.2) UNRELEASED; urgency=low / * core: do not process
too large prefixes", then 1.0.1 and 1.0). files.changelog was null. A root debian/changelog of two entries or more, every one of a
package named as the project (its repository, its README title), is the project's change log. Near misses: the Debian packaging of
another program kept in the repository (another package name), and a lone "Initial release" entry, stay no change log."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "documentation.community-files"
README = "# sondebgp\n\nDetects route hijacks in BGP archives.\n\n## Install\n\n```\npip install .\n```\n"


def _entry(pkg: str, version: str, change: str, date: str) -> str:
    return f"{pkg} ({version}) UNRELEASED; urgency=low\n\n  * {change}\n\n -- Jeanne Martin <jeanne@exemple.fr>  {date}\n\n"


OWN = (_entry("sondebgp", "1.0.2", "core: skip too large prefixes", "Fri, 20 Jan 2017 10:12:18 +0200")
       + _entry("sondebgp", "1.0.1", "inputs: keep going on a broken AS_PATH", "Fri, 19 Aug 2016 14:12:18 +0200")
       + _entry("sondebgp", "1.0", "Initial release.", "Wed, 13 Jan 2016 11:12:18 +0200"))
OTHER = (_entry("libradix", "0.9-2", "Rebuild for the new toolchain", "Fri, 20 Jan 2017 10:12:18 +0200")
         + _entry("libradix", "0.9-1", "Initial release.", "Wed, 13 Jan 2016 11:12:18 +0200"))


def run(tmp_path, changelog: str) -> tuple[dict, dict]:
    files = {"README.md": README, "LICENSE": "MIT License\n", "sondebgp/__init__.py": "def parse(line):\n    return line.split('|')\n",
             "debian/changelog": changelog, "debian/control": "Source: x\nMaintainer: Jeanne Martin <jeanne@exemple.fr>\n"}
    repo = make_repo(tmp_path / "sondebgp", [{"files": files, "date": "2017-01-20T10:00:00Z", "message": "init",
                                              "author": ("Jeanne Martin", "jeanne@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["files"]


def test_the_projects_own_debian_changelog_is_its_changelog(tmp_path):
    r, files = run(tmp_path, OWN)
    assert files["changelog"] == "debian/changelog", files["changelog"]
    assert r["message"]["en"].startswith("Present: CHANGELOG;"), r["message"]


def test_another_programs_debian_changelog_is_no_changelog(tmp_path):
    r, files = run(tmp_path, OTHER)
    assert files["changelog"] is None and "Present: —" in r["message"]["en"], (files["changelog"], r["message"])


def test_a_lone_initial_release_entry_is_no_changelog(tmp_path):
    _, files = run(tmp_path, _entry("sondebgp", "1.0", "Initial release.", "Wed, 13 Jan 2016 11:12:18 +0200"))
    assert files["changelog"] is None
