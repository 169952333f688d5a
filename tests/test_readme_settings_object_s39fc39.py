"""reusability.configuration (issue 12, s39 fc39 = re-reader ve38, ed199531/mairie_de_montastruc): a town hall's static site keeps its
settings in src/data/site.js, "Source de vérité unique", a ``config`` object (site name, ``baseUrl`` "https://…" — the production
domain the pages' canonical links carry —, the town hall's address and hours) exported to build.js, and its README says "Tout est dans
src/data/site.js, objet config.nap". It was fail 0 "no configuration template", the baseUrl called "a server the code connects to". A
module the README names as where the settings live, exporting a config object, is a documented settings file; a base URL that is a bare
origin, never passed to a request, is no connection. Near misses: the same module writing a database's host and password stays the
settings of connections written in the code (fail); a client's baseUrl with an API path, passed to its HTTP calls, stays a server it
connects to. Minimal fixtures written for the test (a made-up village)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = ("# Site de la mairie de Villeneuve-Exemple\n\nSite statique généré par `node build.js`, servi par Vercel.\n\n"
          "## Structure\n\n```\n├── build.js          # Générateur des pages\n├── serve.js          # Serveur local\n"
          "├── src/\n│   ├── data/site.js  # SOURCE UNIQUE : coordonnées, navigation, actualités\n│   └── pages/*.html\n```\n\n"
          "## Modifier le contenu\n\n### Changer une coordonnée\nTout est dans `src/data/site.js`, objet `config.nap` et `config.hours`.\n")
SITE = ('/**\n * Source unique des données du site.\n */\n\nconst config = {\n  siteName: "Mairie de Villeneuve-Exemple",\n'
        '  baseUrl: "https://mairie-villeneuve-exemple.fr", // domaine de production\n  lang: "fr",\n'
        '  nap: {\n    street: "1 place de la Mairie",\n    postalCode: "99999",\n    phone: "01 00 00 00 00",\n  },\n'
        '  hours: [\n    { day: "Lundi", open: "9h-12h" },\n  ],\n};\n\nconst news = [];\n\nmodule.exports = { config, news };\n')
BUILD = ('const fs = require("fs");\nconst { config, news } = require("./src/data/site.js");\nconst BASE = config.baseUrl.replace(/\\/$/, "");\n'
         'const page = (p) => `<link rel="canonical" href="${BASE}/${p}">`;\n'
         'fs.writeFileSync("public/index.html", page("") + config.siteName);\nfs.writeFileSync("public/sitemap.xml", `<loc>${BASE}/</loc>`);\n')
SERVE = ('const http = require("http");\nconst port = process.env.PORT || 8768;\n'
         'http.createServer((req, res) => res.end("ok")).listen(port);\n')
FILES = {"README.md": README, "build.js": BUILD, "serve.js": SERVE, "src/data/site.js": SITE,
         "src/pages/index.html": "<h1>Bienvenue</h1>\n", "package.json": '{"name": "mairie", "scripts": {"build": "node build.js", "start": "node serve.js"}}\n',
         "vercel.json": '{"cleanUrls": true, "outputDirectory": "public"}\n'}


def configuration(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=["reusability.configuration"]))
    return report["results"][0]


def test_the_module_the_readme_names_as_the_sites_settings_is_its_settings_file(tmp_path):
    r = configuration(tmp_path, FILES)
    assert r["status"] in ("pass", "warn"), r["message"]
    assert "src/data/site.js" in r["message"]["en"], r["message"]
    assert not any("connects to" in ((e.get("note") or {}).get("en") or "") for e in r["evidence"]), r["evidence"]


def test_the_same_module_writing_a_database_password_stays_settings_in_the_code(tmp_path):
    # near miss: the module also writes the connection's host and password
    site = ('const dbHost = "db.mairie-villeneuve-exemple.fr";\nconst dbName = "mairie";\nconst dbPassword = "motdepasse-reel";\n'
            + SITE.replace("module.exports = { config, news };", "module.exports = { config, news, dbHost, dbName, dbPassword };"))
    r = configuration(tmp_path, {**FILES, "src/data/site.js": site})
    assert r["status"] == "fail", r["message"]


def test_a_clients_base_url_with_its_api_path_passed_to_its_calls_stays_a_server_it_connects_to(tmp_path):
    # near miss: the baseUrl is an API the code calls; the README names no settings module
    app = {"README.md": "# Signalement\n\nApplication de signalement.\n",
           "package.json": '{"name": "signalement", "scripts": {"start": "node server.js"}}\n',
           "server.js": SERVE,
           "src/api.js": ("const baseUrl = 'https://signalement.agglo-exemple.fr/api/';\n"
                          "export function envoyer(s) { return fetch(baseUrl + 'signalements', {method: 'POST', body: JSON.stringify(s)}); }\n"),
           "src/main.js": "import { envoyer } from './api.js';\ndocument.querySelector('button').onclick = () => envoyer({});\n",
           "index.html": '<script type="module" src="src/main.js"></script>\n'}
    r = configuration(tmp_path, app)
    assert r["status"] == "fail" and any("connects to" in ((e.get("note") or {}).get("en") or "") for e in r["evidence"]), r
