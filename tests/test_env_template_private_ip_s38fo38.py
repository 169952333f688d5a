"""Issue 12, session 38 fixer fo38 (mmaura/grist-widgets): a deploy script's settings template .deploy.env.example gives
SERVER_HOST="10.0.0.1" as the value to fill (the README shows "10.10.10.10" for the same variable); scaling.hosting read it as
"Connects to an internal server (10.0.0.1)". An IP address in an env template is a placeholder to fill, not a connection (a
named host there, DB_HOST=pgsql-sig.agglo.fr, stays the organisation's server). Near miss: the same private address in a
committed .env or in the code stays an internal connection."""
from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECK = "scaling.hosting"
BASE = {"README.md": "# Widgets\n\nWidgets pour Grist.\n", "package.json": '{"name": "widgets", "private": true, "scripts": {"build": "vite build"}}\n',
        "src/main.ts": "export const main = (): number => 1;\n",
        "deploy.sh": "#!/usr/bin/env bash\nset -e\nsource .deploy.env\nrsync -avz dist/ \"$SERVER_USER@$SERVER_HOST:$REMOTE_BASE\"\n"}
DEPLOY_ENV = 'SERVER_HOST="10.0.0.1"\nSERVER_USER="user"\nREMOTE_BASE="/srv/widgets"\nDB_HOST=10.0.0.2\n'


def _internal(tmp_path, files, name):
    res = results(run(build(tmp_path / name, {**BASE, **files}), tmp_path / f"c-{name}", only=[CHECK]))[CHECK]
    return res, [e["value"]["internal"] for e in res["evidence"] if "internal" in (e.get("value") or {})]


def test_an_env_templates_private_address_is_a_placeholder(tmp_path):
    res, internal = _internal(tmp_path, {".deploy.env.example": DEPLOY_ENV}, "template")
    assert internal == [] and res["status"] == "pass", res  # was warn 'Connects to an internal server (10.0.0.1)'


def test_the_same_address_in_a_committed_env_or_the_code_stays_internal(tmp_path):
    _, internal = _internal(tmp_path, {".deploy.env": DEPLOY_ENV}, "env")
    assert internal, internal
    _, internal = _internal(tmp_path, {"src/api.ts": "export const API = 'http://10.0.0.1:8080/api';\n"}, "code")
    assert internal, internal
