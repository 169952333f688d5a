"""A Supabase anon key is a public client key, its service_role key a secret (issue 12, s38 fd38 = reader rb38's
GeyssA/cen-corse-app).

cen-corse-app: a Next.js + Supabase application whose committed .env.local holds NEXT_PUBLIC_SUPABASE_ANON_KEY (a JSON Web Token
whose payload says "role": "anon", shipped to every browser by design) and SUPABASE_SERVICE_ROLE_KEY (role "service_role", the
server's key that bypasses row-level security). reusability.secrets counted both as probable secrets to revoke. Rule now: a JWT's
payload is read (base64, never verified) and one whose role is "anon" is a public client key; the service_role key, or a token
without that role, stays a secret. Near miss: the same .env.local with the service_role key only still fails on it."""

from __future__ import annotations

import base64
import json

from tests.test_local_authority_verdicts import judge

SECRETS = "reusability.secrets"


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def _jwt(role: str, signature: str) -> str:
    header = _b64({"alg": "HS256", "typ": "JWT"})
    payload = _b64({"iss": "supabase", "ref": "qwzjxkvbnmtrplsdfghy", "role": role, "iat": 1751000000, "exp": 2066000000})
    return f"{header}.{payload}.{signature}"


ANON = _jwt("anon", "Xq3vT9mPzR7kLw2nB8sYcF4hJ6dG1aE5uV0oK-iN_tM")
SERVICE = _jwt("service_role", "Pn8rW2qZk5tY7mX4vB1cL9sD3fH6gJ0aE-uR_oT2iK")
CLIENT = ("import { createClient } from '@supabase/supabase-js'\n\n"
          "const url = process.env.NEXT_PUBLIC_SUPABASE_URL!\nconst key = process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!\n"
          "export const supabase = createClient(url, key)\n")
BASE = {"README.md": "# Application du conservatoire\n\nPrésentation de l'équipe et des projets.\n",
        "package.json": '{"name": "app", "dependencies": {"next": "15.0.0", "@supabase/supabase-js": "^2.50.0"}}\n',
        "src/lib/supabase.ts": CLIENT,
        "src/app/page.tsx": "export default function Home() { return <main>Accueil</main> }\n"}


def _secrets(tmp_path, env: str, name: str):
    return judge(tmp_path, {**BASE, ".env.local": env}, [SECRETS], name=name)[1][SECRETS]


def test_the_anon_key_is_public_the_service_role_key_a_secret(tmp_path):
    env = (f"NEXT_PUBLIC_SUPABASE_URL=https://qwzjxkvbnmtrplsdfghy.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY={ANON}\n"
           f"SUPABASE_SERVICE_ROLE_KEY={SERVICE}\n")
    r = _secrets(tmp_path, env, "both")
    assert r["status"] == "fail", r["message"]
    assert r["details"]["strong"] == 1, (r["message"], r["evidence"])
    assert [e["line"] for e in r["evidence"]] == [3], r["evidence"]


def test_the_anon_key_alone_is_no_secret(tmp_path):
    env = f"NEXT_PUBLIC_SUPABASE_URL=https://qwzjxkvbnmtrplsdfghy.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY={ANON}\n"
    r = _secrets(tmp_path, env, "anon")
    assert r["details"]["strong"] == 0 and r["status"] == "pass", (r["message"], r["evidence"])


def test_near_miss_the_service_role_key_alone_stays_a_secret(tmp_path):
    env = f"NEXT_PUBLIC_SUPABASE_URL=https://qwzjxkvbnmtrplsdfghy.supabase.co\nSUPABASE_SERVICE_ROLE_KEY={SERVICE}\n"
    r = _secrets(tmp_path, env, "service")
    assert r["status"] == "fail" and r["details"]["strong"] == 1, (r["message"], r["evidence"])
