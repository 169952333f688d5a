"""Verdicts found wrong at first read on communes' and métropoles' repositories (issue 12, session 5), each on a git
fixture shaped like the real case: a commune's citizen-app back end (Google APIs client, Trello, Cloudinary, Upstash,
a service account's OAuth2 URLs, a GeoJSON point sent to apicarto, the commune's INSEE code as a default), a laptop's host
name as a commit address, an Onegeo extension's "## Usages" chapter."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import results

# mairie-mezieres/chatbot-mairie-mezieres: the Express back end of a commune's citizen app
CITIZEN_APP = {
    "README.md": "# MAT (backend)\n\nServeur Node.js/Express de l'application municipale de la commune.\n",
    "package.json": '{"name": "mat", "version": "1.0.0", "license": "MIT", "dependencies": {"express": "4.21.2", "googleapis": "144.0.0",'
                    ' "cloudinary": "2.5.1", "@upstash/redis": "1.34.3", "resend": "4.0.1", "axios": "1.7.9"}}\n',
    ".env.example": "ADMIN_PASSWORD=\nTRELLO_KEY=\nUPSTASH_REDIS_REST_URL=https://xxxx.upstash.io\n"
                    'GOOGLE_SERVICE_ACCOUNT={"type":"service_account","project_id":"...","auth_uri":"https://accounts.google.com/o/oauth2/auth",'
                    '"token_uri":"https://oauth2.googleapis.com/token"}\n',
    "config.js": "// the commune's INSEE code (VigiEau)\nconst VIGIEAU_COMMUNE_INSEE = process.env.VIGIEAU_COMMUNE_INSEE || \"45204\";\n"
                 "const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD;\nmodule.exports = { VIGIEAU_COMMUNE_INSEE, ADMIN_PASSWORD };\n",
    "lib/middleware.js": "const { ADMIN_PASSWORD } = require('../config');\n\nfunction adminAuth(req, res, next) {\n"
                         "  if (req.headers['x-admin-token'] !== ADMIN_PASSWORD) return res.status(401).json({ error: 'Non autorisé' });\n"
                         "  next();\n}\n\nmodule.exports = { adminAuth };\n",
    "lib/vigieau.js": "const { VIGIEAU_COMMUNE_INSEE } = require('../config');\n\nasync function fetchStatus(insee) {\n"
                      "  const commune = insee || VIGIEAU_COMMUNE_INSEE || \"45204\";\n  return commune;\n}\n\nmodule.exports = { fetchStatus };\n",
    "lib/media.js": "const cloudinary = require('cloudinary').v2;\nconst { Resend } = require('resend');\nconst { Redis } = require('@upstash/redis');\n"
                    "module.exports = { cloudinary, Resend, Redis };\n",
    "lib/trello.js": "const axios = require('axios');\n\nasync function createCard(listId, name) {\n"
                     "  return axios.post(`https://api.trello.com/1/cards?idList=${listId}&name=${name}`);\n}\n\nmodule.exports = { createCard };\n",
    "lib/calendar.js": "const { google } = require('googleapis');\n\nfunction calendar(auth) {\n  return google.calendar({ version: 'v3', auth });\n}\n\n"
                       "module.exports = { calendar };\n",
    "routes/geo.js": "const express = require('express');\nconst axios = require('axios');\nconst router = express.Router();\n\n"
                     "router.get('/api/zone-plu', async (req, res) => {\n  const lat = parseFloat(req.query.lat), lon = parseFloat(req.query.lon);\n"
                     "  const geom = encodeURIComponent(JSON.stringify({ type:\"Point\", coordinates:[lon, lat] }));\n"
                     "  const r = await axios.get(`https://apicarto.ign.fr/api/gpu/zone-urba?geom=${geom}`);\n"
                     "  res.json({ zone: (r.data.features[0] || {}).properties });\n});\n\nmodule.exports = router;\n",
    "app.js": "const express = require('express');\nconst app = express();\napp.use(require('./routes/geo'));\napp.listen(process.env.PORT || 3000);\n",
}


def test_a_citizen_apps_services_auth_geometry_and_insee_code_are_read_as_they_are(tmp_path):
    checks = ["scaling.vendor-lock-in", "reusability.portability", "interoperability.auth", "interoperability.geo",
              "interoperability.identifiers", "reusability.territory-neutral", "interoperability.data-standards"]
    _, r = judge(tmp_path, CITIZEN_APP, checks)
    lock = r["scaling.vendor-lock-in"]
    named = {e["value"]["service"] for e in lock["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("service")}
    assert "Google Forms / Google Sheets / Google Drive" not in named, named  # googleapis is Google's generic client (here: Calendar)
    assert {"Trello (Atlassian)", "Cloudinary", "Upstash", "Google Workspace APIs (Agenda, Drive, Gmail…)"} <= named, named
    assert "Resend" in lock["message"]["fr"] or "Resend" in r["reusability.portability"]["message"]["fr"]
    auth = r["interoperability.auth"]
    assert "standard" not in auth["message"]["en"].lower() and auth["status"] != "not_applicable", auth["message"]  # an admin password
    geo = r["interoperability.geo"]
    assert "GeoJSON ou format géographique ouvert : oui" in geo["message"]["fr"], geo["message"]
    assert r["interoperability.data-standards"]["status"] == "not_applicable", r["interoperability.data-standards"]["message"]
    assert r["interoperability.identifiers"]["status"] != "not_applicable", r["interoperability.identifiers"]["message"]
    terr = r["reusability.territory-neutral"]
    assert any("45204" in str(e.get("value")) and e["path"] == "lib/vigieau.js" for e in terr["evidence"]), terr["evidence"]


def test_a_laptops_host_name_is_no_organisation(tmp_path):
    """signature-studio (Mairie de Méru): gildas@hermes.local and gildas@hermes.tailxxxx.ts.net (a Tailscale name) were
    "1 organisation : ts.net" and "entreprises et autres organisations 11 %"."""
    from datetime import datetime, timezone

    from auditor.engine import AuditOptions, audit

    now = datetime.now(timezone.utc)
    authors = [("Gildas", "gildas@hermes.local"), ("Gildas", "gildas@hermes.tailda1dd3.ts.net"), ("Appweb", "appweb514@gmail.com")]
    commits = [{"files": {f"f{i}.js": f"var x{i} = {i};\n"}, "author": authors[i % 3], "message": f"change {i}",
                "date": now.replace(day=1, hour=10, minute=i).isoformat()} for i in range(6)]
    path = make_repo(tmp_path / "r", commits)
    r = results(audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                              only=["maintenance.organisations", "scaling.contributor-organisations"])))
    assert r["maintenance.organisations"]["evidence"][0]["value"]["organisations"] == [], r["maintenance.organisations"]["message"]
    assert "ts.net" not in str(r["scaling.contributor-organisations"]["evidence"]), r["scaling.contributor-organisations"]["message"]
    assert "entreprises" not in r["scaling.contributor-organisations"]["message"]["fr"]


def test_a_usages_chapter_is_the_readme_s_usage(tmp_path):
    """onegeo-ext-grandlyon-pdf: "## Usages" (plural) and its sub-chapters were "utilisation absente"."""
    files = {"README.md": "# Extension de recherche PDF\n\nService de recherche des documents PDF de la Métropole.\n\n"
                          "## Configuration du service\n\nParamètres de la recherche.\n\n## Usages\n\n### Paginer les résultats\n\n"
                          "Les paramètres from et size paginent les résultats.\n",
             "pdf.py": "def search(text):\n    return text\n"}
    _, r = judge(tmp_path, files, ["documentation.readme-sections"])
    missing = [e["value"]["section"] for e in r["documentation.readme-sections"]["evidence"] if e.get("kind") == "missing" and "section" in (e.get("value") or {})]
    assert "usage" not in missing, r["documentation.readme-sections"]["message"]



def test_a_property_named_export_does_not_make_a_classic_script_a_module():
    """signature-studio: app.js, loaded by a <script> tag, was "aucune fonction ni classe publique à documenter" because
    buildSignatureHtml(st, { export: exp = false }) has a property named export."""
    from auditor.facts.comments import token_metrics

    app = ("\"use strict\";\n\nfunction resolveImgUrl(path) {\n  return path;\n}\n\n// Escapes HTML.\nfunction esc(str) {\n  return String(str);\n}\n\n"
           "function buildSignatureHtml(st, { export: exp = false } = {}) {\n  return exp ? esc(st) : resolveImgUrl(st);\n}\n\n"
           "document.querySelector('#go').addEventListener('click', () => buildSignatureHtml('x', { export: true }));\n")
    m = token_metrics(app, "javascript")
    assert m["declarations"] == 3 and m["documented"] == 1 and "buildSignatureHtml" in [u["name"] for u in m["undocumented"]], m
    # a real module stays a module: its unexported functions are private
    assert token_metrics(app.replace('"use strict";', "import { x } from './x.js';"), "javascript")["declarations"] == 0


def test_a_sphinx_site_at_the_root_is_documentation_and_a_short_line_under_the_title_describes(tmp_path):
    """GrandLyonSmartData/rdata_docs: a Read the Docs site (conf.py, index.rst and its pages at the root) was "ni documentation
    à publier" and "absent : dossier de documentation"; "Documentation des services offerts par GrandLyon Data", the README's
    only line, was "aucune phrase de description"."""
    page = "Les services\n============\n\nLa plateforme donne accès aux services WMS et WFS de la Métropole.\n"
    files = {"README.md": "rdata\n=========\n\nDocumentation des services offerts par GrandLyon Data\n",
             ".readthedocs.yaml": "version: 2\nsphinx:\n  configuration: conf.py\n",
             "conf.py": "project = 'rdata'\nextensions = []\nhtml_theme = 'default'\n",
             "index.rst": "Bienvenue\n=========\n\nBienvenue dans la documentation.\n",
             "services.rst": page, "exemples.rst": page.replace("services", "exemples"), "authentification.rst": page,
             "_snippets/leaflet.html": "<!DOCTYPE html>\n<html><body><div id=\"map\"></div></body></html>\n"}
    report, r = judge(tmp_path, files, ["documentation.readme", "documentation.readme-sections", "documentation.docs", "licensing.data-and-docs"])
    assert "description" not in r["documentation.readme"]["message"]["fr"], r["documentation.readme"]["message"]
    found = [e["value"]["section"] for e in r["documentation.readme-sections"]["evidence"] if e.get("kind") == "found"]
    assert "purpose" in found, r["documentation.readme-sections"]["evidence"]
    assert "folder" in r["documentation.docs"]["details"]["found"], r["documentation.docs"]["message"]
    dd = r["licensing.data-and-docs"]
    assert dd["status"] == "fail" and "documentation" in dd["message"]["fr"], dd["message"]  # no licence at all: said so
    # a status line is no description
    _, r = judge(tmp_path, {"README.md": "# outil\n\nWork in progress, do not use yet\n", "a.py": "x = 1\n"}, ["documentation.readme"], name="wip")
    assert "description" in r["documentation.readme"]["message"]["fr"]


def test_a_maven_site_is_a_documentation_site_with_its_exploitation_guide(tmp_path):
    """DSI-Ville-Noumea/sirh-eae-ws: src/site (site.xml, apt/exploitation/ on each Tomcat instance's context) was "absent : site de
    documentation, déploiement" and install "ni instructions"."""
    apt = " -----\n SIRH-EAE-WS\n -----\n\n * Nous avons 2 instances de tomcat qui ont chacune leur fichier context.xml\n"
    files = {"README.md": "# sirh-eae-ws\n", "pom.xml": "<project><artifactId>sirh-eae-ws</artifactId><packaging>war</packaging></project>\n",
             "src/site/site.xml": "<project name=\"SIRH-EAE-WS\"><body><menu name=\"Exploitation\"/></body></project>\n",
             "src/site/apt/exploitation/context.apt": apt, "src/site/apt/exploitation/contextProd.apt": apt,
             "src/site/apt/developpement/index.apt": apt,
             "src/main/java/nc/noumea/mairie/sirh/eae/web/EaeController.java": "package x;\n\npublic class EaeController {\n}\n"}
    _, r = judge(tmp_path, files, ["documentation.docs", "reusability.install"])
    found = r["documentation.docs"]["details"]["found"]
    assert {"site", "deployment", "folder"} <= set(found), r["documentation.docs"]["message"]
    assert "ni instructions" not in r["reusability.install"]["message"]["fr"], r["reusability.install"]["message"]


def test_a_conic_conformal_zone_and_a_plain_java_bean_and_a_committed_api_key(tmp_path):
    """geor_photos_obliques_Mapstore hard-codes EPSG:3948 (Rennes' CC48) to reproject; sirh-eae-ws's domain/Agent.java, a plain
    bean (prenom, dateNaissance) was "aucun champ de donnée personnelle"; jardin's script commits a Pexels key (const API_KEY =
    '<random>') that was "aucun secret avéré"; log4j's own ${APP_NAME} was a setting read from the environment."""
    epics = ("import Projection from 'ol/proj/Projection';\n\nexport function projections() {\n"
             "    const proj3857 = new Projection({code: 'EPSG:3857'});\n    const proj3948 = new Projection({code: 'EPSG:3948'});\n"
             "    return [proj3857, proj3948];\n}\n")
    agent = ("package nc.noumea.mairie.sirh.domain;\n\nimport java.util.Date;\n\npublic class Agent {\n\n\tprivate Integer idAgent;\n"
             "\tprivate String prenom;\n\tprivate Date dateNaissance;\n\n\tpublic String getPrenom() {\n\t\treturn prenom;\n\t}\n}\n")
    pexels = ("import fs from 'node:fs';\n\nconst API_KEY = 'ba858MgveCAdM8YUHecPzvvTKDhM9v0F73Tf7s1g2RVpaJIEDY52GhL5';\n\n"
              "export async function search(q) {\n  return fetch(`https://api.pexels.com/v1/search?query=${q}`, { headers: { Authorization: API_KEY } });\n}\n")
    files = {"README.md": "# Outils\n\nDes outils de la collectivité pour les agents et les habitants.\n",
             "epics/photos-epics.js": epics, "src/main/java/nc/noumea/mairie/sirh/domain/Agent.java": agent,
             "scripts/download-photos.mjs": pexels,
             "src/main/resources/log4j.properties": "APP_NAME=SIRH-EAE-WS\nlog4j.appender.stdout.layout.ConversionPattern=[${APP_NAME}] %m%n\n"}
    _, r = judge(tmp_path, files, ["reusability.territory-neutral", "scaling.personal-data", "reusability.secrets", "reusability.configuration"])
    assert any(e.get("value") == "EPSG:3948" for e in r["reusability.territory-neutral"]["evidence"]), r["reusability.territory-neutral"]["evidence"]
    pd = r["scaling.personal-data"]
    assert pd["status"] in ("warn", "fail") and "Agent.java" in str(pd["evidence"]), pd["message"]
    sec = r["reusability.secrets"]
    assert sec["status"] == "fail" and "download-photos.mjs" in str(sec["evidence"]), sec["message"]
    assert "APP_NAME" not in str(r["reusability.configuration"]["evidence"]), r["reusability.configuration"]["evidence"]
    # proj4 definitions of every zone are a national table, not one territory
    table = "".join(f"proj4.defs('EPSG:39{z}', '+proj=lcc +lat_0={z}');\n" for z in range(42, 51))
    _, r = judge(tmp_path, {"README.md": files["README.md"], "proj.js": table + "export default proj4;\n"}, ["reusability.territory-neutral"], name="all")
    assert r["reusability.territory-neutral"]["status"] == "pass", r["reusability.territory-neutral"]["evidence"]


def test_a_communes_it_account_is_a_public_body(tmp_path):
    """Mairie-SJC/GESTION_BUDGET: "Mairie-SJC" <informatique@saintjustenchaussee.fr> was "organisation non répertoriée ; aucun
    d'un organisme public"; a person named Ville stays a person."""
    from datetime import datetime, timezone

    from auditor.engine import AuditOptions, audit

    now = datetime.now(timezone.utc)
    authors = [("Mairie-SJC", "informatique@saintjustenchaussee.fr"), ("Ville Solja", "ville@solja-consulting.fi")]
    commits = [{"files": {f"src/f{i}.php": f"<?php\n$x{i} = {i};\n"}, "author": authors[i % 2], "message": f"change {i}",
                "date": now.replace(day=1, hour=10, minute=i).isoformat()} for i in range(6)]
    path = make_repo(tmp_path / "r", commits)
    r = results(audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                              only=["maintenance.organisations", "scaling.contributor-organisations"])))
    orgs = {o["domain"]: o["public"] for o in r["maintenance.organisations"]["evidence"][0]["value"]["organisations"]}
    assert orgs == {"saintjustenchaussee.fr": True, "solja-consulting.fi": False}, orgs
    assert "organismes publics 50 %" in r["scaling.contributor-organisations"]["message"]["fr"], r["scaling.contributor-organisations"]["message"]


