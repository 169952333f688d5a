"""interoperability.auth read a sign-in package named only in a manifest as a sign-in (issue 12, s48 fh48 = gitreunion/
datacup-challenge-vanille): a hackathon's Next.js front declared next-auth in package.json, but no file of the front imports it
(no NextAuth, signIn or useSession) and no route signs anyone in; the check said "Sign-in with local accounts or a local password
only" (fail 3) on the package.json line. A package the code never names (unimported_packages) is declared, not used: not applicable.
Near miss: the same manifest with a file configuring NextAuth with a Credentials provider stays local accounts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = "interoperability.auth"

FRONT = {"front/package.json": ('{\n  "name": "carte-adresses",\n  "private": true,\n  "dependencies": {\n    "next": "14.1.0",\n'
                                '    "react": "18.2.0",\n    "react-dom": "18.2.0",\n    "next-auth": "4.24.5",\n    "leaflet": "1.9.4"\n  }\n}\n'),
         "README.md": "# Carte des adresses\n\nComparer un fichier d'adresses avec la base nationale.\n",
         "front/app/page.tsx": ("import Carte from '../components/carte';\n\nexport default function Page() {\n"
                                "  return <main><h1>Adresses</h1><Carte /></main>;\n}\n"),
         "front/components/carte.tsx": ("import 'leaflet/dist/leaflet.css';\nimport L from 'leaflet';\n\nexport default function Carte() {\n"
                                        "  return <div id=\"carte\" />;\n}\n"),
         "front/app/api/upload/route.ts": ("export async function POST(req: Request) {\n  const form = await req.formData();\n"
                                           "  return Response.json({ lignes: String(form.get('fichier')).length });\n}\n")}

CREDENTIALS = ("import NextAuth from 'next-auth';\nimport CredentialsProvider from 'next-auth/providers/credentials';\n\n"
               "const handler = NextAuth({\n  providers: [CredentialsProvider({\n    credentials: { email: {}, password: {} },\n"
               "    async authorize(c) { return c?.password === process.env.ADMIN_PWD ? { id: '1' } : null; },\n  })],\n});\n"
               "export { handler as GET, handler as POST };\n")


def test_a_sign_in_package_no_code_imports_signs_no_one_in(tmp_path):
    res = judge(tmp_path, FRONT, [AUTH])[1][AUTH]
    assert res["status"] == "not_applicable", res
    assert res["details"]["local_login"] is False, res["details"]


def test_near_miss_next_auth_configured_with_credentials_stays_local_accounts(tmp_path):
    files = dict(FRONT, **{"front/app/api/auth/[...nextauth]/route.ts": CREDENTIALS})
    res = judge(tmp_path, files, [AUTH])[1][AUTH]
    assert res["status"] == "fail" and res["score"] == 3, res
    assert res["details"]["local_login"] is True, res["details"]
