"""reusability.secrets (issue 12, session 26, reader o3: SICTIAM/sesile): composer.json commits a GitHub token under Composer's
``config.github-oauth`` key (``"github.com": "<40 hex>"``); the check listed it only as a "weaker hint" (a random hexadecimal
string to review) while placeholder fixture passwords were "probable secrets".

A token of a forge's shape under Composer's github-oauth / gitlab-oauth / gitlab-token key (composer.json, auth.json) is now a
probable secret; a 40-hex value elsewhere in composer.json (a commit reference) and composer.lock's references stay hints or
nothing."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
TOKEN = "3f9c" + "a1d27be0" * 4 + "5e71"  # 40 hex (assembled: no credential in this file)


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def composer(config: str) -> str:
    return ('{\n    "name": "acme/parapheur",\n    "license": "AGPL-3.0-only",\n    "require": {\n        "php": ">=7.1"\n    },\n'
            f'    "config": {{\n        "bin-dir": "bin",\n{config}\n    }},\n    "prefer-stable": true\n}}\n')


def test_a_github_oauth_token_in_composer_json_is_a_probable_secret(tmp_path):
    files = {"README.md": "# Parapheur\n", "index.php": "<?php\necho 1;\n",
             "composer.json": composer(f'        "github-oauth": {{\n            "github.com": "{TOKEN}"\n        }}')}
    r = run(tmp_path, files)
    assert r["status"] == "fail", r["message"]  # was pass/warn: a weaker hint "to review"
    assert any(e["path"] == "composer.json" and e["line"] == 10 and e.get("kind") == "finding" for e in r["evidence"]), r["evidence"]
    assert TOKEN not in str(r)


def test_a_hex_value_elsewhere_in_composer_json_stays_a_hint(tmp_path):
    files = {"README.md": "# Parapheur\n", "index.php": "<?php\necho 1;\n",
             "composer.json": composer(f'        "platform-check": false,\n        "cache-key": "{TOKEN}"')}
    r = run(tmp_path, files)
    assert r["status"] != "fail", (r["message"], r["evidence"])
