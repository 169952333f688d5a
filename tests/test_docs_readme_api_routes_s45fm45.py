"""documentation.docs (issue 12, s45 fm45 = D-OTIsud/LinkOti): an Express links page's README has a bare "### API" chapter listing
its routes (GET, PUT and DELETE of one JSON resource, what each does). Only worded API headings ("API REST", "Endpoints") or a bare
"Routes" over HTTP routes counted, so the check said "missing: API" although the README describes the API. A bare "API" heading
counts when HTTP routes are written under it; a bare "API" over a library's functions (the near miss) does not."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "documentation.docs"
ROUTED = ("# Liens\n\nPage de liens et son éditeur.\n\n### Lancer\n\n```bash\nnpm install\nnpm start\n```\n\n### API\n"
          "- `GET /api/site` → renvoie le contenu\n- `PUT /api/site` → enregistre le contenu (JSON)\n- `DELETE /api/site` → revient au contenu par défaut\n\n"
          "### Déployer\n\nConstruire l'image avec le `Dockerfile`, port 8080.\n")
FUNCTIONS = ("# Liens\n\nPage de liens et son éditeur.\n\n### Lancer\n\n```bash\nnpm install\nnpm start\n```\n\n### API\n"
             "- `loadSite()` lit le contenu\n- `saveSite(data)` enregistre le contenu\n\n"
             "### Déployer\n\nConstruire l'image avec le `Dockerfile`, port 8080.\n")
FILES = {"package.json": '{"name": "liens", "version": "1.0.0", "main": "server.js", "dependencies": {"express": "^4.19.2"}}\n',
         "server.js": ("const express = require('express');\nconst app = express();\napp.use(express.json());\n"
                       "app.get('/api/site', (req, res) => res.json({}));\napp.put('/api/site', (req, res) => res.json({ ok: true }));\n"
                       "app.delete('/api/site', (req, res) => res.json({ ok: true }));\napp.listen(8080);\n"),
         "Dockerfile": "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD [\"node\", \"server.js\"]\n"}


def run(tmp_path, readme: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {**FILES, "README.md": readme}, "date": "2026-02-20T10:00:00Z",
                                       "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return {r["id"]: r for r in report["results"]}[CID]


def test_a_bare_api_heading_over_http_routes_documents_the_api(tmp_path):
    r = run(tmp_path, ROUTED)
    assert "api" in r["details"]["found"], (r["status"], r["message"], r["details"])


def test_near_miss_a_bare_api_heading_over_functions_is_no_http_api_doc(tmp_path):
    r = run(tmp_path, FUNCTIONS)
    assert "api" not in r["details"]["found"], (r["status"], r["message"], r["details"])
