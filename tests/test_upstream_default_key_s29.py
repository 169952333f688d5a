"""reusability.secrets (issue 12, session 29, reader m21o2: geo2france/ms2-panel-editor): a MapStore extension made from
MapStore's template commits MapStore2/ whole (declared as a submodule in .gitmodules, committed as files: folded out of the audit)
and its own configs/localConfig.json, a copy of MapStore2/web/client/configs/localConfig.json holding the same "bingApiKey" —
MapStore's default browser key, published upstream. The check failed "probable secret: revoke it".

A long value written in the same-named file of a submodule's committed copy is that upstream's default (the secrets fact's
"upstream" default, set aside: nothing of the project's to revoke); a key of the project's own, absent upstream, stays a probable
secret."""

from __future__ import annotations

import json

import base64
import hashlib

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"


def _key(seed: bytes) -> str:  # (made here: no credential in this file; 64 characters of a Bing Maps key's alphabet)
    return base64.b64encode(hashlib.sha512(seed).digest()).decode().replace("+", "x").replace("/", "y")[:64]


UPSTREAM_KEY = _key(b"upstream")
OWN_KEY = _key(b"own")


def config(key: str) -> str:
    return json.dumps({"proxyUrl": {"url": "proxy/?url=", "useCORS": []}, "geoStoreUrl": "rest/geostore/",
                       "bingApiKey": key, "mapquestApiKey": "__API_KEY_MAPQUEST__", "initialMapFilter": ""}, indent=4) + "\n"


def extension(own: str) -> dict:
    return {"README.md": "# Éditeur d'attributs\n\nExtension MapStore.\n",
            ".gitmodules": '[submodule "MapStore2"]\n\tpath = MapStore2\n\turl = https://github.com/geosolutions-it/MapStore2.git\n',
            "MapStore2/package.json": json.dumps({"name": "mapstore2", "version": "0.0.0"}) + "\n",
            "MapStore2/web/client/configs/localConfig.json": config(UPSTREAM_KEY),
            "package.json": json.dumps({"name": "panel-editor", "dependencies": {"react": "^16.0.0"}}) + "\n",
            "js/extension/plugins/Extension.jsx": "export default { name: 'PanelEditor' };\n",
            "configs/localConfig.json": config(own)}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_the_upstreams_default_key_copied_from_its_submodule_is_set_aside(tmp_path):
    r = run(tmp_path, extension(UPSTREAM_KEY))
    assert r["status"] == "pass", (r["message"], r["evidence"])  # was fail: "1 probable secret(s) committed", revoke it
    assert r["details"]["strong"] == 0 and r["details"]["development_defaults"] >= 1, (r["details"], r["evidence"])
    assert "upstream" in str(r["evidence"]), r["evidence"]  # (its note: the copied upstream's value, nothing to revoke)


def test_a_key_of_the_projects_own_stays_a_probable_secret(tmp_path):
    r = run(tmp_path, extension(OWN_KEY))
    assert r["status"] == "fail", (r["message"], r["evidence"])
    assert any(e.get("path") == "configs/localConfig.json" for e in r["evidence"]), r["evidence"]
