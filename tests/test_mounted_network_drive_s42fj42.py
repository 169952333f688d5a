"""scaling.hosting (issue 12, s42 fj42 = reader re42's ISPF/enquetes-tourisme-eft-exportatn): an export job writes its ZIP into
``"J:/Etudes/1 - Public/ATN"`` and its README says "Le lecteur `J:` doit être monté sur Windows": a mapped network drive, the
organisation's file server, an internal connection another territory cannot reach (as a UNC share is). Near miss: the same drive path
with no page calling the drive mounted, mapped or a network drive stays unjudged (a drive letter alone may be a local disk).
The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.hosting"]
MAIN = ('library(data.table)\nDATA <- data.table(a = 1:3)\njPath <- "J:/Etudes/Public/Partenaire"\n'
        'fwrite(DATA, "export.csv", sep = "|")\nzip(zipfile = file.path(jPath, "export.zip"), files = "export.csv")\n')
README = "# Export mensuel\n\nÉcrit un ZIP pour le partenaire.\n"


def test_a_path_on_a_drive_the_readme_says_is_mounted_is_internal(tmp_path):
    readme = README + "\n## Points d'attention\n\n* Le lecteur `J:` doit être monté sur Windows\n"
    _, res = judge(tmp_path, {"main.R": MAIN, "README.md": readme}, CHECKS, name="mounted")
    r = res["scaling.hosting"]
    assert r["status"] == "warn" and "internal" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "main.R" for e in r["evidence"]), r["evidence"]


def test_near_miss_a_drive_path_alone_is_not_judged(tmp_path):
    _, res = judge(tmp_path, {"main.R": MAIN, "README.md": README}, CHECKS, name="alone")
    assert res["scaling.hosting"]["status"] == "pass", res["scaling.hosting"]["message"]
