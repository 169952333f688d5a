"""Keyword and entropy hits that fire on a name, not on a value: what detect-secrets reads as ``password = '…'`` while the
value is the name of something else.

- a constant naming a request parameter, a header or a form field (``PARAM_CLIENT_SECRET = "secret-id"``,
  ``HEADER_CURRENT_USER_PASSWORD = "current-user-password"``): the value is that parameter's name, a word of its own;
- Laravel's ``config/auth.php`` ``'passwords' => 'users'``: the password-reset broker the guard uses, named after its table;
- an identifier inside an example URL in a comment (a Google Drive folder's id in ``// https://www.googleapis.com/drive/v2/
  files?q='10wW…'+in+parents&key={YOUR_API_KEY}``): the key parameter is the placeholder, the id is public in every link;
- a MongoDB ObjectId given to a setting whose name says no credential (``API_CHECK_STANDARD=60c8…`` in a ``.env`` under "# id des
  vérifications"): 24 hexadecimal digits whose first 8 are the second it was created (2010–2033), the id of a stored object
  (ObjectId specification: https://www.mongodb.com/docs/manual/reference/method/ObjectId/), not a random key. A key, token,
  secret or password setting keeps its hint whatever its value;
- a hexadecimal value given to an identifier's name (a key, an attribute, a named argument or a variable: ``"recordid":"43e3…"``
  in an open-data portal's sample record, ``id = "a533…"`` in a preview's dummy data, ``data-id="5726…"``, ``$userId = "55e5…"``,
  ``ObjectId("…")``, a glyph's ``"uid": "e994…"`` in an icon font's config), or an ObjectId-shaped value on a line that names no credential (``Link::connect("54fe…", …)``): the id of
  a record, public wherever the record is. A name that also says key, token, secret, password, session or nonce keeps the hint
  (``key_id``, ``tokenId``, ``sessionid``);
- a hexadecimal key opening an object (``"101da9f13b64a08fa4b6ac1168e89e5f": {"name": "Places", …}``, the layer groups under a
  Mapbox or MapLibre style's ``"maplibre:groups"``): the id of the record it keys, a name; a credential is a value, never the
  key of a record's fields; and each layer's ``"maplibre:group": "101da9f1…"`` (``mapbox:group``) naming its group by that id;
- a key whose only credential word is the start of an ordinary word (``'secretariat' => 'Secretariat'``, a contact form's
  recipients; ``secretaire``, ``secretary``): detect-secrets reads any word holding "secret"; a credential's key says secret as
  a word or a compound of one (``secret``, ``client_secret``, ``secretKey``, ``app_secret``);
- a digest's length of hexadecimal digits (32, 40, 64 or 128) given to a name that says its algorithm or role (``"sha256": "6096…"``
  beside a release's ``download_url`` in its version.json, ``md5``, ``checksum``, ``file_hash``, ``digest``): a file's public
  fingerprint. A name that also says key, token, secret, password, salt, hmac or signature keeps the hint;
- an enumeration's member given its own name (``PASSWORD_CHANGE = 'password_change', 'Changement de mot de passe'``) or an event
  named for an action on the password (``'password_reset': 'critical'``) given a lower-case word: a label, no credential.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a constant's name saying it names a parameter, a header, a field or an attribute (PARAM_USER_PASSWORD, HEADER_X_SECRET,
# FIELD_PASSWORD, PASSWORD_PARAM, ATTRIBUTE_TOKEN_NAME…)
_NAMING_KEY = lazy_compile(r"(?:^|[\s.])(?:(?:PARAMETER|PARAM|HEADER|FIELD|ATTRIBUTE|ATTR|PROPERTY|PROP|INPUT|FORM|COOKIE|MARK|LABEL|COLUMN|JSON)_[A-Z0-9_]*"
                           r"|[A-Z0-9_]*_(?:PARAMETER|PARAM|HEADER|FIELD|ATTRIBUTE|ATTR|PROPERTY|PROP|COLUMN|LABEL|NAME))\s*$")
# the value a parameter's name is: words of letters joined by -, _ or . (camelCase included), one of them naming the credential
_NAME_VALUE = lazy_compile(r"^[A-Za-z]+(?:[-_.][A-Za-z]+){0,5}$")
_CREDENTIAL_WORD = lazy_compile(r"pass|secret|token|pwd|key|auth|credential|mdp", re.I)
_ASSIGN = lazy_compile(r"(?<![=!<>])=(?![=>])|(?<!:):(?!:)|=>")


def _key_and_value(line: str) -> tuple[str, str] | None:
    parts = _ASSIGN.split(line or "", maxsplit=1)
    if len(parts) != 2:
        return None
    key = parts[0].strip().strip("'\"").strip()
    m = re.match(r"""\s*(['"])([^'"]{1,120})\1""", parts[1])
    return (key, m.group(2)) if m else None


# the ordinary words that begin with "secret" (the secretariat, a secretary, secrétaire) and detect-secrets' other key words
_ORDINARY_SECRET_WORD = lazy_compile(r"secr[eé]t(?:ariats?|arial|ary|aries|aires?)", re.I)
_KEYWORD = lazy_compile(r"(?:api|auth|service|account|db|database|priv|private|client)_?key|(?:db|database|key)_?pass|password|passwd|pwd"
                        r"|secret|contrase[ñn]a", re.I)


def _ordinary_word_key(line: str) -> bool:
    """The key holds "secret" only as the start of an ordinary word (see the module's docstring)."""
    kv = _key_and_value(line)
    return bool(kv) and bool(_ORDINARY_SECRET_WORD.search(kv[0])) and not _KEYWORD.search(_ORDINARY_SECRET_WORD.sub(" ", kv[0]))


_LARAVEL_BROKER = lazy_compile(r"""^\s*['"]passwords['"]\s*=>\s*['"][a-z_]+['"]\s*,?\s*$""")
_COMMENT = lazy_compile(r"^\s*(?://|#|\*|/\*|--|<!--)")
_URL = lazy_compile(r"""https?://[^\s"'<>]{1,2000}(?:'[^'\s]{1,200}'[^\s"<>]{0,2000})?""")
_CREDENTIAL_PARAM = lazy_compile(r"[?&](?:[\w-]*(?:key|token|secret|password|passwd|pwd|signature|sig|auth)[\w-]*)=([^&#\s]*)", re.I)


_OBJECT_ID = lazy_compile(r"^[0-9a-f]{24}$")
_OBJECT_ID_SECONDS = (0x4B000000, 0x78000000)  # (2009-12-09 … 2033-10-31: when MongoDB made the ids)
_ENV_KEY = lazy_compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]{0,80})\s*[=:]")


