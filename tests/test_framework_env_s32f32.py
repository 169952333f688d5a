"""reusability.configuration (issue 12, s32 f32 = reader m25o1, urbanlab/tech-shop-circulaire): a SvelteKit front reading its
settings through the framework's environment modules, `import { PUBLIC_POCKETBASE_URL } from '$env/static/public'`, was "no
setting read from the environment"; `env.DATABASE_URL` in a file importing `$env/dynamic/private` likewise."""

from __future__ import annotations

from tests.test_settings_shapes_s9 import conf

STORE = ("import { get, writable } from 'svelte/store';\nimport PocketBase from 'pocketbase';\n"
         "import {PUBLIC_POCKETBASE_URL} from '$env/static/public'\n\nexport const pb = new PocketBase(PUBLIC_POCKETBASE_URL);\n"
         "export const currentUser = writable(pb.authStore.model);\n")
INVENTORY = ("<script lang=\"ts\">\n  import {PUBLIC_POCKETBASE_URL} from '$env/static/public'\n  import { pb } from '$lib/store';\n"
             "  const url = `${PUBLIC_POCKETBASE_URL}/api/files`;\n</script>\n<h1>Inventaire</h1>\n")
SVELTEKIT = {
    "front/src/lib/store.ts": STORE, "front/src/lib/components/Inventory.svelte": INVENTORY,
    "front/src/routes/+page.svelte": "<script>\n  import Inventory from '$lib/components/Inventory.svelte';\n</script>\n<Inventory />\n",
    "front/package.json": '{"name": "front", "devDependencies": {"@sveltejs/kit": "^1.5.0", "svelte": "^3.54.0", "vite": "^4.0.0"},'
                          ' "dependencies": {"pocketbase": "^0.12.0"}}\n',
    "front/svelte.config.js": "import adapter from '@sveltejs/adapter-auto';\nexport default { kit: { adapter: adapter() } };\n",
    "front/Dockerfile": "FROM node:lts-slim\nWORKDIR /app\nCOPY . .\nRUN npm install\nEXPOSE 5173\nENTRYPOINT [\"npm\", \"run\", \"dev\"]\n",
    "docker-compose.yml": "services:\n  front:\n    build: front/\n    env_file:\n      - .env\n",
    ".env.example": "# FRONTEND\nPUBLIC_POCKETBASE_URL=http://localhost:8090\nPRIVATE_POCKETBASE_IDENTITY=login\n",
    "README.md": "# tech-shop\n\nPrêt de matériel.\n\n## Start project\n\n1. Copy `.env.example` to `.env` and fill it\n2. Run `docker-compose up -d`\n",
}


def test_names_imported_from_sveltekit_static_env_are_read(tmp_path):
    r = conf(tmp_path, SVELTEKIT)
    assert r["details"]["env_vars"] == 1, r["message"]
    assert "PUBLIC_POCKETBASE_URL" not in r["details"]["undocumented"] and r["status"] == "pass", r["message"]


def test_any_name_of_sveltekit_dynamic_env_is_read(tmp_path):
    db = ("import { env } from '$env/dynamic/private';\nimport pg from 'pg';\n\n"
          "export const pool = new pg.Pool({ connectionString: env.DATABASE_URL });\n")
    r = conf(tmp_path, {**SVELTEKIT, "front/src/lib/server/db.ts": db})
    assert r["details"]["env_vars"] == 2 and r["details"]["undocumented"] == ["DATABASE_URL"], r["message"]


def test_an_object_named_env_elsewhere_reads_nothing(tmp_path):
    # (near miss: a script's own object named env, no SvelteKit module imported; a comment quoting the import)
    script = ("const env = { MODE: 'prod' };\nexport const mode = env.MODE;\n"
              "/* import { API_KEY } from '$env/static/private'; */\n")
    files = {k: v for k, v in SVELTEKIT.items() if k not in ("front/src/lib/store.ts", "front/src/lib/components/Inventory.svelte")}
    r = conf(tmp_path, {**files, "front/src/lib/mode.ts": script})
    assert r["details"]["env_vars"] == 0, r["message"]
