"""interoperability.identifiers and public-building-blocks (issue 12, s42 fr42 = reader ri42, Sdis76-bilans): a React application
imports an icon from an icon package (``import { Search, Siren, Activity } from "lucide-react"``, then ``<Siren size={22} />``) and
the checks read the icon's name as a SIREN field (identifiers warn 6, building blocks fail "organisation identifier handled here").
A name a file imports from an icon package (lucide-react, react-icons, @heroicons, @mui/icons-material, @fortawesome…) is a picture,
never an identifier field. Near miss: the same file also keeping a company's ``siren`` in its form state keeps the field."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

APP = '''import React, {{ useState }} from "react";
import {{
  Search, Star,
  Siren, Activity,
}} from "lucide-react";

export default function App() {{
  const [query, setQuery] = useState("");{extra}
  return (
    <div className="p-4">
      <Search size={{18}} />
      <input value={{query}} onChange={{(e) => setQuery(e.target.value)}} />
      <div className="bg-red-600 text-white"><Siren size={{22}} className="shrink-0" /> CRITIQUE — 15</div>
      <Star /><Activity />
    </div>
  );
}}
'''
FIELD = '\n  const [form, setForm] = useState({ siren: "", raison: "" });\n  const save = () => fetch("/save", { body: JSON.stringify({ siren: form.siren }) });'
PACKAGE = ('{"name": "bilans", "private": true, "scripts": {"dev": "vite", "build": "vite build"},\n'
           ' "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0", "lucide-react": "^0.400.0"}, "devDependencies": {"vite": "^5.0.0"}}\n')
INDEX = ('<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>Bilans</title></head>\n'
         '<body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n')
MAIN = 'import React from "react";\nimport { createRoot } from "react-dom/client";\nimport App from "./App.jsx";\n\n' \
       'createRoot(document.getElementById("root")).render(<App />);\n'
CHECKS = ["interoperability.identifiers", "interoperability.public-building-blocks"]


def _files(extra: str) -> dict:
    return {"package.json": PACKAGE, "index.html": INDEX, "src/main.jsx": MAIN, "src/App.jsx": APP.format(extra=extra)}


def test_an_icon_imported_from_an_icon_package_is_no_siren_field(tmp_path):
    _, res = kind_and_results(tmp_path, _files(""), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "not_applicable", r
    b = res["interoperability.public-building-blocks"]
    assert b["status"] == "not_applicable" and not any(e.get("value") == "Siren" for e in b["evidence"]), b


def test_a_siren_in_the_form_state_beside_the_icon_stays_a_field(tmp_path):
    _, res = kind_and_results(tmp_path, _files(FIELD), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "warn" and "siren" in r["details"]["fields"], r
    assert all(e.get("value") != "Siren" for e in r["evidence"]), r