def test_an_api_client_s_token_and_a_host_plugin_s_answers_and_a_named_readme(tmp_path):
    """mairie-creusot/withsecure_api: README_FASTAPI.md was "Aucun README"; the client-credentials token request to WithSecure
    and client.authenticate() were "Authentification par un standard" then "comptes locaux". onegeo-ext-grandlyon-pdf/geonet:
    a Django host's plugin returning JsonResponse was "Aucune API servie (pas de framework serveur)"."""
    client = ("import httpx\n\n\nclass Client:\n    async def authenticate(self):\n        \"\"\"Get a token.\"\"\"\n"
              "        url = f\"{self.base}/as/token.oauth2\"\n        data = {\"grant_type\": \"client_credentials\", \"scope\": self.scopes}\n"
              "        return await httpx.AsyncClient().post(url, data=data)\n")
    main = ("from fastapi import FastAPI\n\nfrom client import Client\n\napp = FastAPI()\n\n\n@app.get('/devices')\n"
            "async def devices():\n    c = Client()\n    await c.authenticate()\n    return []\n")
    files = {"README_FASTAPI.md": "# API WithSecure\n\nAPI REST pour interroger la console de sécurité des postes de la ville.\n\n"
                                  "## Installation\n\n```bash\npip install -r requirements_fastapi.txt\n```\n",
             "requirements_fastapi.txt": "fastapi>=0.109.0\nhttpx>=0.26.0\n", "client.py": client, "main.py": main}
    _, r = judge(tmp_path, files, ["documentation.readme", "interoperability.auth"])
    assert "Aucun README" not in r["documentation.readme"]["message"]["fr"], r["documentation.readme"]["message"]
    assert r["interoperability.auth"]["status"] == "not_applicable", r["interoperability.auth"]["message"]
    plugin = ("from django.conf import settings\nfrom django.http import JsonResponse\nfrom onegeo_api.extensions import AbstractPlugin\n\n\n"
              "class Plugin(AbstractPlugin):\n    def output(self, data, **params):\n        return JsonResponse({'results': data})\n\n\nplugin = Plugin\n")
    _, r = judge(tmp_path, {"README.md": "# Extension\n\nService de recherche des documents PDF de la Métropole.\n", "pdf.py": plugin},
                 ["interoperability.api-spec", "interoperability.auth"], name="onegeo")
    assert r["interoperability.api-spec"]["status"] == "warn" and "pdf.py" in r["interoperability.api-spec"]["message"]["fr"]
    assert "ni API servie" not in r["interoperability.auth"]["message"]["fr"], r["interoperability.auth"]["message"]


