"""reusability.dependencies (issue 12, s39 fl39 = reader mb39's govpf/pwshare): a Go web application's go.mod beside a
.github/dependabot.yml whose only entry is `package-ecosystem: "github-actions"` passed 10 "update tool: dependabot", while
nothing updates the Go modules (every Dependabot request bumped an action). Rule now: a dependabot.yml whose package ecosystems are
all github-actions is no update tool for the project's manifests (said in the evidence). Near miss: the same file with a gomod
entry stays an update tool."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.dependencies"
ACTIONS = '---\nversion: 2\n\nupdates:\n  - package-ecosystem: "github-actions"\n    directory: "/"\n    schedule:\n      interval: "daily"\n'
FILES = {"README.md": "# Partage\n\nPartage de mots de passe par lien.\n",
         "go.mod": "module example.org/partage\n\ngo 1.16\n\nrequire (\n\tgithub.com/gofiber/fiber/v2 v2.14.0\n\tgithub.com/jackc/pgx/v4 v4.12.0\n)\n",
         "go.sum": "github.com/gofiber/fiber/v2 v2.14.0 h1:abc=\ngithub.com/jackc/pgx/v4 v4.12.0 h1:def=\n",
         "main.go": 'package main\n\nimport "github.com/gofiber/fiber/v2"\n\nfunc main() {\n\tapp := fiber.New()\n\tapp.Listen(":3000")\n}\n',
         ".github/dependabot.yml": ACTIONS}


def test_a_dependabot_for_actions_only_is_no_update_tool_for_go_mod(tmp_path):
    _, r = judge(tmp_path, FILES, [CHECK], name="actions")
    r = r[CHECK]
    assert r["status"] == "warn" and r["details"]["update_tools"] == [], r["message"]
    assert "update tool: none" in r["message"]["en"], r["message"]
    assert any(e.get("path") == ".github/dependabot.yml" and e.get("value") == "github-actions" for e in r["evidence"]), r["evidence"]


def test_a_dependabot_listing_gomod_stays_an_update_tool(tmp_path):
    files = {**FILES, ".github/dependabot.yml": ACTIONS + '  - package-ecosystem: gomod\n    directory: "/"\n    schedule:\n      interval: weekly\n'}
    _, r = judge(tmp_path, files, [CHECK], name="gomod")
    r = r[CHECK]
    assert r["status"] == "pass" and r["details"]["update_tools"] == ["dependabot"], r["message"]
