"""reusability.secrets (issue 12, s44 fg44 = reader rb44, OpenSourcePolitics/decidim-nanterre).

A Rails application committed the SSH key Vagrant generated for its machine, .vagrant/machines/default/virtualbox/private_key: a
whole ``-----BEGIN RSA PRIVATE KEY-----`` block in a file without extension, whose name is no known key file's, so it was no
scan candidate and the check passed. A small file of any name whose first line is a PEM private-key header is read as a key file.
Near misses: a public key in a file without extension, a README quoting "BEGIN PUBLIC KEY", a notes file whose header comes after
other text, and an elided example key stay no secret.

The files are written for these tests, in the shape of the real repository (the key's body is bytes in the shape of one).
"""

from __future__ import annotations

import base64
import hashlib

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
FILES = {"README.md": "# Participation\n\nLa plateforme de participation de la ville.\n",
         "Gemfile": "source 'https://rubygems.org'\n\ngem 'decidim', '0.23.1'\n",
         "config.ru": "require_relative 'config/environment'\nrun Rails.application\n"}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def lines(r: dict) -> set[tuple]:
    return {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


def _body() -> str:
    raw = b"".join(hashlib.sha256(bytes([i, 44])).digest() for i in range(36))  # (no key: bytes in the shape of one)
    b64 = base64.b64encode(raw).decode()
    return "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))


def pem(kind: str) -> str:
    return f"-----BEGIN {kind}-----\n{_body()}\n-----END {kind}-----\n"


def test_a_private_key_without_extension_is_reported(tmp_path):
    r = run(tmp_path, {**FILES, ".vagrant/machines/default/virtualbox/private_key": pem("RSA PRIVATE KEY")})
    assert r["status"] == "fail", r["message"]
    assert (".vagrant/machines/default/virtualbox/private_key", 1) in lines(r), r["evidence"]


def test_a_private_key_under_any_name_is_reported(tmp_path):
    r = run(tmp_path, {**FILES, "deploy/server_access": pem("OPENSSH PRIVATE KEY"), "deploy/cle.bak": pem("PRIVATE KEY")})
    assert r["status"] == "fail", r["message"]
    assert {("deploy/server_access", 1), ("deploy/cle.bak", 1)} <= lines(r), r["evidence"]


def test_a_public_key_or_a_quoted_header_stays_no_secret(tmp_path):
    notes = "Deploy notes\n\nThe key looks like:\n" + pem("RSA PRIVATE KEY")
    elided = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----\n"
    r = run(tmp_path, {**FILES, "README.md": FILES["README.md"] + "\nLa clé publique commence par `-----BEGIN PUBLIC KEY-----`.\n",
                       "keys/server_pub": pem("PUBLIC KEY"), "keys/deploy_notes": notes, "keys/example_key": elided})
    assert r["status"] == "pass", (r["message"], r["evidence"])
    assert not lines(r), r["evidence"]
