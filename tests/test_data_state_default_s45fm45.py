"""interoperability.data-standards and licensing.data-and-docs (issue 12, s45 fm45 = D-OTIsud/LinkOti): an Express links page with
an admin editor ships data/page-data.default.json, the page's own nested settings and content that the editor overwrites (the
server copies it to a git-ignored data/page-data.json). Any *.json under data/ counted as a data set: data-standards failed
"describe data/page-data.default.json with a Table Schema" and data-and-docs warned "no data licence". A JSON named by the
settings-template convention (*.default.json, *.dist.json, *.sample.json…) is the application's shipped default, no data set;
a JSON of records in data/ (the near miss, data/communes.json) stays data."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CIDS = ["interoperability.data-standards", "licensing.data-and-docs"]
SERVER = ("const express = require('express');\nconst fs = require('fs');\nconst path = require('path');\n\n"
          "const STORE = path.join(__dirname, 'data', 'site.json');\nconst DEFAULT = path.join(__dirname, 'data', 'site.default.json');\n"
          "const app = express();\napp.use(express.json());\napp.use(express.static('public'));\n"
          "app.get('/api/site', (req, res) => res.json(JSON.parse(fs.readFileSync(fs.existsSync(STORE) ? STORE : DEFAULT, 'utf8'))));\n"
          "app.put('/api/site', (req, res) => { fs.writeFileSync(STORE, JSON.stringify(req.body)); res.json({ ok: true }); });\n"
          "app.listen(8080);\n")
SETTINGS = {"meta": {"title": "Office de tourisme · Liens"}, "theme": {"primary": "#0a6"}, "lang": "fr", "languages": ["fr", "en"],
            "socials": [{"name": "facebook", "url": "https://exemple.fr/fb"}], "links": [{"label": "Agenda", "url": "https://exemple.fr/agenda"}],
            "i18n": {"en": {"Agenda": "Events"}}}
RECORDS = [{"code": f"974{i:02d}", "nom": f"Commune {i}", "population": 1000 * i} for i in range(1, 30)]
FILES = {"README.md": ("# Page de liens\n\nPage de liens de l'office de tourisme et son éditeur.\n\n- **Données** : `data/{name}`\n\n### API\n- `GET /api/site` → lit les données\n"
                       "- `PUT /api/site` → enregistre les données (JSON)\n- `DELETE /api/site` → remet `data/{name}`\n"),
         "package.json": '{"name": "liens", "version": "1.0.0", "main": "server.js", "dependencies": {"express": "^4.19.2"}}\n',
         "server.js": SERVER, ".gitignore": "node_modules\ndata/site.json\n",
         "public/index.html": "<!doctype html><html><head><title>Liens</title></head><body><ul id=\"links\"></ul><script src=\"app.js\"></script></body></html>\n",
         "public/app.js": "fetch('/api/site').then(r => r.json()).then(d => { document.title = d.meta.title; });\n"}


def run(tmp_path, name: str, content) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {**FILES, "README.md": FILES["README.md"].format(name=name), f"data/{name}": json.dumps(content, indent=2) + "\n"}, "date": "2026-02-20T10:00:00Z",
                                       "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=CIDS))
    return {r["id"]: r for r in report["results"]}


def test_a_shipped_default_of_the_apps_state_is_no_data_set(tmp_path):
    res = run(tmp_path, "site.default.json", SETTINGS)
    for cid in CIDS:
        assert res[cid]["status"] == "not_applicable", (cid, res[cid]["status"], res[cid]["message"])


def test_near_miss_records_in_data_stay_a_data_set(tmp_path):
    res = run(tmp_path, "communes.json", RECORDS)
    assert res["interoperability.data-standards"]["status"] in ("fail", "warn"), res["interoperability.data-standards"]
    assert "data/communes.json" in json.dumps(res["interoperability.data-standards"], ensure_ascii=False)
    assert res["licensing.data-and-docs"]["status"] in ("fail", "warn"), res["licensing.data-and-docs"]  # (the README presents it)
