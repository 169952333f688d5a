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
  secret or password setting keeps its hint whatever its value.
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


def names_no_value(kind: str, line: str, value: str) -> bool:
    """The hit is a name (of a parameter, a broker, a shared item), not a credential: see the module's docstring."""
    value = (value or "").strip().strip("'\"")
    if kind == "Hex High Entropy String" and object_id(line, value):
        return True
    if kind == "Secret Keyword":
        if _LARAVEL_BROKER.match(line or ""):
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
