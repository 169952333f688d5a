"""reusability.configuration and service_urls (issue 12, s45 fk45 = reader rg45, FredericCaetano/mission-agglo-brive): src/App.jsx
(129 KB, most of it an inlined logo) writes its Supabase project's address at line 5 (``const SUPABASE_URL = "https://….supabase.co"``)
and fetches from it; service_urls read each file with a 64 KB limit, which skips a larger file entirely, so the back end's address
was never seen and the check said the code "writes no … database or proprietary service address" (not applicable). The first
64 KB of a larger file are read now. Near miss: a large component writing no service address stays not applicable."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"
PACKAGE = '{"name": "releves", "private": true, "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}, "devDependencies": {"vite": "^5.0.0"}}\n'
FILLER = "".join(f'  {{ id: {i}, libelle: "Point de contrôle numéro {i} du parcours de relevé" }},\n' for i in range(1400))  # (> 64 KB)


def app(head: str) -> str:
    return (f'import {{ useEffect, useState }} from "react";\n\n{head}\n\nconst POINTS = [\n{FILLER}];\n\n'
            'export default function App() {\n  const [rows, setRows] = useState([]);\n'
            '  useEffect(() => { fetch(`${BACKEND_URL}/rest/v1/releves`).then((r) => r.json()).then(setRows); }, []);\n'
            '  return (<ul>{POINTS.concat(rows).map((p) => <li key={p.id}>{p.libelle}</li>)}</ul>);\n}\n')


def run(tmp_path, head: str, name: str) -> dict:
    text = app(head)
    assert len(text.encode()) > 64 * 1024
    files = {"package.json": PACKAGE, "index.html": '<div id="root"></div><script type="module" src="/src/main.jsx"></script>\n',
             "src/main.jsx": 'import { createRoot } from "react-dom/client";\nimport App from "./App";\ncreateRoot(document.getElementById("root")).render(<App />);\n',
             "src/App.jsx": text}
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def test_a_back_end_address_at_the_top_of_a_large_component_is_a_setting_in_the_code(tmp_path):
    r = run(tmp_path, 'const BACKEND_URL = "https://releves-projet.backend-exemple.io";', "url")
    assert r["status"] == "fail", r["message"]  # was not_applicable "writes no key, password, database or … address"
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [("src/App.jsx", 3)], r["evidence"]
    assert "BACKEND_URL" in r["message"]["en"], r["message"]


def test_a_large_component_writing_no_address_stays_not_applicable(tmp_path):  # (near miss)
    r = run(tmp_path, 'const BACKEND_URL = "";', "none")
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])
