"""Private keys committed as JSON Web Keys, for the ``secrets`` fact (issue 12, s48 fd48 = GIP-RECIA/cas-esco-overlay: a CAS
example configuration's ``keystore.jwks`` holds an RSA key with its private exponent ``"d"``; the PEM rules never see a JWK and the
scan did not read a ``.jwks`` file).

A JWK (RFC 7517/7518) is private when it carries its private members: ``"d"`` for an RSA, EC or OKP key (RSA's ``"p"``, ``"q"``… go
with it), ``"k"`` for a symmetric (``"oct"``) key. A public JWKS, ``"n"`` and ``"e"`` or ``"x"``/``"y"`` only, is what a server
publishes: no secret. A placeholder or a value too short for a key is no key. Read as JSON (bounded by :mod:`auditor.safejson`),
never run; the value never leaves the fact. Bounded: ``.jwk``/``.jwks`` files, then JSON files, of at most :data:`MAX_BYTES`, at
most :data:`MAX_FILES` in that order and path order, parsed only when their text names ``"kty"``."""

from __future__ import annotations

from auditor import safejson
from auditor.facts.secret_values import placeholder_value
from auditor.lazyre import lazy_compile

KIND = "Private key in a JSON Web Key (JWK)"
JWK_EXT = ("jwk", "jwks", "json")
MAX_BYTES = 64 * 1024  # (a JWKS of a few 4096-bit RSA keys with their CRT members is under 20 KB)
MAX_FILES = 200
MAX_KEYS = 50  # per file
_B64URL = lazy_compile(r"^[A-Za-z0-9_-]+={0,2}$")
_DIGIT, _LOWER, _UPPER = lazy_compile(r"[0-9]"), lazy_compile(r"[a-z]"), lazy_compile(r"[A-Z]")
# (the shortest real private member: an EC P-256 or Ed25519 "d", 32 bytes = 43 characters; a 128-bit "oct" key, 22)
_MIN_CHARS = {"d": 40, "k": 22}


def _private_member(key: dict) -> str | None:
    """The name of the private member a JWK object carries (``"d"`` or ``"k"``), when it holds a key-sized base64url value."""
    kty = key.get("kty")
    member = "k" if kty == "oct" else "d" if kty in ("RSA", "EC", "OKP") else None
    value = key.get(member) if member else None
    # (random bytes in base64url mix digits, capitals and small letters; a filler — YOUR_PRIVATE_EXPONENT_GOES_HERE_… — does not)
    if (isinstance(value, str) and len(value) >= _MIN_CHARS[member] and _B64URL.match(value) and len(set(value)) >= 12
            and _DIGIT.search(value) and _LOWER.search(value) and _UPPER.search(value) and not placeholder_value(value)):
        return member
    return None


def _keys(doc) -> list[dict]:
    """The JWK objects of a document: a JWKS's ``"keys"``, a single JWK, or JWKs one level down (a settings file's ``"jwk": {…}``)."""
    out: list[dict] = []
    items = [doc] if isinstance(doc, dict) else list(doc[:MAX_KEYS]) if isinstance(doc, list) else []
    for item in items:
        if not isinstance(item, dict):
            continue
        if "kty" in item:
            out.append(item)
            continue
        for v in list(item.values())[:MAX_KEYS]:
            if isinstance(v, dict) and "kty" in v:
                out.append(v)
            elif isinstance(v, list):
                out += [k for k in v[:MAX_KEYS] if isinstance(k, dict) and "kty" in k]
    return out[:MAX_KEYS]


def private_jwks(text: str) -> list[tuple[int, str]]:
    """(line, kty) of each private JWK in a JSON text, in the file's order."""
    try:
        doc = safejson.loads(text, max_bytes=MAX_BYTES)
    except (ValueError, RecursionError):
        return []
    out = []
    start = 0
    for key in _keys(doc):
        member = _private_member(key)
        if not member:
            continue
        at = text.find(key[member], start)  # (the value's place gives the line; the value itself is not kept)
        if at < 0:
            at = text.find(key[member])
        else:
            start = at + 1
        out.append((text.count("\n", 0, max(at, 0)) + 1, str(key.get("kty"))))
    return out


def jwk_findings(ctx, inv, classify, skip) -> list[dict]:
    """The private JWKs committed (see the module), as findings of the ``secrets`` fact; ``skip(entry)`` leaves out vendored or
    generated files as the scan does."""
    snap = ctx.snapshot
    pool = sorted((e for e in snap.files.values() if e.kind == "file" and e.ext.lower() in JWK_EXT and 0 < e.size <= MAX_BYTES and not skip(e)),
                  key=lambda e: (e.ext.lower() == "json", e.path))[:MAX_FILES]  # (.jwk/.jwks files first)
    out = []
    for path, data in snap.iter_bytes([e.path for e in pool], limit=MAX_BYTES):
        if b'"kty"' not in data:
            continue
        for line, _kty in private_jwks(data.decode("utf-8", "replace")):
            out.append({"path": path, "line": line, "kind": KIND, "strength": "strong", "class": classify(ctx, path, "strong")})
    return out
