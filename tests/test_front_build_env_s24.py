"""A front end's build tool loads the env files beside its package.json (issue 12, session 24 a24, s23 reader n1 family 6,
orgarif's create-react-app client): its .env and .env.development of react-scripts' own variables (PORT, BROWSER,
INLINE_RUNTIME_CHUNK, WDS_SOCKET_PORT) were called unread by reusability.configuration, with the advice to remove them, which
would break the development setup. create-react-app, Vite, Vue CLI, Next.js and Nuxt load .env themselves; a create-react-app
.env of its own options only is no settings template of the application either; a .env beside a server that no code and no tool
reads is still a leftover. The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

import pytest

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]
SERVER = {
    "server/build.gradle.kts": 'plugins { id("org.springframework.boot") version "3.2.0" }\n',
    "server/src/main/kotlin/app/App.kt": ('package app\n\nfun main() {\n    val url = System.getenv("ANNUAIRE_DB_URL")\n    println(url)\n}\n'),
    "README.md": "# Annuaire\n\nAnnuaire des élus. Le serveur lit ANNUAIRE_DB_URL.\n",
}


def _client(tool: str, version: str) -> dict:
    return {
        "client/package.json": ('{"name": "client", "private": true, "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0", '
                                f'"{tool}": "{version}"}}, "scripts": {{"start": "react-scripts start"}}}}\n'),
        "client/src/index.tsx": "import React from 'react';\nexport const App = () => <h1>Annuaire</h1>;\n",
        "client/.env": "INLINE_RUNTIME_CHUNK=false\nBROWSER=none\n",
        "client/.env.development": "PORT=3300\nWDS_SOCKET_PORT=3300\n",
    }


def _unread(res) -> list[str]:
    return [e["path"] for e in res["evidence"] if e.get("value") == "unread .env"]


@pytest.mark.parametrize(("tool", "version"), [("react-scripts", "5.0.1"), ("vite", "^5.0.0"), ("next", "^14.0.0")])
def test_env_files_a_front_build_tool_loads_are_not_unread(tmp_path, tool, version):
    res = judge(tmp_path, {**SERVER, **_client(tool, version)}, CONF, name=tool.replace("-", ""))[1]["reusability.configuration"]
    assert _unread(res) == [], res["evidence"]
    assert "client/.env" not in (res.get("remediation") or {}).get("en", ""), res
    if tool == "react-scripts":  # (the development server's options only: no settings template of the application either)
        assert not any(p.startswith("client/.env") for p in res["details"].get("templates") or []), res["details"]


def test_a_env_beside_a_server_nothing_reads_is_still_unread(tmp_path):
    files = {**SERVER, "server/.env": "ANCIEN_PROJET_URL=http://localhost/quiz\n"}
    res = judge(tmp_path, files, CONF, name="leftover")[1]["reusability.configuration"]
    assert _unread(res) == ["server/.env"], res["evidence"]
