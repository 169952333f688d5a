"""NextAuth's catch-all route handler is no API of the project's own (issue 12, s45 fj45).

Real case: Borkil/atd16-projectmanager, a Next.js front end of a project manager whose only route handler is
src/app/api/auth/[...nextauth]/route.js: `const handler = NextAuth(authOptions); export { handler as GET, handler as POST }`, with a
credentials provider posting the login to the project's separate back end (a JSON Content-Type header on that request).
interoperability.api-spec warned "1 Next.js route handler(s) answer JSON … describe them in OpenAPI": the library's sign-in
endpoints were counted as the project's API. Near miss: a route handler of the project's own answering NextResponse.json(…)
beside it still needs a specification.
"""
from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

PACKAGE = ('{"name": "gestion-projets", "private": true, "scripts": {"dev": "next dev", "build": "next build"},\n'
           ' "dependencies": {"next": "13.4.19", "next-auth": "^4.23.1", "react": "18.2.0", "react-dom": "18.2.0"}}\n')
AUTH = ('import NextAuth from "next-auth";\nimport CredentialsProvider from "next-auth/providers/credentials";\n\n'
        'export const authOptions = {\n  providers: [\n    CredentialsProvider({\n      name: "Identifiants",\n'
        '      credentials: { email: { label: "Courriel", type: "email" }, password: { label: "Mot de passe", type: "password" } },\n'
        '      async authorize(credentials) {\n        const res = await fetch(process.env.NEXT_PUBLIC_URL_API + "/login_check", {\n'
        '          method: "POST",\n          body: JSON.stringify({ username: credentials.email, password: credentials.password }),\n'
        '          headers: { "Content-Type": "application/json" },\n        });\n        const user = await res.json();\n'
        '        return res.ok && user ? user : null;\n      },\n    }),\n  ],\n  session: { strategy: "jwt" },\n};\n\n'
        'const handler = NextAuth(authOptions);\n\nexport { handler as GET, handler as POST };\n')
OWN = ('import { NextResponse } from "next/server";\n\nexport async function GET() {\n'
       '  return NextResponse.json([{ id: 1, nom: "Voirie" }]);\n}\n')
PAGE = 'export default function Accueil() {\n  return <main>Projets</main>;\n}\n'


def _api_spec(tmp_path, extra):
    files = {"package.json": PACKAGE, "src/app/page.js": PAGE, "src/app/api/auth/[...nextauth]/route.js": AUTH, **extra}
    _, res = kind_and_results(tmp_path, files, ["interoperability.api-spec"])
    return res["interoperability.api-spec"]


def test_the_auth_librarys_handler_alone_is_no_api(tmp_path):
    r = _api_spec(tmp_path, {})
    assert r["status"] == "not_applicable", r


def test_near_miss_a_route_handler_of_the_projects_own_still_needs_a_specification(tmp_path):
    r = _api_spec(tmp_path, {"src/app/api/projets/route.js": OWN})
    assert r["status"] == "warn", r
    assert "src/app/api/projets/route.js" in r["message"]["en"] and "nextauth" not in r["message"]["en"], r["message"]
