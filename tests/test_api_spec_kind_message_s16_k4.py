"""interoperability.api-spec (issue 12, session 16 readers r1/r2): an API service built on a web framework (Express, Slim) was
told "Web application (express) without an API specification: if it exposes data…" while the report's own kind said web API
service (cooperation_jn_backend, mdedit2-api). The message now follows the kind."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.api-spec"


def audit(tmp_path, files):
    rep = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])
    return rep, results(rep)[CID]


def test_an_api_service_on_a_web_framework_is_named_an_api_service(tmp_path):
    files = {"package.json": '{\n  "name": "solar-api",\n  "version": "1.0.0",\n  "main": "dist/index.js",\n  "dependencies": {\n    "express": "^4.18.2"\n  }\n}\n',
             "src/index.ts": ("import express from 'express'\n\nconst app = express()\n\napp.get('/api/buildings/:id', async (req, res) => {\n"
                              "  res.json({ id: req.params.id, potential: 12.5 })\n})\n\napp.get('/api/roofs', async (_req, res) => {\n"
                              "  res.json([])\n})\n\napp.listen(3000)\n"),
             "README.md": "# Solar API\n\nThe back end of the solar cadastre: a REST API.\n"}
    rep, r = audit(tmp_path, files)
    kind = rep.get("facts", {}).get("project", {}).get("kind")
    assert kind == "api-service", kind
    assert r["status"] == "warn", r["message"]
    assert r["message"]["en"].startswith("Web API service (express)"), r["message"]
    assert r["message"]["fr"].startswith("Service d'API web (express)"), r["message"]
