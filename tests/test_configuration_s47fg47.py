"""Issue 12, s47 fg47 (reader rc47): reusability.configuration on two ENT modules (an entcore back end, a Vite + React front end).

- OPEN-ENT-NG/ressource-aggregator and OPEN-ENT-NG/flashquizz-connector, frontend/vite.config.ts: `const envFile = loadEnv(mode,
  process.cwd()); const envs = { ...process.env, ...envFile }` then envs.VITE_RECETTE…: four settings read from the environment, while
  the check said "no setting of the project read from the environment" (only a name bound to process.env alone was an alias).
- ressource-aggregator: a one-off migration script of the back end (curl to a search server's private address) was said to be "set by"
  frontend/env.template's VITE_LOCALHOST, the front end's development proxy: a template of another part of the repository.
- flashquizz-connector, README.md "## Configuration": an empty `"config": { }` block and an empty list of variables counted as
  "settings described in the README".
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

CHECK = "reusability.configuration"
DATE = "2026-11-02T10:00:00Z"

VITE_CONFIG = """import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";

export default ({ mode }: { mode: string }) => {
  const fromFiles = loadEnv(mode, process.cwd());
  const all = { ...process.env, ...fromFiles };
  const target = all.VITE_PLATFORM_URL || "http://localhost:8090";
  return defineConfig({
    plugins: [react()],
    server: { proxy: { "/api": { target, headers: { cookie: `session=${all.VITE_SESSION_COOKIE}` } } } },
  });
};
"""

FRONT = {
    "frontend/package.json": '{"name": "module-front", "private": true, "scripts": {"dev": "vite", "build": "vite build"},\n'
                             ' "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}, "devDependencies": {"vite": "^5.1.0"}}\n',
    "frontend/index.html": '<!DOCTYPE html><html lang="fr"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
    "frontend/src/main.tsx": "import React from 'react';\nimport { createRoot } from 'react-dom/client';\n\n"
                             "createRoot(document.getElementById('root')!).render(<h1>Module</h1>);\n",
}
BACK = {
    "backend/pom.xml": "<project><artifactId>module</artifactId><dependencies><dependency><groupId>io.vertx</groupId>"
                       "<artifactId>vertx-core</artifactId></dependency></dependencies></project>\n",
    "backend/src/main/java/fr/module/Module.java": "package fr.module;\n\npublic class Module {\n    public String name() {\n"
                                                   "        return \"module\";\n    }\n}\n",
}


def _config(tmp_path, files, name):
    repo = make_repo(tmp_path / name, [{"files": {"README.md": "# Module\n\nModule de l'espace numérique de travail.\n", **files}, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[CHECK]))[CHECK]


def test_vite_load_env_and_its_spread_with_process_env_are_environment_reads(tmp_path):
    r = _config(tmp_path, {**FRONT, **BACK, "frontend/vite.config.ts": VITE_CONFIG}, "vite")
    assert r["details"]["env_vars"] == 2, r["message"]
    assert {"VITE_PLATFORM_URL", "VITE_SESSION_COOKIE"} <= set(r["details"]["undocumented"]), r["details"]
    assert "No setting" not in r["message"]["en"], r["message"]


def test_near_miss_a_spread_of_plain_objects_or_a_local_load_env_reads_no_environment(tmp_path):
    plain = VITE_CONFIG.replace("loadEnv(mode, process.cwd())", "{ VITE_PLATFORM_URL: 'x' }").replace("...process.env", "...defaults") \
        .replace("export default", "const defaults = { VITE_SESSION_COOKIE: 'y' };\nexport default")
    r = _config(tmp_path, {**FRONT, **BACK, "frontend/vite.config.ts": plain}, "plain")
    assert r["details"]["env_vars"] == 0, r["message"]
    local = VITE_CONFIG.replace('import { defineConfig, loadEnv } from "vite";', 'import { defineConfig } from "vite";\n'
                                'import { loadEnv } from "./settings";').replace("const all = { ...process.env, ...fromFiles };", "const all = { ...fromFiles };")
    r = _config(tmp_path, {**FRONT, **BACK, "frontend/vite.config.ts": local,
                           "frontend/settings.ts": "export function loadEnv(mode: string, root: string) {\n  return { mode, root };\n}\n"}, "local")
    assert r["details"]["env_vars"] == 0, r["message"]


def test_a_front_end_template_does_not_set_the_back_ends_hard_coded_server(tmp_path):
    files = {**FRONT, **BACK, "frontend/env.template": "VITE_SESSION=\nVITE_PLATFORM_URL=http://localhost:8090\n",
             "backend/migrations/2.0/create_index.sh": "#!/bin/sh\ncurl -XPUT http://10.20.30.40:9200/module -d @mapping.json\n"}
    r = _config(tmp_path, files, "parts")
    assert "which the template sets" not in r["message"]["en"], r["message"]
    assert "VITE_PLATFORM_URL" not in r["message"]["en"], r["message"]


def test_near_miss_the_same_parts_hard_coded_server_is_still_said(tmp_path):
    files = {**FRONT, **BACK, "frontend/env.template": "VITE_SESSION=\nVITE_PLATFORM_URL=http://localhost:8090\n",
             "frontend/src/api.ts": "export function load() {\n  return fetch('http://10.20.30.40:8090/api/resources');\n}\n"}
    r = _config(tmp_path, files, "same")
    assert "which the template sets (VITE_PLATFORM_URL in frontend/env.template)" in r["message"]["en"], r["message"]


README_EMPTY = ("# Module\n\n## Configuration\n<pre>\n{\n  \"config\": {\n  \n  }\n}\n</pre>\n\n"
                "Dans votre springboard, vous devez inclure des variables d'environnement :\n\n<pre>\n\n</pre>\n")
TEMPLATE = {"backend/deployment/module/conf.json.template": '{\n  "name": "fr.module~module~${moduleVersion}",\n  "config": {\n'
                                                            '    "main": "fr.module.Module",\n    "port": 8190\n  }\n}\n'}


def test_an_empty_readme_configuration_chapter_describes_no_setting(tmp_path):
    r = _config(tmp_path, {**BACK, **TEMPLATE, "README.md": README_EMPTY}, "empty")
    assert "settings described in the README" not in r["message"]["en"], r["message"]
    assert not any(e.get("value") == "README configuration" for e in r["evidence"]), r["evidence"]


def test_near_miss_a_readme_configuration_chapter_with_a_value_describes_it(tmp_path):
    filled = README_EMPTY.replace('"config": {\n  \n  }', '"config": {\n    "port": 8190\n  }')
    r = _config(tmp_path, {**BACK, **TEMPLATE, "README.md": filled}, "filled")
    assert "settings described in the README" in r["message"]["en"], r["message"]
