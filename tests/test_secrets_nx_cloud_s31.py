"""reusability.secrets (issue 12, session 31, reader m23o4: camptocamp/mel-dataplatform): nx.json commits
``"nxCloudAccessToken": "<base64>"`` whose value decodes to ``<uuid>|read-write``: a write key to the project's Nx Cloud remote
cache; the check listed it as one random string "to review" and passed.

An Nx Cloud token in nx.json decoding to ``…|read-write`` is now a probable secret named as such; a read-only one (Nx lets it be
committed) stays a hint."""

from __future__ import annotations

import base64
import uuid

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"


def token(access: str) -> str:  # assembled at run time: no credential in this file
    return base64.b64encode(f"{uuid.UUID(int=0x924ec2d4d81d4c669ff0ab9e0215f7e8)}|{access}".encode()).decode()


def run(tmp_path, access: str, key: str = "nxCloudAccessToken") -> dict:
    nx = ('{\n  "$schema": "./node_modules/nx/schemas/nx-schema.json",\n  "defaultBase": "main",\n'
          f'  "targetDefaults": {{\n    "build": {{\n      "cache": true\n    }}\n  }},\n  "{key}": "{token(access)}"\n}}\n')
    files = {"README.md": "# Datahub\n", "package.json": '{"name": "datahub", "license": "GPL-3.0-only"}\n',
             "apps/datahub/src/main.ts": "console.log('datahub');\n", "nx.json": nx}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_an_nx_cloud_read_write_token_in_nx_json_is_a_probable_secret(tmp_path):
    r = run(tmp_path, "read-write")
    assert r["status"] == "fail", r["message"]  # was pass 9.75: one string "to review"
    assert any(e["path"] == "nx.json" and e["line"] == 9 and e.get("value") == "Nx Cloud read-write access token" for e in r["evidence"]), r["evidence"]
    assert token("read-write") not in str(r)


def test_an_nx_cloud_read_only_token_stays_a_hint(tmp_path):
    r = run(tmp_path, "read-only")
    assert r["status"] != "fail", (r["message"], r["evidence"])
