"""TypeScript types read as a database (issue 12, session 20 reader m1, mairie-creusot/container-management). A commune's
container-management console (a Fastify API and a React client) keeps no data of its own: it reads Docker, registries and a GLPI
inventory through their APIs. interoperability.data-standards failed ("0 Table Schema") because the personal-data fact read the
client's TypeScript types of GLPI's accounts (features/glpi/types.ts) and the API's session module (services/session.ts) as database
models, shutting the "no data of its own" path. Now TypeScript modules of types or of a session, outside a folder of models, describe
no database; a model of its own (models/user.model.ts) is one."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

ID = "interoperability.data-standards"
API_PACKAGE = json.dumps({"name": "@console/api", "version": "0.1.0", "private": True, "type": "module",
                          "scripts": {"dev": "tsx src/index.ts", "build": "tsc"},
                          "dependencies": {"fastify": "^4.28.1", "dockerode": "^4.0.2", "jsonwebtoken": "^9.0.2"}})
WEB_PACKAGE = json.dumps({"name": "@console/web", "version": "0.1.0", "private": True, "type": "module",
                          "scripts": {"dev": "vite", "build": "vite build"},
                          "dependencies": {"react": "^18.3.1", "react-dom": "^18.3.1"}, "devDependencies": {"vite": "^5.4.0"}})
INDEX = ("import Fastify from 'fastify';\nimport Docker from 'dockerode';\n\nconst app = Fastify();\nconst docker = new Docker();\n\n"
         "app.get('/api/containers', async () => docker.listContainers({ all: true }));\n"
         "app.post('/api/hooks/forge', async (req, reply) => {\n  const body = JSON.parse(String(req.body));\n  reply.send({ ok: true, ref: body.ref });\n});\n\n"
         "app.listen({ port: 3000, host: '0.0.0.0' });\n")
API_TYPES = ("export interface ContainerRef {\n  id: string;\n  name: string;\n  image: string;\n  state: string;\n}\n\n"
             "export interface Session {\n  username: string;\n  displayName: string;\n  email: string;\n  roles: string[];\n}\n")
SESSION = ("import jwt from 'jsonwebtoken';\nimport type { Session } from '../types.js';\n\n"
           "export interface SessionTokenPayload {\n  username: string;\n  displayName: string;\n  email: string;\n}\n\n"
           "export function signSessionToken(payload: SessionTokenPayload, secret: string): string {\n  return jwt.sign(payload, secret, { expiresIn: '1h' });\n}\n")
GLPI_TYPES = ("// accounts as the inventory's REST API returns them\nexport interface InventoryAccount {\n  id: number;\n  name: string;\n"
              "  firstname: string;\n  realname: string;\n  email: string;\n  phone: string;\n  mobile: string;\n}\n")
CONSOLE = {
    "README.md": "# Console\n\nConsole web de gestion des conteneurs (Docker, registres d'images) et de l'inventaire du parc.\n",
    "package.json": json.dumps({"name": "console", "private": True, "workspaces": ["apps/*"]}),
    "apps/api/package.json": API_PACKAGE, "apps/api/src/index.ts": INDEX, "apps/api/src/types.ts": API_TYPES,
    "apps/api/src/services/session.ts": SESSION,
    "apps/web/package.json": WEB_PACKAGE, "apps/web/index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"root\"></div>"
                                                                 "<script type=\"module\" src=\"/src/main.tsx\"></script></body></html>\n",
    "apps/web/src/main.tsx": "import { createRoot } from 'react-dom/client';\nimport { App } from './App';\n\ncreateRoot(document.getElementById('root')!).render(<App />);\n",
    "apps/web/src/App.tsx": "export function App() {\n  return <main><h1>Conteneurs</h1></main>;\n}\n",
    "apps/web/src/features/inventory/types.ts": GLPI_TYPES,
}


def verdict(tmp_path, files, name):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[ID])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    return results(report)[ID], report["facts"]


def test_typescript_types_and_a_session_module_are_no_database(tmp_path):
    res, facts = verdict(tmp_path, CONSOLE, "console")
    # (the personal-data fact still reads them, for what personal data the code handles)
    assert facts["personal_data"]["schemas_read"] >= 2, facts["personal_data"]
    assert res["status"] == "not_applicable" and "no database model" in res["message"]["en"], res["message"]


def test_a_model_of_its_own_keeps_the_console_judged(tmp_path):
    model = ("export interface UserModel {\n  id: number;\n  login: string;\n  email: string;\n  createdAt: Date;\n}\n\n"
             "export const USERS_TABLE = 'users';\n")
    res, _ = verdict(tmp_path, {**CONSOLE, "apps/api/src/models/user.model.ts": model}, "model")
    # (judged, or, with no data format at all, said to be its own storage: never "no database model")
    assert "no database model" not in res["message"]["en"] and (res["status"] != "not_applicable" or "own storage" in res["message"]["en"]), res["message"]
