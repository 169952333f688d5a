"""Session 32 (q32, reader m26o3's rw-clic-compost): a GraphQL schema written in the server's code (SDL in gql templates).

A RedwoodJS application serves a GraphQL API (api/src/functions/graphql.js, createGraphQLHandler of @redwoodjs/graphql-server)
described by the SDL of its api/src/graphql/*.sdl.js; api-spec said "no API framework declared" and was not applicable."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

REDWOOD = {
    "package.json": '{\n  "private": true,\n  "workspaces": {"packages": ["api", "web"]},\n  "devDependencies": {"@redwoodjs/core": "1.0.0"}\n}\n',
    "redwood.toml": '[web]\n  port = 8910\n  apiUrl = "/.redwood/functions"\n[api]\n  port = 8911\n',
    "api/package.json": '{\n  "name": "api",\n  "private": true,\n  "dependencies": {\n    "@redwoodjs/api": "1.0.0",\n    "@redwoodjs/graphql-server": "1.0.0"\n  }\n}\n',
    "api/src/functions/graphql.js": ("import { createGraphQLHandler } from '@redwoodjs/graphql-server'\nimport directives from 'src/directives/**/*.{js,ts}'\n"
                                     "import sdls from 'src/graphql/**/*.sdl.{js,ts}'\nimport services from 'src/services/**/*.{js,ts}'\n\n"
                                     "export const handler = createGraphQLHandler({ directives, sdls, services })\n"),
    "api/src/graphql/users.sdl.js": ("export const schema = gql`\n  type User {\n    id: Int!\n    email: String!\n  }\n\n  type Query {\n"
                                     "    users: [User!]! @requireAuth\n  }\n\n  type Mutation {\n    createUser(email: String!): User! @requireAuth\n  }\n`\n"),
    "api/src/services/users/users.js": "import { db } from 'src/lib/db'\n\nexport const users = () => {\n  return db.user.findMany()\n}\n",
    "web/package.json": '{\n  "name": "web",\n  "private": true,\n  "dependencies": {"@redwoodjs/web": "1.0.0", "react": "17.0.2", "react-dom": "17.0.2"}\n}\n',
    "web/src/App.js": "import { RedwoodProvider } from '@redwoodjs/web'\n\nconst App = () => <RedwoodProvider />\n\nexport default App\n",
    "README.md": "# Compost\n\nApplication de réservation.\n",
}


def test_a_graphql_server_with_its_sdl_in_code_is_a_described_api(tmp_path):
    _, res = judge(tmp_path, REDWOOD, ["interoperability.api-spec"])
    r = res["interoperability.api-spec"]
    assert r["status"] not in ("not_applicable", "fail"), r["message"]
    assert "api/src/graphql/users.sdl.js" in r["details"]["graphql"], r["details"]


def test_a_typescript_type_named_query_is_no_graphql_schema(tmp_path):
    files = {k: v for k, v in REDWOOD.items() if not k.startswith("api/")}
    files["web/src/types.ts"] = "export type Query = {\n  page: number\n}\ninterface Mutation {\n  id: string\n}\n"
    _, res = judge(tmp_path, files, ["interoperability.api-spec"])
    assert not res["interoperability.api-spec"]["details"].get("graphql"), res["interoperability.api-spec"]
