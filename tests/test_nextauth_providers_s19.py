"""interoperability.auth took the next-auth package for OpenID Connect (issue 12, session 19 reader e1): a commune's intranet
signing its agents in with next-auth's Credentials provider alone (an e-mail and a bcrypt password) was "Standard authentication
(OpenID Connect/OAuth2/SAML/CAS)". next-auth (Auth.js) federates through the providers its configuration imports: Credentials or
e-mail links alone are the service's own accounts; an OAuth/OIDC provider (Keycloak, a custom `type: "oidc"`) is standard."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = "interoperability.auth"

APP = {"package.json": ('{"name": "intranet", "dependencies": {"next": "14.2.0", "react": "18.3.0", "next-auth": "5.0.0-beta.20",'
                        ' "bcryptjs": "^2.4.3"}}'),
       "README.md": "# Intranet\n\nL'intranet des agents de la mairie.\n",
       "src/app/page.tsx": "export default function Page() {\n  return <main>Intranet</main>;\n}\n",
       "src/app/api/auth/[...nextauth]/route.ts": "import { handlers } from '@/lib/auth';\nexport const { GET, POST } = handlers;\n"}
CREDENTIALS = ("import NextAuth from 'next-auth';\nimport Credentials from 'next-auth/providers/credentials';\nimport bcrypt from 'bcryptjs';\n\n"
               "export const { handlers, auth } = NextAuth({\n  providers: [Credentials({\n    async authorize(c) {\n"
               "      return bcrypt.compare(String(c.password), 'x') ? { id: '1' } : null;\n    },\n  })],\n});\n")


def test_next_auth_with_credentials_alone_is_local_accounts(tmp_path):
    res = judge(tmp_path, dict(APP, **{"src/lib/auth.ts": CREDENTIALS}), [AUTH])[1][AUTH]
    assert "OpenID Connect/OAuth2" not in res["message"]["en"].split("(no")[0], res["message"]
    assert res["details"]["oidc_libraries"] == [], res["details"]


def test_next_auth_with_an_oidc_provider_is_standard(tmp_path):
    keycloak = CREDENTIALS.replace("import Credentials from 'next-auth/providers/credentials';",
                                   "import Keycloak from 'next-auth/providers/keycloak';").replace(
        "providers: [Credentials({\n    async authorize(c) {\n      return bcrypt.compare(String(c.password), 'x') ? { id: '1' } : null;\n    },\n  })],",
        "providers: [Keycloak],")
    res = judge(tmp_path, dict(APP, **{"src/lib/auth.ts": keycloak}), [AUTH])[1][AUTH]
    assert res["details"]["oidc_libraries"], res
