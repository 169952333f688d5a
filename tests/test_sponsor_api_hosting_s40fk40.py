"""scaling.hosting (issue 12, s40 fk40 = CACEM-TEAM/decacem): a waste-collection calendar takes all its data from its sponsor's API,
its address hard-coded (src/services/api.js `const API_BASE_URL = 'https://api.<sponsor>.fr'`), the sponsor's domain being the one
its deployment serves the app on (docker-compose's Host(…)). The check passed at 9.5 ("1 the sponsor's servers"). The sponsor's API
the running code calls, hard-coded, is a server another territory does not have: a warning. Near miss: the sponsor's site serving only
the page's logo keeps the old pass."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PACKAGE = '{"name": "collecte", "version": "1.0.0", "scripts": {"build": "vite build"}, "dependencies": {"vue": "^3.4.0", "axios": "^1.6.0"}}\n'
COMPOSE = ("services:\n  app:\n    build: .\n    labels:\n      - \"traefik.enable=true\"\n"
           "      - \"traefik.http.routers.collecte.rule=Host(`collecte.agglo-exemple.fr`)\"\n")
API = ("import axios from 'axios';\n\nconst API_BASE_URL = 'https://api.agglo-exemple.fr';\n\n"
       "export async function passages(commune) {\n  const r = await axios.get(`${API_BASE_URL}/api/v2/dechets/passages`, { params: { commune } });\n"
       "  return r.data;\n}\n")
LOCAL_API = ("import axios from 'axios';\n\nexport async function passages(commune) {\n"
             "  const r = await axios.get('/data/passages.json', { params: { commune } });\n  return r.data;\n}\n")
APP = ("<template>\n  <main>\n    <h1>Calendrier de collecte</h1>\n    <img src=\"https://www.agglo-exemple.fr/images/logo.png\" alt=\"Agglomération\">\n"
       "  </main>\n</template>\n\n<script setup>\nimport { passages } from './services/api.js';\npassages('Exemple');\n</script>\n")
INDEX = "<!doctype html>\n<html lang=\"fr\"><head><title>Collecte</title></head><body><div id=\"app\"></div><script type=\"module\" src=\"/src/main.js\"></script></body></html>\n"
README = "# Collecte\n\nCalendrier de collecte des déchets.\n"


def _hosting(tmp_path, api):
    files = {"package.json": PACKAGE, "docker-compose.yml": COMPOSE, "index.html": INDEX, "README.md": README,
             "src/main.js": "import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n",
             "src/App.vue": APP, "src/services/api.js": api}
    return judge(tmp_path, files, ["scaling.hosting"])[1]["scaling.hosting"]


def test_the_sponsor_s_api_hard_coded_is_a_server_another_territory_lacks(tmp_path):
    r = _hosting(tmp_path, API)
    assert r["status"] == "warn", r
    assert "sponsor's API" in str(r["details"].get("risk")), r["details"]
    assert "src/services/api.js:3" in str(r["details"].get("risk")), r["details"]


def test_the_sponsor_s_site_serving_a_logo_stays_a_pass(tmp_path):
    r = _hosting(tmp_path, LOCAL_API)
    assert r["status"] == "pass" and "the sponsor's servers" in r["message"]["en"], r
