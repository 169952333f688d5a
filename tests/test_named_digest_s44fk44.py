"""reusability.secrets: a hexadecimal digest under a name saying its algorithm or role is a file's fingerprint (issue 12, s44 fk44 =
reader rf44's NumeriqueMediapass/Horodatage).

A desktop tool's version.json gives its release's ``download_url`` and ``"sha256": "<64 hex>"``, the file's checksum the updater
compares: "2 strings that look like a secret … to review" (Hex High Entropy String). A digest's length of hex digits under sha256,
md5, checksum, digest or hash is a public fingerprint. Near miss: the same value under a key's or token's name keeps the hint.
Values made up."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

DIGEST = "5e07a3c94d18b2f6" "0c9e71d3a84bf52e" "6a1d09c7f38e24b5" "d970c6e1a2f84b3d"  # (made up: 64 hex digits)


def _version(name: str) -> str:
    return ('{\n    "version": "1.1.0",\n    "release_date": "2025-01-30",\n'
            '    "download_url": "https://example.org/outil/releases/download/v1.1.0/Outil.exe",\n'
            f'    "{name}": "{DIGEST}",\n    "required": false\n}}\n')


def _files(name: str) -> dict:
    return {"README.md": "# Outil\n\nOutil de bureau qui horodate des documents.\n", "version.json": _version(name),
            "updater.py": "import json\n\n\ndef attendu():\n    return json.load(open('version.json'))\n"}


def test_a_release_checksum_is_no_secret(tmp_path):
    for i, name in enumerate(("sha256", "checksum", "file_hash")):
        r = sec(tmp_path / str(i), _files(name))
        assert r["status"] == "pass" and not [e for e in r["evidence"] if e.get("path") == "version.json"], (name, r)


def test_near_miss_the_same_value_under_a_key_or_token_name_keeps_its_hint(tmp_path):
    for i, name in enumerate(("update_token", "hmac_sha256")):
        r = sec(tmp_path / str(i), _files(name))
        assert [e for e in r["evidence"] if e.get("path") == "version.json"], (name, r)
