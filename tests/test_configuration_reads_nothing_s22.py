"""Session 22 (b1, case 2): urbanlab/WS25-Atlas-vulnerabilites, a React quiz reading no setting, with an empty .env handed over by its
compose file, was "template: .env" (warn): an empty file is no template, and code that reads no setting and writes no key, password,
server address or settings file has nothing to set (not applicable); the same code writing a Mapbox token, or its settings in a
config.js, still fails, the values shown. The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]

# -- 2. code that reads no setting ------------------------------------------------------------------------------------------------
QUIZ = {
    "package.json": ('{"name": "quiz-climat", "private": true, "type": "module", "scripts": {"dev": "vite", "build": "vite build", '
                     '"host": "vite --host"}, "dependencies": {"react": "^19.0.0", "react-dom": "^19.0.0"}, '
                     '"devDependencies": {"vite": "^6.2.0", "@vitejs/plugin-react": "^4.3.4"}}\n'),
    "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"root\"></div><script type=\"module\" src=\"/src/main.jsx\"></script></body></html>\n",
    "vite.config.js": "import { defineConfig } from 'vite'\nimport react from '@vitejs/plugin-react'\n\nexport default defineConfig({ plugins: [react()] })\n",
    "src/main.jsx": "import { createRoot } from 'react-dom/client'\nimport App from './App.jsx'\n\ncreateRoot(document.getElementById('root')).render(<App />)\n",
    "src/questions.js": ("export const QUESTIONS = [\n  { texte: 'Quelle part des sols est imperméabilisée ?', choix: ['10 %', '30 %', '50 %'], bonne: 1 },\n"
                         "  { texte: 'Combien de jours de canicule en 2050 ?', choix: ['5', '15', '30'], bonne: 2 },\n]\n"),
    "src/App.jsx": ("import { useState } from 'react'\nimport { QUESTIONS } from './questions.js'\n\nexport default function App() {\n"
                    "  const [i, setI] = useState(0)\n  const q = QUESTIONS[i]\n  return (<div><h1>{q.texte}</h1>{q.choix.map((c, n) =>\n"
                    "    <button key={n} onClick={() => setI((i + 1) % QUESTIONS.length)}>{c}</button>)}</div>)\n}\n"),
    ".env": "",
    "docker-compose.yml": "services:\n  app:\n    build:\n      context: .\n    ports:\n      - \"5173:5173\"\n    env_file:\n      - .env\n",
    "Dockerfile": "FROM node:22-alpine\nWORKDIR /app\nCOPY . /app/\nRUN npm install\nEXPOSE 5173\nENTRYPOINT [\"npm\", \"run\", \"host\"]\n",
}


def test_an_app_reading_no_setting_and_writing_none_has_nothing_to_set(tmp_path):
    res = judge(tmp_path, QUIZ, CONF, name="q")[1]["reusability.configuration"]
    assert res["status"] == "not_applicable", res
    assert ".env" not in (res["details"].get("templates") or []) and "template: .env" not in res["message"]["en"], res
    assert "reads no setting" in res["message"]["en"] and "ne lit aucun réglage" in res["message"]["fr"], res["message"]
    assert ".env is committed empty" in res["message"]["en"], res["message"]


def test_the_same_app_writing_a_map_token_in_its_code_still_fails(tmp_path):
    app = QUIZ["src/App.jsx"].replace("import { QUESTIONS } from './questions.js'\n", "import { QUESTIONS } from './questions.js'\n"
                                      "import mapboxgl from 'mapbox-gl'\nmapboxgl.accessToken = "
                                      "'pk.eyJ1IjoiZXhlbXBsZSIsImEiOiJja3h5ejEyMzQwMDBhMnBxcjVsN3p4Y2RlIn0.AbCdEfGhIjKlMnOpQrStUv'\n")
    pkg = QUIZ["package.json"].replace('"react": "^19.0.0",', '"react": "^19.0.0", "mapbox-gl": "^3.9.0",')
    res = judge(tmp_path, {**QUIZ, "src/App.jsx": app, "package.json": pkg}, CONF, name="m")[1]["reusability.configuration"]
    assert res["status"] == "fail", res
    assert any(e.get("kind") == "finding" and e.get("path") in ("src/App.jsx", "package.json") for e in res["evidence"]), res["evidence"]


def test_the_same_app_with_its_settings_in_a_config_module_still_fails(tmp_path):
    app = QUIZ["src/App.jsx"].replace("import { QUESTIONS } from './questions.js'\n", "import { QUESTIONS } from './questions.js'\n"
                                      "import { API_URL } from './config.js'\n")
    files = {**QUIZ, "src/App.jsx": app, "src/config.js": "export const API_URL = 'https://api.exemple-agglo.fr/scores'\n"}
    res = judge(tmp_path, files, CONF, name="k")[1]["reusability.configuration"]
    assert res["status"] == "fail", res
    assert any(e.get("path") == "src/config.js" and e.get("value") == "settings in the code" for e in res["evidence"]), res["evidence"]


def test_a_filled_env_read_by_the_code_stays_the_template(tmp_path):
    app = QUIZ["src/App.jsx"].replace("  const q = QUESTIONS[i]\n", "  const q = QUESTIONS[i]\n  const api = import.meta.env.VITE_API_URL\n")
    res = judge(tmp_path, {**QUIZ, "src/App.jsx": app, ".env": "VITE_API_URL=http://localhost:8000\n"}, CONF, name="f")[1]["reusability.configuration"]
    assert ".env" in res["details"]["templates"] and res["status"] == "pass", res
