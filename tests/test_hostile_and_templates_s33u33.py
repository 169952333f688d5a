"""Hostile input and a template README (issue 12, session 33 fixer u33), each on a git fixture shaped like the real case.

- k33's h03-big: a README of tens of thousands of unclosed "[" made markdown-it try a link at each one (a label scan over the rest of
  the block, some twenty steps each): seconds per parse, for each Markdown document. Past MAX_OPEN_BRACKETS unclosed "[" in a block
  they are escaped before parsing (the same text); a long list of real links keeps its links.
- k33's h10-dates: commits dated 2099 (a wrong clock) made facts.activity.last_commit_date 2099-12-31 while maintenance.activity said
  "last one 20793 days ago" (history_activity keeps the commits up to the audit's day). Both now leave them out, and say how many.
- LES-DETRITIVORES/rw-clic-compost: the README is RedwoodJS's untouched template, whose `yarn install` / `yarn redwood dev` do run the
  Redwood app beside it (redwood.toml, .env.example): reusability.install went warn → fail "No reproducible way to run the service".
  The template's steps are now the framework's generic instructions: warn, said so; never a pass."""

from __future__ import annotations

from datetime import date

from markdown_it.parser_inline import ParserInline

from auditor.engine import AuditOptions, audit
from auditor.facts.document import parse_document
from auditor.report import validate_report
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

INTRO = "# Outil\n\nDescription du service numérique de la collectivité, pour ses habitants ([documentation](https://example.org/doc)).\n\n## Installation\n\n"


def _skip_tokens(monkeypatch) -> list[int]:
    """A counter of markdown-it's skipToken calls (the link label scan's steps): work measured by count, not time."""
    calls, real = [0], ParserInline.skipToken

    def counted(self, state):
        calls[0] += 1
        return real(self, state)
    monkeypatch.setattr(ParserInline, "skipToken", counted)
    return calls


def test_a_readme_of_unclosed_brackets_parses_in_linear_work(repo, tmp_path, monkeypatch):
    text = INTRO + "[" * 200_000 + "\n" + "http://a.a.a" * 2000 + "\n"
    report = run(repo([{"files": {"README.md": text, "app.py": "print(1)\n"}, "date": "2026-05-01T10:00:00Z"}]), tmp_path / "c",
                 only=["documentation.readme"])
    assert validate_report(report) == []
    assert results(report)["documentation.readme"]["status"] != "error"
    calls = _skip_tokens(monkeypatch)
    blocks = parse_document(text, "markdown")
    assert 0 < calls[0] < 10_000, calls[0]  # (before: over four million steps)
    assert any("[" * 1000 in b.text for b in blocks)  # the same text once parsed: the brackets are kept as text


def test_near_miss_a_long_list_of_links_keeps_its_links():
    items = "".join(f"- [Commune {i}](https://example.org/communes/{i}) [[archive]](https://archive.example.org/{i})\n" for i in range(600))
    blocks = parse_document(INTRO + items + "\nSome [unclosed note\n", "markdown")
    links = [url for b in blocks for url, _ in b.links]
    assert sum(u.startswith("https://example.org/communes/") for u in links) == 600
    assert sum(u.startswith("https://archive.example.org/") for u in links) == 600


def test_near_miss_a_few_unclosed_brackets_are_left_as_they_are():
    from auditor.facts.document_marks import MAX_OPEN_BRACKETS, bound_open_brackets
    text = "Voir [la doc](https://example.org) [[ et " + "[ " * (MAX_OPEN_BRACKETS - 2) + "\n"
    assert bound_open_brackets(text) is text


