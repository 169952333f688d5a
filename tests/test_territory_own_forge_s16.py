"""reusability.territory-neutral: a deployment kit fetching the sponsor's own themes and patches from its forge account (issue 12,
session 15's reads: departement-loire-atlantique/publik-shell's base/update.sh names three more of the Département's repositories,
publik-themes, publik-themes-interne and publik, on github.com) counted only the raw.githubusercontent.com address, called "one of the
sponsoring local government's servers". Those repositories tie the kit to one authority (a second territory installs its own themes
and patches): each is a territory value, named as the sponsor's repository on a public forge, not its server."""

from __future__ import annotations

import subprocess

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "reusability.territory-neutral"
UPDATE = ("#!/bin/bash\nset -e\n\n# CONFIGURATION\n"
          "THEMES_GIT=\"https://github.com/departement-bocage/portail-themes\"\n"
          "PATCHES_GIT=\"https://github.com/departement-bocage/portail-patches\"\n"
          "APT_PREFS=\"https://raw.githubusercontent.com/departement-bocage/portail-docker-base/master/prefs\"\n"
          "UPSTREAM=\"https://github.com/editeur-libre/portail\"\n"
          "SELF=\"https://github.com/departement-bocage/portail-shell\"\n"
          "git clone \"$THEMES_GIT\" /opt/themes\ngit clone \"$PATCHES_GIT\" /opt/patches\n")


def test_the_sponsors_other_repositories_in_a_deployment_script_are_territory_values(tmp_path):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Portail\n\nScripts d'installation.\n", "base/update.sh": UPDATE},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("A B", "ab@gmail.com")}])
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", "https://github.com/departement-bocage/portail-shell.git"], check=True)
    cache = tmp_path / "c"
    report = audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=[CID], config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra={"sponsor_type": "local-authority"})))
    r = next(x for x in report["results"] if x["id"] == CID)
    found = {e["line"]: e["note"]["en"] for e in r["evidence"] if e.get("path") == "base/update.sh"}
    assert sorted(found) == [5, 6, 7], r["evidence"]  # the themes, the patches, the raw file; not the editor's nor the kit itself
    assert all("public forge" in n for n in found.values()), found  # (was: "one of the sponsoring local government's servers")
    assert r["message"]["en"].startswith("3 territory-specific value(s)"), r["message"]  # (alike in their first 40 characters: still 3)
