"""interoperability.auth (issue 12, s42 fp42 = reader rh42, D-OTIsud/Bertel).

A tourism office's Next.js back office signs its users in through Supabase Auth, by e-mail and password and with
``client.auth.signInWithOAuth({ provider: 'google' })`` ("Continuer avec Google"): a federated OAuth/OpenID Connect sign-in, yet it
was said "local accounts or password only". An authentication client asked to sign in through a named provider is a standard
sign-in. Near miss: the same back office with the e-mail and password call alone stays local accounts.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PACKAGE = '{"name": "fiches-ui", "private": true, "scripts": {"dev": "next dev", "build": "next build"},\n' \
          ' "dependencies": {"next": "15.1.0", "react": "19.0.0", "react-dom": "19.0.0", "@supabase/supabase-js": "2.47.0"}}\n'

AUTH = """import { createClient } from '@supabase/supabase-js';

const client = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);

export async function signInWithEmail(email: string, password: string) {
  const { error } = await client.auth.signInWithPassword({ email, password });
  if (error) throw error;
}
{google}
"""

GOOGLE = """
export async function signInWithGoogle() {
  const { error } = await client.auth.signInWithOAuth({
    provider: 'google',
    options: { redirectTo: window.location.origin },
  });
  if (error) throw error;
}
"""

LOGIN = """import { useState } from 'react';
import { signInWithEmail } from '../services/auth';

export default function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); signInWithEmail(email, password); }}>
      <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Se connecter</button>
    </form>
  );
}
"""


def _files(google: str) -> dict:
    return {"package.json": PACKAGE, "README.md": "# Fiches\n\nBack office des fiches touristiques (Next.js, Supabase).\n",
            "src/services/auth.ts": AUTH.replace("{google}", google), "src/pages/LoginPage.tsx": LOGIN,
            "src/pages/index.tsx": "export default function Home() { return <main>Fiches</main>; }\n"}


def test_a_supabase_oauth_provider_sign_in_is_a_standard_sign_in(tmp_path):
    r = check_result(tmp_path, _files(GOOGLE), "interoperability.auth")
    assert "local" not in r["message"]["en"].lower(), r["message"]
    assert "OpenID Connect/OAuth2" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "src/services/auth.ts" for e in r["evidence"]), r["evidence"]


def test_the_email_and_password_call_alone_stays_local(tmp_path):
    r = check_result(tmp_path, _files(""), "interoperability.auth")
    assert "local" in r["message"]["en"].lower(), r["message"]
