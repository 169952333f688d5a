"""facts.project.kind: a Strapi application is a web API service, not a library (issue 12, s42 fi42 = reader rb42 on
WildCodeSchool/remotefr-js-0920-p3-regionsud-pollutionlumineuse-strapi).

The server of a Région's kit was a Strapi 3 application ("private": true, "A Strapi application", dependencies strapi and
strapi-admin, api/<type>/config/routes.json for its content types, config/server.js): the kind was library ("named package"), so
the README's configuration and deployment chapters were "not expected", the install was judged as a package's, and api-spec and
auth were not applicable. A package.json declaring Strapi in its dependencies, no Strapi plugin, beside the application's layout
(the content types' routes or config/server.js) is a server framework's application, as an Express or NestJS one is.
Its REST API answers the content types in JSON, by the framework: interoperability.data-standards names that open format.
Near miss: a Strapi plugin (``"strapi": {"kind": "plugin"}``, Strapi a peer dependency) keeps its kind.
"""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

README = """# Kit — serveur

Application serveur du kit : une API lue par le client React.

## Installation

```
npm install
npm run develop
```

## Configuration

Copier `.env.example` en `.env` et renseigner `ADMIN_JWT_SECRET`.

## Déploiement sur un serveur en production

```
npm run build
pm2 start ecosystem.config.js
```
"""
APP_PACKAGE = """{"name": "kit-strapi", "private": true, "version": "0.1.0", "description": "A Strapi application",
 "scripts": {"develop": "strapi develop", "start": "strapi start", "build": "strapi build"},
 "dependencies": {"strapi": "3.4.3", "strapi-admin": "3.4.3", "strapi-connector-bookshelf": "3.4.3", "sqlite3": "5.0.0"},
 "strapi": {"uuid": "00000000-0000-0000-0000-000000000000"}, "license": "MIT"}
"""
ROUTES = ('{"routes": [{"method": "GET", "path": "/definitions", "handler": "definition.find", "config": {"policies": []}},\n'
          ' {"method": "GET", "path": "/definitions/:id", "handler": "definition.findOne", "config": {"policies": []}}]}\n')
SERVER = "module.exports = ({ env }) => ({\n  host: env('HOST', '0.0.0.0'),\n  port: env.int('PORT', 1337),\n});\n"
APP = {"README.md": README, "package.json": APP_PACKAGE, "server.js": "const strapi = require('strapi');\n\nstrapi().start();\n",
       "config/server.js": SERVER, "api/definition/config/routes.json": ROUTES,
       "api/definition/controllers/definition.js": "'use strict';\n\nmodule.exports = {};\n",
       "api/definition/models/definition.settings.json": '{"kind": "collectionType", "attributes": {"titre": {"type": "string"}}}\n',
       ".env.example": "HOST=0.0.0.0\nPORT=1337\nADMIN_JWT_SECRET=\n"}
PLUGIN_PACKAGE = """{"name": "strapi-plugin-kit-export", "version": "1.0.0", "description": "Exports the kit's content types",
 "strapi": {"name": "kit-export", "kind": "plugin"}, "main": "strapi-server.js",
 "peerDependencies": {"@strapi/strapi": "^4.0.0"}, "license": "MIT"}
"""
PLUGIN = {"README.md": "# strapi-plugin-kit-export\n\nExports the kit's content types.\n", "package.json": PLUGIN_PACKAGE,
          "strapi-server.js": "'use strict';\n\nmodule.exports = { register() {}, bootstrap() {} };\n",
          "server/index.js": "'use strict';\n\nmodule.exports = { routes: [] };\n"}
CHECKS = ["documentation.readme-sections", "reusability.install", "interoperability.api-spec", "interoperability.auth",
          "interoperability.data-standards"]


def test_a_strapi_application_is_an_api_service(tmp_path):
    project, res = kind_and_results(tmp_path, APP, CHECKS)
    assert project["kind"] == "api-service", project
    assert "not expected for a library" not in res["documentation.readme-sections"]["message"]["en"], res["documentation.readme-sections"]["message"]
    assert "library" not in res["reusability.install"]["message"]["en"], res["reusability.install"]["message"]
    assert res["interoperability.api-spec"]["status"] != "not_applicable", res["interoperability.api-spec"]["message"]
    # (its content types answered in JSON by the framework: an open format, not "no open format read or written")
    assert "JSON" in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]


def test_a_strapi_plugin_keeps_its_kind(tmp_path):
    project, _ = kind_and_results(tmp_path, PLUGIN, ["reusability.install"])
    assert project["kind"] != "api-service", project