def test_a_portal_listing_the_towns_applications_and_a_library_copy_without_banner(tmp_path):
    """Mairie-de-Saint-Maur/ListApp: applis.conf lists the town's applications (name, icon, link), Keepeek among them, which was
    a proprietary service the portal depends on; moment-with-locales.js, copied without a banner, was not a copied library."""
    moment = (";(function (global, factory) {\n    typeof exports === 'object' && typeof module !== 'undefined' ? module.exports = factory() :\n"
              "    typeof define === 'function' && define.amd ? define(factory) :\n    global.moment = factory()\n}(this, (function () { 'use strict';\n"
              + "    function hooks () {\n        return hookCallback.apply(null, arguments);\n    }\n" * 40 + "})));\n")
    files = {"README.md": "# ListApp\nDisplays a list of softwares, reads .status files and change the design of the blocks accordingly.\n",
             "index.html": "<!DOCTYPE html>\n<html><body><div id=\"apps\"></div><script src=\"moment-with-locales.js\"></script>"
                           "<script src=\"main.js\"></script></body></html>\n",
             "applis.conf": '{"applis":[\n\t{\n\t\t"name":"KeePeek",\n\t\t"icon":"./img/logo-keepeek.png",\n\t\t"desc":"Photothèque",\n'
                            '\t\t"status_file":"Keepeek.status",\n\t\t"url":"https://photos.example.org/",\n\t\t"cat":"2"\n\t}\n]}\n',
             "main.js": "function load() {\n  return fetch('applis.conf');\n}\n", "moment-with-locales.js": moment}
    report, r = judge(tmp_path, files, ["scaling.vendor-lock-in", "reusability.dependencies"])
    assert r["scaling.vendor-lock-in"]["status"] == "pass", r["scaling.vendor-lock-in"]["message"]
    assert "moment" in r["reusability.dependencies"]["message"]["fr"], r["reusability.dependencies"]["message"]


