"""A committed ``.env`` setting named as a key the application encrypts or signs with: Laravel's ``APP_KEY=base64:<32 random
bytes>`` (``php artisan key:generate`` writes it; it encrypts the sessions, cookies and values the application keeps, so whoever
has it reads and forges them), any ``*_KEY`` in that shape, an ``ENCRYPTION_KEY`` or ``SESSION_KEY`` given a generated value. Not a
key's identifier (``*_KEY_ID``), a public key (``VAPID_PUBLIC_KEY``), a service's site key (``RECAPTCHA3_KEY``, public by design) nor
a word (``APP_KEY=changeme``): only a generated value
(issue 12, s43 fm43 = DimitriZindovic/CCAS_Bois_Colombes, the .env its .gitignore lists committed with Laravel's key; the same
rule as CodeIgniter's encryption_key in code, s43 fe43). Empty, or in a template (.env.example), it is none."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_KEY_NAME = lazy_compile(r"(?:^|_)KEY$", re.I)
# the key an application encrypts or signs its own data with, by its name (APP_KEY, ENCRYPTION_KEY, SESSION_KEY…); a service's key
# under another name (RECAPTCHA3_KEY, a site key public by design) is judged by the secret words and shapes, not here
_OWN_KEY_NAME = lazy_compile(r"(?:^|_)(?:APP|APPLICATION|ENCRYPTION|ENCRYPT|CRYPT|CIPHER|MASTER|SIGNING|SESSION|COOKIE)_?KEY$", re.I)
_PUBLIC = lazy_compile(r"(?:^|_)(?:PUBLIC|PUB|PUBLISHABLE)(?:_|$)", re.I)
# Laravel's key: "base64:" then 32 bytes in base64 (44 characters, one "=" of padding); or 32 hex digits or more
_LARAVEL_KEY = lazy_compile(r"^base64:[A-Za-z0-9+/]{42,43}={0,2}$")
_GENERATED = lazy_compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9+/=_:.-]{16,200}$")


def encryption_key_setting(name: str, value: str) -> bool:
    """Whether ``name=value`` of a committed ``.env`` sets a key named as such (``*_KEY``, not public) to a generated value."""
    v = (value or "").split(" #")[0].strip().strip("'\"")
    if not _KEY_NAME.search(name or "") or _PUBLIC.search(name) or not v:
        return False
    return bool(_LARAVEL_KEY.match(v) or (_OWN_KEY_NAME.search(name) and _GENERATED.match(v) and not v.startswith(("$", "%", "{", "<", "@"))))
