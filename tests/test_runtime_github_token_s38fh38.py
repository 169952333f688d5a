"""reusability.configuration (issue 12, s38 fh38 = reader ra38, RAYAN-DOB/Server-Supervision): a Next.js server route reads
``process.env.GITHUB_TOKEN`` to fetch files from a private repository; the repository has no workflow. The name was dropped as
GitHub Actions' everywhere ("3 undocumented" where GITHUB_TOKEN is a fourth). Actions hands its token to a step only when a workflow
says so, or to an action the repository defines: elsewhere the token the application's code reads is one of its settings. Near miss:
a release script reading GITHUB_TOKEN that a workflow hands it stays the CI's."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "reusability.configuration"
ROUTE = ('const REPO = "someone/photos";\n\nexport async function GET(req: Request) {\n  const token = process.env.GITHUB_TOKEN;\n'
         '  const base = process.env.MEDIA_BASE_URL;\n  const res = await fetch(`https://api.github.com/repos/${REPO}/contents/a.jpg`, '
         '{ headers: { Authorization: `Bearer ${token}` } });\n  return new Response(await res.arrayBuffer());\n}\n')
FILES = {"README.md": "# Supervision\n\nApplication web.\n\n## Installation\n\n```bash\nnpm install\n```\n",
         "package.json": '{"name": "supervision", "private": true, "scripts": {"dev": "next dev", "build": "next build"}, "dependencies": {"next": "15.0.0"}}\n',
         ".env.example": "MEDIA_BASE_URL=https://example.org/media\n",
         "app/api/media/route.ts": ROUTE}
RELEASE = "const token = process.env.GITHUB_TOKEN;\nconsole.log(token ? 'release' : 'no token');\n"
WORKFLOW = ("name: release\non: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - run: node scripts/release.js\n        env:\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n")


def result(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID)


def test_a_token_the_server_route_reads_is_a_setting(tmp_path):
    r = result(tmp_path, FILES)
    assert "2 setting(s)" in r["message"]["en"] and "1 undocumented" in r["message"]["en"], r["message"]
    assert any(e.get("value") == "GITHUB_TOKEN" and e["path"] == "app/api/media/route.ts" for e in r["evidence"]), r["evidence"]


def test_a_token_a_workflow_hands_to_a_release_script_stays_the_cis(tmp_path):
    files = {**FILES, "app/api/media/route.ts": ROUTE.replace("process.env.GITHUB_TOKEN", '"public"'),
             "scripts/release.js": RELEASE, ".github/workflows/release.yml": WORKFLOW}
    r = result(tmp_path, files)
    assert "1 setting(s)" in r["message"]["en"] and "0 undocumented" in r["message"]["en"], r["message"]
    assert not any(e.get("value") == "GITHUB_TOKEN" for e in r["evidence"]), r["evidence"]
