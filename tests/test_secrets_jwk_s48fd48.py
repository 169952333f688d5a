"""A private key committed as a JSON Web Key is a secret (issue 12, s48 fd48 = GIP-RECIA/cas-esco-overlay).
config.example/etc/cas/keystore.jwks holds an RSA JWK with its private exponent "d" (the token-signing key of the SSO server's
example configuration); reusability.secrets passed with "no certain secret": the PEM rules never see a JWK and no rule read the
.jwks file. Near misses: a public JWKS ("n" and "e" only), and a JWK whose "d" is a placeholder, are no secret."""

from __future__ import annotations

import hashlib
import base64
import json

from auditor.facts.secret_jwk import private_jwks
from tests.test_reusability_fixtures import check_result


def _b64(seed: str, size: int) -> str:
    raw = b"".join(hashlib.sha256(f"{seed}{i}".encode()).digest() for i in range(size // 32 + 1))[:size]
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _jwks(private: bool, d: str | None = None) -> str:
    key = {"kty": "RSA", "use": "sig", "kid": "sso1", "alg": "RS256", "n": _b64("modulus", 256), "e": "AQAB"}
    if private:
        key = {"kty": "RSA", "d": d if d is not None else _b64("exponent", 256), **{k: v for k, v in key.items() if k != "kty"},
               "p": _b64("prime-p", 128), "q": _b64("prime-q", 128)}
    return json.dumps({"keys": [key]}, indent=2) + "\n"


PROPS = "server.name=https://sso.example.org\nsso.token.signing.keystore=file:/etc/sso/keys.jwks\n"
JAVA = "package fr.region.sso;\n\npublic class TokenFactory {\n    public String issuer() { return \"sso\"; }\n}\n"


def _files(jwks: str) -> dict:
    return {"README.md": "# SSO\n\nCopy `config.example` to `config`.\n", "config.example/etc/sso/keys.jwks": jwks,
            "config.example/etc/sso/sso.properties": PROPS, "src/main/java/fr/region/sso/TokenFactory.java": JAVA}


def test_private_rsa_jwk_is_a_probable_secret(tmp_path):
    r = check_result(tmp_path, _files(_jwks(True)), "reusability.secrets")
    assert r["status"] == "fail", r
    ev = [e for e in r["evidence"] if e["path"] == "config.example/etc/sso/keys.jwks"]
    assert ev and ev[0]["line"] == 5 and "JSON Web Key" in ev[0]["value"], r["evidence"]
    assert _b64("exponent", 256) not in json.dumps(r)  # (the value never leaves the fact)


def test_near_miss_public_jwks_is_no_secret(tmp_path):
    r = check_result(tmp_path, _files(_jwks(False)), "reusability.secrets")
    assert r["status"] == "pass" and not any(e["path"].endswith(".jwks") for e in r["evidence"]), r


def test_near_miss_placeholder_and_symmetric_keys():
    assert private_jwks(_jwks(True, d="REPLACE_WITH_YOUR_OWN_PRIVATE_EXPONENT_BEFORE_DEPLOYING")) == []
    assert private_jwks(_jwks(False)) == []
    oct_key = json.dumps({"jwk": {"kty": "oct", "k": _b64("hmac", 32)}})
    assert private_jwks(oct_key) == [(1, "oct")]
    assert private_jwks('{"keys": [') == []