def test_an_image_s_downloads_an_editor_schema_map_and_a_pseudonym_s_domain(tmp_path):
    """Mairie-de-Saint-Jean-Cap-Ferrat/basic-env: the Dart SDK's apt source on storage.googleapis.com in a Dockerfile was "Google
    Cloud APIs (BigQuery…)"; VS Code's json.schemas map (fileMatch, url on raw.githubusercontent.com) was a personal account the
    service loads from; Phorcys <gpg@phorcys.net> was a company."""
    from datetime import datetime, timezone

    from auditor.engine import AuditOptions, audit

    docker = ("FROM debian:12\nRUN wget -qO- https://dl-ssl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/dart.gpg && \\\n"
              "    echo \"deb [signed-by=/usr/share/keyrings/dart.gpg] https://storage.googleapis.com/download.dartlang.org/linux/debian stable main\" "
              "> /etc/apt/sources.list.d/dart_stable.list\n")
    dev = ('{\n  "customizations": {"vscode": {"settings": {"json.schemas": [\n          {\n            "fileMatch": ["*/devcontainer-feature.json"],\n'
           '            "url": "https://raw.githubusercontent.com/devcontainers/spec/main/schemas/devContainerFeature.schema.json"\n          }\n        ]}}}\n}\n')
    files = {"README.md": "# Templates Coder\n\nDes environnements de développement prêts à l'emploi pour les agents.\n",
             "images/dart/Dockerfile": docker, ".devcontainer/devcontainer.json": dev, "main.tf": "resource \"docker_container\" \"ws\" {\n  image = \"x\"\n}\n"}
    now = datetime.now(timezone.utc)
    commits = [{"files": files if i == 0 else {f"notes{i}.md": f"note {i}\n"}, "author": ("Phorcys", "gpg@phorcys.net"),
                "date": now.replace(day=1, hour=9, minute=i).isoformat()} for i in range(3)]
    path = make_repo(tmp_path / "r", commits)
    r = results(audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                              only=["scaling.vendor-lock-in", "scaling.hosting", "scaling.contributor-organisations"])))
    assert r["scaling.vendor-lock-in"]["status"] == "pass", r["scaling.vendor-lock-in"]["message"]
    assert "raw.githubusercontent.com" not in str(r["scaling.hosting"]["evidence"]), r["scaling.hosting"]["evidence"]
    assert "phorcys.net" not in str(r["scaling.contributor-organisations"]["evidence"]), r["scaling.contributor-organisations"]["message"]


