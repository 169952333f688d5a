"""interoperability.public-building-blocks (issue 12, s38 fi38 = reader ra38, Samuelalhadef/reservation-chartrette).

A commune's room-booking web application asks, on its sign-up form, for residents' and association presidents' postal addresses
(<Input label="Adresse personnelle du Président" …/>, placeholder="Adresse complète du siège social", <label>Adresse complète
*</label> over a textarea), yet the check said not applicable: "handles no address, place, map or organisation identifier that the
public APIs would provide". A form's input whose label or placeholder asks for an address is a postal address the application
takes in (the API Adresse would complete it): judged, not n/a.
Near miss: a form asking only for an e-mail address ("Adresse e-mail") and a password stays not applicable.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"

SIGNUP = """'use client';

import { useState } from 'react';
import { Input } from '@/components/ui/Input';

export default function SignupPage() {
  const [formData, setFormData] = useState({ name: '', login: '', password: '', home: '', office: '' });

  return (
    <form onSubmit={(e) => { e.preventDefault(); fetch('/api/auth/signup', { method: 'POST', body: JSON.stringify(formData) }); }}>
      <Input label="Nom et prénom" type="text" value={formData.name}
        onChange={(e) => setFormData({ ...formData, name: e.target.value })} />
      <Input label="{login_label}" type="text" value={formData.login}
        onChange={(e) => setFormData({ ...formData, login: e.target.value })} />
      <Input label="Mot de passe" type="password" value={formData.password}
        onChange={(e) => setFormData({ ...formData, password: e.target.value })} />
      {extra}
      <button type="submit">Créer mon compte</button>
    </form>
  );
}
"""

HOME = """<div>
        <label className="block text-sm font-medium mb-1">
          Adresse complète *
        </label>
        <textarea required value={formData.home} onChange={(e) => setFormData({ ...formData, home: e.target.value })} />
      </div>
      <Input label="Adresse personnelle du Président" type="text" value={formData.office}
        onChange={(e) => setFormData({ ...formData, office: e.target.value })} />"""

FILES = {"package.json": '{"name": "reservation", "private": true, "scripts": {"dev": "next dev", "build": "next build", "start": "next start"},'
                         ' "dependencies": {"next": "15.0.0", "react": "19.0.0", "react-dom": "19.0.0"}}\n',
         "README.md": "# Réservation des salles\n\nApplication web de réservation des salles municipales par les associations et les habitants.\n",
         "src/app/layout.tsx": "export default function RootLayout({ children }) { return <html lang=\"fr\"><body>{children}</body></html>; }\n",
         "src/app/page.tsx": "export default function Home() { return <main><h1>Réservez une salle</h1><a href=\"/auth/signup\">Inscription</a></main>; }\n",
         "src/app/api/auth/signup/route.ts": "export async function POST(req: Request) {\n  const body = await req.json();\n  return Response.json({ ok: true, name: body.name });\n}\n",
         "src/components/ui/Input.tsx": "export function Input({ label, ...props }) { return <label>{label}<input {...props} /></label>; }\n"}


def test_a_form_asking_for_postal_addresses_is_judged(tmp_path):
    page = SIGNUP.replace("{login_label}", "Adresse e-mail").replace("{extra}", HOME)
    r = check_result(tmp_path, {**FILES, "src/app/auth/signup/page.tsx": page}, CID)
    assert r["status"] != "not_applicable", r["message"]  # was n/a "handles no address"
    assert "API Adresse" in str(r["message"]) + str(r.get("remediation") or "") + str(r["evidence"]), r


def test_a_form_asking_only_for_an_e_mail_address_stays_not_applicable(tmp_path):
    page = SIGNUP.replace("{login_label}", "Adresse e-mail").replace("{extra}", "")
    r = check_result(tmp_path, {**FILES, "src/app/auth/signup/page.tsx": page}, CID)
    assert r["status"] == "not_applicable", r["message"]