def object_id(line: str, value: str) -> bool:
    """A MongoDB ObjectId under a setting whose name says no credential (see the module's docstring)."""
    if not _OBJECT_ID.match(value) or not _OBJECT_ID_SECONDS[0] <= int(value[:8], 16) < _OBJECT_ID_SECONDS[1]:
        return False
    m = _ENV_KEY.match(line or "")
    return bool(m) and not _CREDENTIAL_WORD.search(m.group(1)) and not re.search(r"(?i)sig|salt|hash|hmac|cred|priv", m.group(1))


# the name a quoted value is given to, just before it: a key ("id":"…", customerId : '…'), an attribute (data-id="…"), a named
# argument (id = "…") or a variable ($userId = "…"); or MongoDB's ObjectId("…") around it
_VALUE_NAME = lazy_compile(r"""([A-Za-z_][\w.-]{0,80})['"\]]?\s*(?:=>|:=|=|:)\s*['"]$|\bObjectId\(\s*['"]$""", re.I)
# the words of a name, split at separators and camelCase (customerId, clientID, data-id, record_id)
_NAME_WORD = lazy_compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# an identifier's last word: id, uid, uuid, guid, oid, or a word ending in "id" (recordid, objectid, userid); a uid, the "unique id"
# of a record (each glyph's "uid": "e994…" in a Fontello icon-font config.json, a Grafana dashboard's uid; issue 12, s37 fg37 =
# OPEN-ENT-NG/ent-mobile)
_ID_WORD = lazy_compile(r"(?:u?ids?|uuid|guid|oid|[a-z]{3,}id)$")
# what an id may also be: a session's, a request's guard, a signing key's
_NOT_AN_ID = lazy_compile(r"sess|csrf|xsrf|nonce|sig|salt|hash|hmac|cred|priv", re.I)


