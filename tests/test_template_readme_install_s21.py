"""reusability.install: a framework's README left as is (create-next-app's "Getting Started" with `npm run dev`, "Deploy on
Vercel") was "written instructions: yes" although documentation.readme calls it the untouched template (issue 12, s21 m4,
a commune's Next.js site). Its steps are the framework's, not the project's: no written instructions, with the reason; a
README that adds a chapter of the team's own on installing keeps its instructions."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

CID = "reusability.install"
TEMPLATE = ("This is a [Next.js](https://nextjs.org) project bootstrapped with [`create-next-app`](https://nextjs.org/docs).\n\n"
            "## Getting Started\n\nFirst, run the development server:\n\n```bash\nnpm run dev\n# or\nyarn dev\n```\n\n"
            "Open http://localhost:3000 with your browser to see the result.\n\n"
            "## Learn More\n\nTo learn more about Next.js, take a look at the documentation.\n\n"
            "## Deploy on Vercel\n\nThe easiest way to deploy your Next.js app is to use the Vercel Platform.\n")
OWN = ("\n## Installation du site de la mairie\n\n1. Créez un projet Sanity et notez son identifiant.\n"
       "2. Copiez `.env.example` en `.env.local` et renseignez `NEXT_PUBLIC_SANITY_PROJECT_ID`.\n"
       "3. Lancez `npm install` puis `npm run build` et `npm start`.\n")


def _run(repo, tmp_path, readme):
    files = {"README.md": readme,
             "package.json": json.dumps({"name": "site-mairie", "private": True,
                                         "scripts": {"dev": "next dev", "build": "next build", "start": "next start"},
                                         "dependencies": {"next": "15.3.0", "react": "19.0.0"}}, indent=2) + "\n",
             "app/page.tsx": "export default function Home() { return <main>Bienvenue à la mairie</main>; }\n",
             "app/api/contact/route.ts": "export async function POST(req: Request) { return Response.json({ ok: true }); }\n"}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0]


def test_an_untouched_framework_readme_gives_only_generic_instructions(repo, tmp_path):
    # (s33 u33, LES-DETRITIVORES/rw-clic-compost: the template's `npm run dev` does run this Next.js app, so it is not "no
    # instructions"; but it is the framework's text, not the project's: said so, and never a pass)
    r = _run(repo, tmp_path, TEMPLATE)
    assert r["status"] == "warn", r
    assert "written instructions: only the framework's generic instructions" in r["message"]["en"], r["message"]
    assert any("Next.js's template" in (e.get("note") or {}).get("en", "") for e in r["evidence"]), r["evidence"]


def test_the_teams_own_install_chapter_still_counts(repo, tmp_path):
    r = _run(repo, tmp_path, TEMPLATE + OWN)
    assert r["details"]["instructions"] is True, r
    assert "written instructions: yes" in r["message"]["en"], r["message"]
