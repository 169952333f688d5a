"""scaling.hosting (issue 12, session 19 reader e1): a front end whose whole back end is one person's home directory on a bare
IP (StageMairieLens/app: `http://92.154.61.105:8080/~nacer/co.php`) passed "no risky hosting dependency"; the IP was an
unjudged "other" host, shown as "61.105". A `~user` folder is one person's files, whoever runs the server."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"


def hosting(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Jeux\n\nJeux éducatifs.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@example.org")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["hosting_dependencies"]


SERVICE = ("import { Injectable } from '@angular/core';\nimport { HttpClient } from '@angular/common/http';\n\n"
           "@Injectable({ providedIn: 'root' })\nexport class GamesService {\n"
           "  base = 'http://{host}:8080';\n  save = 'http://{host}:8080/~jdupont/save.php';\n"
           "  constructor(private http: HttpClient) {}\n  list() { return this.http.get(this.save); }\n}\n")


def test_a_back_end_in_a_persons_home_directory_on_an_ip_is_a_persons_server(tmp_path):
    r, f = hosting(tmp_path, {"src/app/games.service.ts": SERVICE.replace("{host}", "203.0.113.54")})
    assert r["status"] != "pass", r["message"]
    assert [(h["host"], h["class"], h["account"]) for h in f["hosts"]] == [("203.0.113.54", "personal", "jdupont")]


def test_a_home_directory_on_a_named_server_is_a_persons_too(tmp_path):
    r, f = hosting(tmp_path, {"src/app/games.service.ts": SERVICE.replace("{host}", "www.labo-exemple.org").replace("  base = 'http://www.labo-exemple.org:8080';\n", "")})
    assert r["status"] != "pass", r["message"]
    assert ("www.labo-exemple.org", "personal") in {(h["host"], h["class"]) for h in f["hosts"]}


def test_a_bare_ip_without_a_home_directory_stays_unjudged(tmp_path):
    r, f = hosting(tmp_path, {"src/app/games.service.ts": SERVICE.replace("{host}", "203.0.113.54").replace("/~jdupont/", "/api/")})
    assert [(h["host"], h["class"]) for h in f["hosts"]] == [("203.0.113.54", "other")]


def test_a_ci_servers_build_account_is_no_persons(tmp_path):
    # (b2's synthese: an installer fetched from http://ci.<vendor>.com/~build/…: a machine account's folder, not a person's)
    r, f = hosting(tmp_path, {"tools/install.py": "URL = 'http://ci.editeur-exemple.com/~build/app/latest/install.py'\n"})
    assert "personal" not in {h["class"] for h in f["hosts"]}, f["hosts"]