def _dated(repo, tmp_path, commits):
    report = audit(str(repo(commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["maintenance.activity"],
                                                    as_of=date(2026, 6, 1)))
    assert validate_report(report) == []
    return report, results(report)["maintenance.activity"]


def test_commits_dated_after_the_audit_day_are_left_out_and_said(repo, tmp_path):
    report, r = _dated(repo, tmp_path, [
        {"files": {"README.md": "# x\n"}, "date": "2023-03-01T10:00:00Z"},
        {"files": {"a.py": "a = 1\n"}, "date": "2025-01-01T00:00:00Z", "committer_date": "2099-06-01T00:00:00Z"},
        {"files": {"b.py": "b = 1\n"}, "date": "2099-12-31T00:00:00Z"},
        {"files": {"c.py": "c = 1\n"}, "date": "2024-01-10T10:00:00Z"},  # (the audited commit: the last one, by a clock set right)
    ])
    act = report["facts"]["activity"]
    assert act["last_commit_date"].startswith("2024-01-10") and act["future_commits"] == 2
    assert act["commits_365d"] == 0
    assert r["status"] == "fail"
    assert "(last one 873 days ago)" in r["message"]["en"], r["message"]["en"]
    assert "2 commit(s) dated after the audit day" in r["message"]["en"]


def test_near_miss_commits_up_to_the_audit_day_say_nothing_of_the_future(repo, tmp_path):
    report, r = _dated(repo, tmp_path, [{"files": {"README.md": "# x\n"}, "date": "2026-05-31T10:00:00Z"}])
    assert report["facts"]["activity"]["last_commit_date"].startswith("2026-05-31")
    assert report["facts"]["activity"]["future_commits"] == 0
    assert "after the audit day" not in r["message"]["en"]


REDWOOD_README = ("# README\n\nWelcome to [RedwoodJS](https://redwoodjs.com)!\n\n> **Prerequisites**\n>\n> - Redwood requires "
                  "[Node.js](https://nodejs.org/en/) (>=14.19.x <=16.x) and [Yarn](https://yarnpkg.com/) (>=1.15)\n\n"
                  "Start by installing dependencies:\n\n```\nyarn install\n```\n\nThen change into that directory and start the development "
                  "server:\n\n```\ncd my-redwood-project\nyarn redwood dev\n```\n\nYour browser should automatically open to "
                  "http://localhost:8910 where you'll see the Welcome Page, which links out to a ton of great resources.\n\n"
                  "> **The Redwood CLI**\n>\n> Congratulations on running your first Redwood CLI command!\n> From dev to deploy, the CLI is "
                  "with you the whole way.\n\n## Prisma and the database\n\nRedwood wouldn't be a full-stack framework without a database. "
                  "It all starts with the schema. Open the `schema.prisma` file in `api/db`.\n\n```\nyarn rw prisma migrate dev\n```\n\n"
                  "## Next Steps\n\nThe best way to learn Redwood is by going through the comprehensive tutorial and joining the community.\n")
REDWOOD_APP = {
    "redwood.toml": "[web]\n  title = \"Clic compost\"\n  port = 8910\n  apiUrl = \"/.redwood/functions\"\n[api]\n  port = 8911\n",
    "package.json": '{"private": true, "workspaces": {"packages": ["api", "web"]}, "devDependencies": {"@redwoodjs/core": "3.2.0"}}\n',
    "api/package.json": '{"name": "api", "dependencies": {"@redwoodjs/api": "3.2.0", "@redwoodjs/graphql-server": "3.2.0"}}\n',
    "web/package.json": '{"name": "web", "dependencies": {"@redwoodjs/web": "3.2.0", "@redwoodjs/router": "3.2.0", "react": "17.0.2"}}\n',
    "api/db/schema.prisma": "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n\nmodel Booking {\n  id Int @id\n}\n",
    "api/src/functions/graphql.js": "import { createGraphQLHandler } from '@redwoodjs/graphql-server'\nexport const handler = createGraphQLHandler({})\n",
    "api/src/graphql/bookings.sdl.js": "export const schema = gql`\n  type Booking { id: Int! }\n  type Query { bookings: [Booking!]! @requireAuth }\n`\n",
    "web/src/App.js": "import { RedwoodProvider } from '@redwoodjs/web'\nconst App = () => <RedwoodProvider><Routes /></RedwoodProvider>\nexport default App\n",
    "web/src/Routes.js": "import { Router, Route } from '@redwoodjs/router'\nconst Routes = () => <Router><Route path=\"/\" /></Router>\nexport default Routes\n",
    ".env.example": "DATABASE_URL=postgresql://user:password@localhost:5432/compost\nSTRIPE_SECRET_KEY=\n",
    ".env.defaults": "PRISMA_HIDE_UPDATE_MESSAGE=true\n",
    "yarn.lock": "# yarn lockfile v1\n",
}


def _install(repo, tmp_path, files, name="r"):
    report = run(repo([{"files": files, "date": "2026-05-01T10:00:00Z"}], name=name), tmp_path / f"c-{name}",
                 only=["reusability.install", "documentation.readme"])
    assert validate_report(report) == []
    return results(report)


def test_a_framework_template_readme_gives_generic_run_instructions(repo, tmp_path):
    r = _install(repo, tmp_path, {**REDWOOD_APP, "README.md": REDWOOD_README})
    assert r["documentation.readme"]["status"] == "fail"  # (the template says nothing about the project: unchanged)
    inst = r["reusability.install"]
    assert inst["status"] == "warn", inst["message"]
    assert "only the framework's generic instructions" in inst["message"]["en"]
    assert "RedwoodJS" in inst["message"]["en"]
    assert any(e.get("value") == "yarn install" for e in inst["evidence"])


def test_near_miss_an_own_readme_with_its_steps_is_not_called_generic(repo, tmp_path):
    own = ("# Clic compost\n\nRéservation de composteurs pour les habitants de la métropole.\n\n## Installation\n\n```\nyarn install\n"
           "yarn rw prisma migrate dev\nyarn redwood dev\n```\n")
    inst = _install(repo, tmp_path, {**REDWOOD_APP, "README.md": own})["reusability.install"]
    assert inst["status"] == "warn" and "generic" not in inst["message"]["en"]
    assert inst["message"]["en"].endswith("written instructions: yes.")
