"""Session 46 (fg46): a PWA plugin's development service worker is build output, not the project's code.

cyberpompier/EPI-Control (a React/Vite PWA) commits dev-dist/sw.js, registerSW.js and workbox-<hash>.js, which vite-plugin-pwa writes
at each dev start (devOptions.enabled). The auditor read them as the project's sources: reusability.build-output said "No build output
is committed", documentation.code-comments measured Google Workbox's comments as the project's (11% instead of ~1%), and
licensing.reuse advised tagging Google's Apache-2.0 header with the project's own licence. dev-dist/ is the tool's output folder, and
Workbox's hash-named runtime chunk is the tool's wherever it is committed; a hand-written sw.js in src/ stays the project's."""

from __future__ import annotations

from tests.test_reusability_fixtures import results, run_audit
from tests.gitrepo import make_repo

_HEADER = ("/**\n * Copyright 2019 Example Web Tools Authors. All Rights Reserved.\n"
           " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
           " * you may not use this file except in compliance with the License.\n"
           " * You may obtain a copy of the License at\n *     http://www.apache.org/licenses/LICENSE-2.0\n */\n")
_RUNTIME = _HEADER + "".join(f"// runtime helper {k}: caches the request and answers from the cache\n"
                             f"function helper{k}(request) {{\n  return caches.match(request);\n}}\n" for k in range(60))


def _app(worker_dir: str) -> dict:
    files = {
        "package.json": '{"name": "epi-app", "private": true, "scripts": {"dev": "vite", "build": "vite build"},\n'
                        ' "dependencies": {"react": "^18.3.1"}, "devDependencies": {"vite": "^6.0.0", "vite-plugin-pwa": "^0.21.0"}}\n',
        "vite.config.ts": "import { VitePWA } from 'vite-plugin-pwa'\nexport default { plugins: [VitePWA({ devOptions: { enabled: true } })] }\n",
        ".gitignore": "node_modules\ndist\n",
        "src/main.tsx": "import { render } from './render'\n\nexport function start(): void {\n  render(document.body)\n}\n",
        "src/render.tsx": "export function render(el: HTMLElement): void {\n  el.textContent = 'EPI'\n}\n",
        f"{worker_dir}sw.js": _HEADER + "define(['./workbox-1a2b3c4d'], function (workbox) {\n  'use strict';\n  self.skipWaiting();\n});\n",
        f"{worker_dir}registerSW.js": "if('serviceWorker' in navigator) navigator.serviceWorker.register('/dev-sw.js?dev-sw', { scope: '/' })\n",
        f"{worker_dir}workbox-1a2b3c4d.js": _RUNTIME,
    }
    return files


def _results(tmp_path, files):
    return results(run_audit(make_repo(tmp_path / "r", [{"files": files}]), tmp_path / "c",
                             ["reusability.build-output", "documentation.code-comments", "licensing.reuse"]))


def test_the_pwa_plugins_dev_folder_is_build_output(tmp_path):
    r = _results(tmp_path, _app("dev-dist/"))
    b = r["reusability.build-output"]
    assert b["status"] == "warn" and b["details"]["files"] == 3, b
    c = r["documentation.code-comments"]
    assert "javascript" not in c["details"]["by_language"], c["details"]
    assert "Apache" not in r["licensing.reuse"]["message"]["en"], r["licensing.reuse"]["message"]


def test_workbox_hash_chunk_is_the_tools_anywhere_but_a_hand_written_worker_is_the_projects(tmp_path):
    files = _app("public/")
    files["src/sw.js"] = files.pop("public/sw.js")  # (a worker the team wrote, in its sources)
    r = _results(tmp_path, files)
    b = r["reusability.build-output"]
    assert b["status"] == "warn" and b["details"]["files"] == 1, b
    assert [e["path"] for e in b["evidence"]] == ["public/workbox-1a2b3c4d.js"], b["evidence"]
    assert r["documentation.code-comments"]["details"]["by_language"].get("javascript", {}).get("files") == 2, r["documentation.code-comments"]["details"]


def test_a_dist_folder_named_otherwise_is_not_taken(tmp_path):
    files = _app("devtools/")  # (a folder of the project's own, a helper named for Workbox but not by a hash: its files stay sources)
    files["devtools/workbox-setup.js"] = files.pop("devtools/workbox-1a2b3c4d.js")
    b = _results(tmp_path, files)["reusability.build-output"]
    assert b["status"] == "pass", b
