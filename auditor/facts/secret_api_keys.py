"""A short API key written in a constant the code sends to a real service (issue 12, s40 ft40 = reader rj40, touristic/provencemed).

``API_KEY = "<8 characters>"`` then ``"apiKey": API_KEY`` in the body of a POST to ``https://api.<service>.com/…``: the partner
service's key, live and now public, though too short for detect-secrets' entropy guess (its keyword plugin calls it a string to
review). A constant named like an API key (``API_KEY``, ``APIKEY``, ``*_API_KEY``, ``apiKey``, in French ``CLEFAPI``, ``CLE_API``) given a literal of 8 to 128 characters
of letters and digits, no placeholder word (``YOUR_API_KEY``, ``changeme``, ``xxxxxxxx``), is a committed secret when the same file
sends that constant as a request's key parameter (``apiKey=``, ``api_key=``, ``key=``, a service's own ``appid=``, ``app_key=``,
``access_key=``, an ``Authorization`` or ``X-Api-Key`` header) and names a server on the Internet (``https://<host>``). The same constant never sent anywhere stays a string to review.
Read as text, never run; bounded by the caller's read (one file's first bytes)."""

from __future__ import annotations

import re

from auditor.facts.secret_docs import internet_host
from auditor.facts.secret_values import PLACEHOLDER, REDACTED
from auditor.lazyre import lazy_compile

MAX_TEXT = 512 * 1024
# NAME = "literal" (const/let/var/final…, a type annotation allowed): the constant's name and its value
_ASSIGN = lazy_compile(r"""(?<![\w$.])([A-Za-z_$][\w$]{0,60})[ \t]*(?::[ \t]*[\w.\[\]|]{1,30}[ \t]*)?=[ \t]*(["'])([^"'\s\\]{8,128})\2""")
# (and in French, "clé/clef API": CLEFAPI, CLE_API, cleApi, API_CLE; issue 12, s44 fk44 = DHoudetot-Cyril/pinf)
_KEY_NAME = lazy_compile(r"(?:^|_)(?:api_?key|cl[eé]f?_?api|api_?cl[eé]f?)$|^[a-z]\w*(?:ApiKey|Cl[eé]f?Api)$|^(?:apikey|cl[eé]f?api)$", re.I)
_URL_HOST = lazy_compile(r"""\bhttps?://([A-Za-z0-9][\w.-]{0,252})""")
_WORDS = lazy_compile(r"your|votre|my_?|change|replace|remplac|dummy|fake|test|example|exemple|sample|placeholder|secret|x{4,}|api_?key|cle|clef", re.I)


def _sent(name: str, text: str) -> bool:
    """The constant ``name`` given as a request's key: a key parameter's or header's value, or appended to a key= query."""
    n = re.escape(name)
    # (a service's own name for its key parameter: OpenWeatherMap's appid=, app_id, appkey, access_key)
    param = r"""["']?(?:api[_-]?key|apikey|key|x-api-key|authorization|ocp-apim-subscription-key|app_?id|app_?key|access_key)["']?"""
    return bool(re.search(param + r"""[ \t]*[:=][ \t]*(?:f?["'][^"'\n]{0,40}(?:\{|\$\{)[ \t]*)?""" + n + r"\b", text, re.I)
                or re.search(r"""[?&](?:api[_-]?key|apikey|key|app_?id|app_?key|access_key)=(?:["'][ \t]*(?:\+|\.)[ \t]*|\$?\{[ \t]*|["'][ \t]*%[ \t]*)""" + n + r"\b", text, re.I))


def sent_api_key(line: str, text: str) -> bool:
    """Whether ``line`` gives an API-key-named constant a chosen literal that ``text`` (its file) sends to a server on the
    Internet as its key."""
    m = _ASSIGN.search(line or "")
    if m is None or not _KEY_NAME.search(m.group(1).lstrip("$")):
        return False
    value = m.group(3)
    if PLACEHOLDER.match(value) or REDACTED.match(value) or _WORDS.search(value) or len(set(value)) < 4 \
            or not (re.search(r"[A-Za-z]", value) and re.search(r"\d", value)):
        return False
    text = text[:MAX_TEXT]
    return _sent(m.group(1), text) and any(internet_host(h.group(1)) for h in _URL_HOST.finditer(text))
