"""reusability.configuration and interoperability.api-spec (issue 12, s34 i34 = PNPC-CaPeL/capel-portal): a Nuxt 3 site declares
its settings in nuxt.config.ts's runtimeConfig (LCK_BASE_PATH, public.N8N_WEBHOOK_HUB_URL…), which Nuxt fills at run time from
NUXT_LCK_BASE_PATH, NUXT_PUBLIC_N8N_WEBHOOK_HUB_URL (listed in .env.dist) and the code reads with useRuntimeConfig(); its
server/api/*.ts are Nitro server routes answering JSON. The checks said "No setting read from the environment; … the code writes a
server address" (a footer's link) and "No served API detected". Now the runtimeConfig keys are settings read from the environment
(NUXT_<KEY>, public's under NUXT_PUBLIC_) and the server routes an API served without a specification. Near misses: a key whose value
reads process.env itself counts once, under its own name; a Nuxt site with no server/api/ folder serves no API (a server/routes/
sitemap.xml.ts is no API)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CONFIG = ("export default defineNuxtConfig({\n  modules: ['@nuxt/content'],\n  nitro: {\n    prerender: { routes: ['/', '/api/spots'] },\n  },\n"
          "  runtimeConfig: {\n    public: {\n      N8N_WEBHOOK_HUB_URL: '', // see NUXT_N8N_WEBHOOK_HUB_URL in .env\n    },\n"
          "    LCK_BASE_PATH: '', // see NUXT_LCK_BASE_PATH in .env\n    lckPassword: '',\n    mapTiles: process.env.MAP_TILES_URL,\n  },\n})\n")
ROUTE = ("export default defineEventHandler(async (event) => {\n  const config = useRuntimeConfig(event)\n"
         "  const client = new Client(config.LCK_BASE_PATH, config.lckPassword)\n  return await client.query('spots')\n})\n")
FILES = {"README.md": "# Portail\n\nLe portail des plongeurs.\n\n## Installation\n\n```bash\nnpm install\nnpm run dev\n```\n",
         "package.json": '{"name": "portal", "scripts": {"build": "nuxt build"}, "dependencies": {"nuxt": "^3.11.1", "vue": "^3.4.21"}}\n',
         "nuxt.config.ts": CONFIG,
         ".env.dist": "NUXT_PUBLIC_N8N_WEBHOOK_HUB_URL=''\nNUXT_LCK_BASE_PATH='https://lck.example.org/api'\nNUXT_LCK_PASSWORD=<password>\n",
         "pages/index.vue": "<template>\n  <div>{{ t('home') }}</div>\n</template>\n",
         "components/Footer.vue": "<script setup>\nconst links = [{ url: 'http://www.parc.example.fr/reglementation' }]\n</script>\n"}
CIDS = ["reusability.configuration", "interoperability.api-spec"]


def audit(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CIDS))


def test_runtime_config_keys_are_settings_and_server_routes_an_api(tmp_path):
    r = audit(tmp_path, {**FILES, "server/api/spots.ts": ROUTE, "server/api/zones.ts": ROUTE})
    conf = r["reusability.configuration"]
    assert conf["status"] == "pass", conf["message"]  # was warn: no setting read, a server address written
    assert conf["details"]["env_vars"] == 4, conf["message"]
    assert conf["details"]["undocumented"] == ["MAP_TILES_URL"], conf["details"]  # (read by its own name, once)
    api = r["interoperability.api-spec"]
    assert api["status"] == "warn" and "Nuxt server route" in api["message"]["en"], api["message"]  # was not_applicable
    assert [e["path"] for e in api["evidence"]] == ["server/api/spots.ts", "server/api/zones.ts"]


def test_a_nuxt_site_without_runtime_config_or_server_routes_keeps_its_verdicts(tmp_path):
    files = {**FILES, "nuxt.config.ts": "export default defineNuxtConfig({\n  modules: ['@nuxt/content'],\n})\n",
             "server/routes/sitemap.xml.ts": "export default defineEventHandler(() => '<urlset/>')\n"}
    del files[".env.dist"]
    r = audit(tmp_path, files)
    assert r["reusability.configuration"]["details"].get("env_vars", 0) == 0, r["reusability.configuration"]["message"]
    assert r["interoperability.api-spec"]["status"] == "not_applicable", r["interoperability.api-spec"]["message"]