def test_a_readme_chapter_under_a_pictogram_is_still_its_architecture(tmp_path):
    """withsecure_api: once README_FASTAPI.md was read as the README, its "## 🏗️ Architecture" chapter was no longer found."""
    files = {"README_FASTAPI.md": "# API WithSecure\n\nAPI REST pour la console de sécurité des postes de la ville.\n\n## 🏗️ Architecture\n\n"
                                  "main.py sert l'API, le client interroge WithSecure.\n",
             "main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n", "requirements.txt": "fastapi>=0.109.0\n"}
    _, r = judge(tmp_path, files, ["documentation.docs"])
    assert "architecture" in r["documentation.docs"]["details"]["found"], r["documentation.docs"]["message"]


def test_a_readme_documenting_a_services_url_and_parameters_documents_its_api(tmp_path):
    """onegeo-ext-grandlyon-pdf and -geonet: "URL du service", "Paramètres de chaîne de recherche" and the result format were
    "absent : API"."""
    readme = ("# Extension de profil de recherche Onegeo\n\nService de recherche des documents PDF de la Métropole.\n\n"
              "## Configuration du service\n\n### URL du service\n\nhttp://localhost/onegeo/api/services/pdf/search\n\n"
              "### Paramètres de chaîne de recherche\n\n| Paramètre | Type | Description |\n| --- | --- | --- |\n| text | string | Texte |\n")
    files = {"README.md": readme, "pdf.py": "from django.http import JsonResponse\n\n\ndef output(data):\n    return JsonResponse(data)\n"}
    _, r = judge(tmp_path, files, ["documentation.docs"])
    assert "api" in r["documentation.docs"]["details"]["found"], r["documentation.docs"]["message"]


def test_a_proxy_of_a_security_console_depends_on_that_saas(tmp_path):
    """mairie-creusot/withsecure_api: a FastAPI proxy of WithSecure Elements was "propriétaires : aucun"."""
    client = ("import httpx\n\nAPI = 'https://api.connect.withsecure.com'\n\n\nasync def devices(token):\n"
              "    return await httpx.AsyncClient().get(f'{API}/devices/v1/devices', headers={'Authorization': token})\n")
    files = {"README.md": "# API WithSecure\n\nAPI REST pour la console de sécurité des postes de la ville.\n",
             "requirements.txt": "fastapi>=0.109.0\nhttpx>=0.26.0\n", "client.py": client,
             "main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n"}
    _, r = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    assert r["scaling.vendor-lock-in"]["status"] != "pass" and "WithSecure" in r["scaling.vendor-lock-in"]["message"]["fr"]
