"""A Strapi 5 application whose package.json declares React for Strapi's admin panel is an API service, not a web application.

Real case (issue 12, s47 fa47 = antocreadev/strapi-tourisme.castagnicciacasinca.fr): a tourism site's Strapi 5 back end, its
content types under src/api/*/content-types/*/schema.json with their routes, config/server.ts; package.json declares
@strapi/strapi and, as Strapi 5's scaffold does, react, react-dom, react-router-dom and styled-components for the admin panel
(customised in src/admin/app.tsx). Those made it a web application; the project serves its content over REST only.
"""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

PACKAGE = {"name": "office-tourisme-back", "private": True, "description": "A Strapi application",
           "scripts": {"develop": "strapi develop", "start": "strapi start", "build": "strapi build"},
           "dependencies": {"@strapi/strapi": "5.10.0", "@strapi/plugin-users-permissions": "5.10.0", "better-sqlite3": "11.3.0",
                            "react": "^18.0.0", "react-dom": "^18.0.0", "react-router-dom": "^6.0.0", "styled-components": "^6.0.0"}}
BACK = {"package.json": json.dumps(PACKAGE, indent=2) + "\n",
        "config/server.ts": "export default ({ env }) => ({ host: env('HOST', '0.0.0.0'), port: env.int('PORT', 1337) });\n",
        "src/api/plage/content-types/plage/schema.json": '{"kind": "collectionType", "collectionName": "plages", "attributes": {"Nom": {"type": "string"}}}\n',
        "src/api/plage/routes/plage.ts": "import { factories } from '@strapi/strapi';\nexport default factories.createCoreRouter('api::plage.plage');\n",
        "src/api/plage/controllers/plage.ts": "import { factories } from '@strapi/strapi';\nexport default factories.createCoreController('api::plage.plage');\n",
        "src/admin/app.tsx": "export default { config: { locales: ['fr'] }, bootstrap() {} };\n",
        "src/admin/extensions/Logo.tsx": "export const Logo = () => <img src='/logo.png' alt='Office de tourisme' />;\n",
        "README.md": "# office-tourisme-back\n"}


def project(repo, tmp_path, files: dict) -> dict:
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.license-file"]))
    return report["facts"]["project"]


def test_strapi_5_with_its_admin_panel_react_is_an_api_service(repo, tmp_path):
    p = project(repo, tmp_path, BACK)
    assert p["kind"] == "api-service" and p["kind_decided"], p
    assert p["kind_evidence"][0] == {"path": "package.json", "reason": "server framework strapi"}, p


def test_near_miss_a_strapi_back_end_with_its_own_react_front_end_stays_a_web_application(repo, tmp_path):
    front = {"frontend/package.json": json.dumps({"name": "front", "private": True, "dependencies": {"next": "14.2.0", "react": "^18.0.0",
                                                                                                     "react-dom": "^18.0.0"}}) + "\n",
             "frontend/pages/index.tsx": "export default function Accueil() { return <main><h1>Plages</h1></main>; }\n",
             "frontend/components/Carte.tsx": "export const Carte = ({ nom }) => <article>{nom}</article>;\n"}
    assert project(repo, tmp_path, {**BACK, **front})["kind"] == "web-application"
