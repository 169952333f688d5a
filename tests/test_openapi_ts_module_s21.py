"""An OpenAPI description written as a TypeScript object deep in a monorepo (issue 12, session 21 fixer k14, case 3).

A Next.js service's two API descriptions were modules named openapi.ts five folders deep, their `export const spec = { openapi:
"3.1.0", … paths: {…} }` after hundreds of lines of schema constants: only the first 8 KB of the 100 shallowest JS/TS files were
read, so files.openapi was empty and interoperability.api-spec said the description was generated at run time. A module named
after a description (openapi, swagger, asyncapi) is read first and whole, and is one when its object leads with the version key and
has its paths; swagger-jsdoc options (the description nested, no paths) stay none."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

PKG = '{"name": "declarations", "private": true, "dependencies": {"next": "15.0.0"}}\n'
SCHEMAS = "".join(f'const Schema{i} = {{ type: "object", properties: {{ champ{i}: {{ type: "string" }} }} }} as const;\n' for i in range(400))
SPEC = ('export const openApiSpec = {\n\topenapi: "3.1.0",\n\tinfo: { title: "API des déclarations", version: "1.0.0" },\n'
        '\tpaths: {\n\t\t"/api/v1/declarations": { get: { summary: "Liste des déclarations" } },\n\t},\n};\n')
DEEP = "packages/app/src/modules/export/openapi.ts"


def _files(n: int) -> dict:
    files = {"README.md": "# Déclarations\n", "package.json": PKG}
    files.update({f"packages/app/src/lib/util{i:03}.ts": f"export const u{i} = {i};\n" for i in range(n)})
    return files


def test_a_deep_typescript_description_is_found(tmp_path):
    files = _files(120) | {DEEP: SCHEMAS + SPEC}
    make_repo(tmp_path, [{"files": files}])
    assert ctx_for(tmp_path).fact("files")["openapi"] == [DEEP]


def test_swagger_jsdoc_options_stay_none(tmp_path):
    options = ('const swaggerJsdoc = require("swagger-jsdoc");\nconst options = {\n  definition: {\n    openapi: "3.0.0",\n'
               '    info: { title: "API", version: "1.0.0" },\n  },\n  apis: ["./routes/*.js"],\n};\nmodule.exports = swaggerJsdoc(options);\n')
    definition = SCHEMAS + 'export const swaggerDefinition = {\n  openapi: "3.0.0",\n  info: { title: "API", version: "1.0.0" },\n};\n'
    make_repo(tmp_path, [{"files": _files(5) | {"lib/api/swaggerConfig.js": options, "lib/api/swaggerDefinition.ts": definition}}])
    assert ctx_for(tmp_path).fact("files")["openapi"] == []
