"""Session 46 (fg46): Supabase's Auth UI component is a sign-in of local accounts.

cyberpompier/EPI-Control (a React/Vite PWA on Supabase) signs its firefighters in on src/pages/Login.tsx with
`<Auth supabaseClient={supabase} providers={[]} />` from @supabase/auth-ui-react (an e-mail and password form) and keeps the
session with supabase.auth.getSession / onAuthStateChange; interoperability.auth said "No sign-in of people found in the code"
(not_applicable): neither the component nor Supabase's e-mail and password calls were read. They are local accounts (3); the same
component given providers by name is an OAuth sign-in (7); a page with no sign-in at all stays not applicable (near miss)."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PACKAGE = '{"name": "epi", "private": true, "scripts": {"dev": "vite", "build": "vite build"},\n' \
          ' "dependencies": {"react": "18.3.1", "react-dom": "18.3.1", "@supabase/supabase-js": "2.45.0", "@supabase/auth-ui-react": "0.4.7"}}\n'

CLIENT = "import { createClient } from '@supabase/supabase-js';\n\nexport const supabase = createClient(import.meta.env.VITE_URL, import.meta.env.VITE_KEY);\n"

LOGIN = """import { Auth } from '@supabase/auth-ui-react';
import { supabase } from '../lib/client';

export default function Login() {
  return (
    <div className="login">
      <h1>Connexion</h1>
      <Auth supabaseClient={supabase} providers={PROVIDERS} />
    </div>
  );
}
"""


def _files(providers: str, login: str = LOGIN) -> dict:
    return {"package.json": PACKAGE, "README.md": "# EPI\n\nContrôle des équipements de protection.\n", "src/lib/client.ts": CLIENT,
            "src/pages/Login.tsx": login.replace("PROVIDERS", providers),
            "src/main.tsx": "import Login from './pages/Login';\nimport { createRoot } from 'react-dom/client';\n\ncreateRoot(document.body).render(<Login />);\n"}


def test_supabase_auth_ui_without_providers_is_local_accounts(tmp_path):
    r = check_result(tmp_path, _files("[]"), "interoperability.auth")
    assert r["status"] != "not_applicable" and r["score"] == 3, r
    assert any(e.get("path") == "src/pages/Login.tsx" for e in r["evidence"]), r["evidence"]


def test_supabase_auth_ui_with_named_providers_is_a_standard_sign_in(tmp_path):
    r = check_result(tmp_path, _files("['azure', 'google']"), "interoperability.auth")
    assert r["score"] == 7, r


def test_a_page_without_sign_in_stays_not_applicable(tmp_path):
    page = ("import { supabase } from '../lib/client';\n\nexport default function Login() {\n"
            "  return <div className=\"list\">Liste</div>;\n}\n")
    files = _files("", page)
    files["package.json"] = PACKAGE.replace(', "@supabase/auth-ui-react": "0.4.7"', "")
    assert check_result(tmp_path, files, "interoperability.auth")["status"] == "not_applicable"