def identifier_value(line: str, value: str) -> bool:
    """A hexadecimal value given to an identifier's name, or an ObjectId on a line naming no credential (see the docstring)."""
    at = (line or "").find(value) if value else -1
    if at < 0:
        return False
    m = _VALUE_NAME.search(line[max(0, at - 120):at])
    if m and not m.group(1):  # ObjectId("…")
        return True
    if m:
        words = _NAME_WORD.findall(m.group(1))
        if words and _ID_WORD.fullmatch(words[-1].lower()) and not _CREDENTIAL_WORD.search(m.group(1)) and not _NOT_AN_ID.search(m.group(1)):
            return True
    # (an ObjectId written alone, as an argument or in a list: no word of the line says credential)
    rest = line.replace(value, " ")
    return bool(_OBJECT_ID.match(value)) and _OBJECT_ID_SECONDS[0] <= int(value[:8], 16) < _OBJECT_ID_SECONDS[1] \
        and not _CREDENTIAL_WORD.search(rest) and not _NOT_AN_ID.search(rest)


# a quoted hexadecimal key whose value is an object, on its own line or as an inline map's first key
_RECORD_KEY = lazy_compile(r"""^\s*\{?\s*["']([0-9a-fA-F]{16,64})["']\s*:\s*\{""")
_STYLE_GROUP = lazy_compile(r"""["'](?:mapbox|maplibre):group["']\s*:\s*["']([0-9a-fA-F]{16,64})["']""")


# a digest's name: its algorithm (sha256, sha-1, md5, blake2b) or its role (checksum, digest, hash, sha256sum), as the name's last word
_DIGEST_WORD = lazy_compile(r"(?:sha-?(?:1|224|256|384|512)|md5|blake2[bs]?|checksums?|digest|hash|(?:sha-?\d{1,3}|md5)sums?)$", re.I)
_DIGEST_LENGTHS = frozenset({32, 40, 64, 128})


def digest_value(line: str, value: str) -> bool:
    """A hexadecimal digest given to a name saying its algorithm or role (see the module's docstring)."""
    at = (line or "").find(value) if value else -1
    if at < 0 or len(value) not in _DIGEST_LENGTHS or not re.fullmatch(r"[0-9a-fA-F]+", value):
        return False
    m = _VALUE_NAME.search(line[max(0, at - 120):at])
    if not m or not m.group(1):
        return False
    name = m.group(1).rsplit(".", 1)[-1]
    words = re.split(r"[-_]+|(?<=[a-z])(?=[A-Z])", name)
    return bool(_DIGEST_WORD.fullmatch(words[-1] or "")) and not _CREDENTIAL_WORD.search(name) \
        and not re.search(r"(?i)salt|hmac|sig|cred|priv", name)


# an enumeration's member whose value is its own name (PASSWORD_CHANGE = 'password_change', 'Changement de mot de passe': a Django
# TextChoices' value and label), or an event named for an action on the password ('password_reset': 'critical', its severity): a
# name given a word, no credential (issue 12, s44 fk44 = gestionsiteccsa/MediaBib)
_EVENT_KEY = lazy_compile(r"^(?:password|passwd|pwd|mdp)_(?:change|changed|reset|expired|forgotten|forgot|lost|update|updated)$", re.I)


def _event_label(line: str) -> bool:
    kv = _key_and_value(line)
    if not kv or not re.fullmatch(r"[a-z][a-z_]{0,60}", kv[1]):
        return False
    return kv[1] == kv[0].lower() or bool(_EVENT_KEY.match(kv[0]))


def names_no_value(kind: str, line: str, value: str) -> bool:
    """The hit is a name (of a parameter, a broker, a shared item), not a credential: see the module's docstring."""
    value = (value or "").strip().strip("'\"")
    if kind == "Hex High Entropy String" and digest_value(line, value):
        return True  # (a release file's "sha256": a public fingerprint)
    if kind == "Hex High Entropy String" and (object_id(line, value) or identifier_value(line, value)):
        return True
    if kind == "Hex High Entropy String" and any(m.group(1) == value for m in (_RECORD_KEY.match(line or ""), _STYLE_GROUP.search(line or "")) if m):
        return True  # (the id a record is keyed by, a map style's layer group)
    if kind == "Secret Keyword":
        if _LARAVEL_BROKER.match(line or "") or _ordinary_word_key(line) or _event_label(line):
            return True
        kv = _key_and_value(line)
        if kv and _NAMING_KEY.search(kv[0]) and _NAME_VALUE.match(kv[1]) and _CREDENTIAL_WORD.search(kv[1]):
            return True
        return False
    if kind in ("Base64 High Entropy String", "Hex High Entropy String") and value and _COMMENT.match(line or ""):
        for url in _URL.findall(line):
            if value in url:
                # (not when the value is what a key, token or signature parameter gives)
                return not any(value in (m.group(1) or "") for m in _CREDENTIAL_PARAM.finditer(url))
    return False
