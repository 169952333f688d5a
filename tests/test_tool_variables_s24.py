"""Tools' and coding assistants' variables are no settings of the project (issue 12, session 24 a24, s23 reader n2 family 2,
DDT95/urbanisme95): a Vite configuration written by a coding assistant's starter reads CODEX_SANDBOX (the assistant's sandbox flag)
and gives Wrangler and Miniflare their defaults (`process.env.WRANGLER_LOG_PATH ??= ".wrangler/logs"`), and
reusability.configuration failed "3 settings read from the environment, 3 undocumented". A logical assignment (`??=`, `||=`) sets
the variable, it reads none; WRANGLER_*, MINIFLARE_* are Cloudflare's development tools' own, CODEX_SANDBOX the assistant's. A data
folder's JSON and Drizzle Kit's migrations journal are no settings file either. The project's own variable read beside them stays
a setting. The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from auditor.facts.env_names import settings_var
from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]

VITE_CONFIG = ("import { defineConfig } from \"vite\";\n\n"
               "// le bac à sable de l'assistant bloque la surveillance des fichiers\n"
               "const sandbox = process.env.CODEX_SANDBOX === \"seatbelt\";\n\n"
               "export default defineConfig(async () => {\n"
               "  process.env.WRANGLER_WRITE_LOGS ??= \"false\";\n"
               "  process.env.WRANGLER_LOG_PATH ??= \".wrangler/logs\";\n"
               "  process.env.MINIFLARE_REGISTRY_PATH ||= \".wrangler/registry\";\n"
               "  return { base: \"/carto/\", server: sandbox ? { watch: { usePolling: true } } : undefined };\n"
               "});\n")
PAGE = ("export default function Page() {\n  return <main><h1>Carte des zones agricoles</h1></main>;\n}\n")
APP = {
    "package.json": '{"name": "carto", "private": true, "scripts": {"dev": "vite", "build": "vite build"}, '
                    '"dependencies": {"react": "^19.0.0", "react-dom": "^19.0.0"}, "devDependencies": {"vite": "^7.0.0"}}\n',
    "vite.config.ts": VITE_CONFIG,
    "index.html": "<!doctype html>\n<html lang=\"fr\"><body><div id=\"root\"></div><script type=\"module\" src=\"/app/main.tsx\"></script></body></html>\n",
    "app/main.tsx": "import { createRoot } from \"react-dom/client\";\nimport Page from \"./page\";\n\ncreateRoot(document.getElementById(\"root\")!).render(<Page />);\n",
    "app/page.tsx": PAGE,
    "public/data/zones-agricoles.json": '{"zones": [{"code": "A1", "surface": 12}]}\n',
    "drizzle/meta/_journal.json": '{"version": "7", "dialect": "sqlite", "entries": []}\n',
    "README.md": "# Carto\n\nCarte des zones agricoles du département, publiée en site statique.\n",
}


def _conf(tmp_path, files, name):
    return judge(tmp_path, files, CONF, name=name)[1]["reusability.configuration"]


def test_tool_and_assistant_variables_are_no_settings():
    assert not settings_var("CODEX_SANDBOX") and not settings_var("WRANGLER_LOG_PATH") and not settings_var("MINIFLARE_REGISTRY_PATH")
    assert settings_var("CARTO_API_URL") and settings_var("CODEX_API_URL")


def test_a_vite_configurations_tool_variables_are_not_read_settings(tmp_path):
    res = _conf(tmp_path, APP, "vite")
    undocumented = res["details"].get("undocumented") or []
    assert not {"CODEX_SANDBOX", "WRANGLER_WRITE_LOGS", "WRANGLER_LOG_PATH", "MINIFLARE_REGISTRY_PATH"} & set(undocumented), res
    assert res["status"] == "not_applicable", res
    assert "WRANGLER" not in res["message"]["en"] and "web" in res["message"]["en"], res["message"]


def test_the_projects_own_variable_beside_them_is_still_a_setting(tmp_path):
    page = "const api = import.meta.env.VITE_CARTO_API_URL;\n" + PAGE
    res = _conf(tmp_path, {**APP, "app/page.tsx": page}, "vite2")
    assert res["details"]["env_vars"] == 1 and res["details"]["undocumented"] == ["VITE_CARTO_API_URL"], res
    assert res["status"] != "pass", res
