"""Word-level matches (issue 12, s17 b2): a dependency bot's schedule (.github/dependabot.yml's timezone: "Pacific/Noumea")
counted as a territory value of a Python tool; a C++ admin page's gear icon ICON("cog.png") read as the Code officiel
géographique (COG) among the identifier fields."""

from __future__ import annotations

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

DEPENDABOT = ('version: 2\nupdates:\n  - package-ecosystem: "pip"\n    directory: "/"\n    schedule:\n      interval: "daily"\n'
              '      time: "07:00"\n      timezone: "Pacific/Noumea"\n')
CLI = ("import argparse\n\n\ndef main():\n    parser = argparse.ArgumentParser(prog='yfix')\n    parser.add_argument('files', nargs='*')\n"
       "    args = parser.parse_args()\n    return len(args.files)\n")


def run(tmp_path, name, files, cid):
    repo = make_repo(tmp_path / name, [{"files": {"README.md": "# Outil\n\nUn outil.\n", **files}, "date": "2026-03-02T10:00:00Z",
                                        "message": "initial", "author": ("Jeanne Martin", "jeanne.martin@exemple.nc")}])
    cache = tmp_path / f"c-{name}"
    report = audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=[cid], config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra={"sponsor_type": "local-authority"})))
    return results(report)[cid]


def test_a_dependency_bots_time_zone_is_no_territory_value(tmp_path):
    r = run(tmp_path, "bot", {".github/dependabot.yml": DEPENDABOT, "yfix/cli.py": CLI}, "reusability.territory-neutral")
    assert not any(e.get("path") == ".github/dependabot.yml" for e in r["evidence"]), r["message"]
    # the same zone set in the tool's own settings still is one
    r = run(tmp_path, "own", {"deploy/scheduler.yml": 'jobs:\n  nightly:\n    timezone: "Pacific/Noumea"\n', "yfix/cli.py": CLI},
            "reusability.territory-neutral")
    assert any(e.get("path") == "deploy/scheduler.yml" for e in r["evidence"]), r["message"]


def test_a_gear_icon_is_no_cog_field(tmp_path):
    admin = ('#include "Admin.hpp"\n\nconst std::string ThreadsAdmin::ICON("cog.png");\n'
             'std::string Stop::codeInsee() const { return _codeinsee; }\n')
    r = run(tmp_path, "cog", {"src/15_server/ThreadsAdmin.cpp": admin}, "interoperability.identifiers")
    assert "cog" not in r["message"]["en"].replace("codeinsee", ""), r["message"]
