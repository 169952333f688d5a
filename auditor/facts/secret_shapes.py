"""Credentials :mod:`auditor.facts.secret_assignments` names by their shape, each with its finding kind: a framework's signing key
given as a literal (Django's ``SECRET_KEY = '…'``), Spring Security's remember-me key, a Slack token in clear in Travis CI's
notifications, a password's environment read with a literal fallback, and a key, secret or salt a signing or encryption call of
the same file is given. Values never leave the fact."""

from __future__ import annotations

import re

from auditor.facts.secret_values import PLACEHOLDER, _password_like, _random_value, placeholder_value


# A Python settings module's signing key given as a literal (Django's settings.py ``SECRET_KEY = '!jhy…(n3'``, a Flask config's):
# it signs the sessions, password-reset links and CSRF tokens, so whoever has it forges them ("keep the secret key used in production
# secret!", Django's own settings template and deployment checklist). detect-secrets' keyword rule wants a value that opens on a word
# character, and Django's generator draws from "!@#$%^&*(-_=+)" too: a key starting with one of those was never read (issue 12, s27)
_SIGNING_KEY = re.compile(r"""^\s*SECRET_KEY\s*=\s*[rbuRBU]?(['"])([^'"\s]{20,})\1\s*(?:#.*)?$""")
SIGNING_KEY_KIND = "Framework secret key (SECRET_KEY)"
# Spring Security's remember-me key (JHipster's jhipster.security.remember-me.key, "this key should be unique for your application, and
# kept secret"): it signs the remember-me cookies, so whoever has it signs in as anyone; JHipster's .yo-rc.json keeps it as
# rememberMeKey. No keyword detect-secrets knows ("key:" under "rememberme:"), where the same generator's JWT "base64-secret" is one
# (issue 12, s31 h31: a Région's JHipster 2 application, its key in the application.yml every profile reads)
REMEMBER_ME_KIND = "Remember-me key (Spring Security)"
_REMEMBER_ME_LINE = re.compile(r"""^\s*['"]?(?:[\w.-]*remember-?me[._-]?key|rememberMeKey)['"]?\s*[=:]\s*['"]?([^'"\s,#]{16,})""", re.I)
_YAML_KEY = re.compile(r"""^(\s*)key\s*:\s*['"]?([^'"\s,#]{16,})""")
_YAML_PARENT = re.compile(r"""^(\s*)(?:remember-?me)\s*:\s*(?:#.*)?$""", re.I)


def remember_me_keys(path: str, text: str) -> list[tuple[int, str]]:
    """(line, value) of each remember-me key given a generated value: ``remember-me.key=…`` or ``"rememberMeKey": "…"`` on one line,
    or a YAML ``key: …`` right under a ``rememberme:`` / ``remember-me:`` block."""
    if "emember" not in text:
        return []
    out, lines = [], text.split("\n")
    yaml = path.lower().endswith((".yml", ".yaml"))
    for number, line in enumerate(lines, 1):
        m = _REMEMBER_ME_LINE.match(line)
        if not m and yaml and (k := _YAML_KEY.match(line)):
            parent = next((x for x in reversed(lines[:number - 1]) if x.strip() and not x.lstrip().startswith("#")
                           and len(x) - len(x.lstrip()) < len(k.group(1))), "")
            m = k if _YAML_PARENT.match(parent) else None
        value = m.group(m.lastindex) if m else ""
        if value and not PLACEHOLDER.match(value) and not placeholder_value(value) and _random_value(f"={value}") and "${" not in value:
            out.append((number, value))
    return out

# A Slack integration token in Travis CI's notifications, in clear (``notifications: slack: <account>:<token>``, or a ``rooms:`` list of
# ``<account>:<token>#<channel>``): whoever reads it posts into the team's channel; Travis asks to encrypt it (``secure: …``). No
# keyword detect-secrets knows, and too short for its entropy rule (issue 12, s35 i35: a town's CCAS application, its room in clear)
TRAVIS_SLACK_KIND = "Slack token in Travis CI notifications"
_TRAVIS_FILE = re.compile(r"(?:^|/)\.travis\.ya?ml$")
_SLACK_KEY = re.compile(r"""^(\s*)slack\s*:\s*(.*)$""")
_SLACK_ROOM = re.compile(r"""^(?:-\s*|rooms\s*:\s*)?(['"]?)([A-Za-z0-9][\w.-]{0,80}):([A-Za-z0-9]{16,64})(?:#[^\s'"]*)?\1\s*(?:#.*)?$""")


def travis_slack_tokens(path: str, text: str) -> list[tuple[int, str]]:
    """(line, token) of each Slack token written in clear under a Travis CI file's ``slack:`` notification (on its line or in its
    block: ``rooms:`` and its list items); an encrypted ``secure:`` value is none."""
    if not _TRAVIS_FILE.search(path) or "slack" not in text:
        return []
    out, block = [], None  # (the slack key's indentation while inside its block)
    for number, line in enumerate(text.split("\n"), 1):
        indent = len(line) - len(line.lstrip())
        if block is not None and line.strip() and not line.lstrip().startswith("#") and indent <= block:
            block = None
        if (k := _SLACK_KEY.match(line)) is not None:
            block, rest = len(k.group(1)), k.group(2).strip()
        elif block is not None:
            rest = line.strip()
        else:
            continue
        m = _SLACK_ROOM.match(rest) if rest and not rest.startswith("secure") else None
        if m and re.search(r"\d", m.group(3)) and re.search(r"[A-Za-z]", m.group(3)) and not PLACEHOLDER.match(m.group(3)):
            out.append((number, m.group(3)))
    return out


ENV_DEFAULT_KIND = "Password default of an environment read"


# Flask's session-signing key set in the application's code (``app.secret_key = '…'``, ``app.config['SECRET_KEY'] = '…'``,
# ``app.config.update(SECRET_KEY='…')``): every deployment signs its session cookies with the published key, whatever its entropy;
# a value read from the environment is no literal here (s39 ff39, a commune's mail2pdf: app.secret_key = 'supersecretkey')
_FLASK_KEY = re.compile(r"""(?<![\w$])(?:[A-Za-z_][\w.]*\.secret_key|[A-Za-z_][\w.]*\.config\s*\[\s*(['"])SECRET_KEY\1\s*\]|(?:(?<=[(,\s])|^)SECRET_KEY)"""
                        r"""\s*=(?!=)\s*[rbuRBU]?(['"])([^'"\n]{1,200})\2""")
FRAMEWORK_KEY_WORD_KIND = "Framework secret key written in code (a word)"


def framework_key(line: str) -> str | None:
    """The literal a Flask application's ``secret_key`` (or its config's ``SECRET_KEY``) is given on ``line``, or None: not empty,
    no substitution (``${…}``, ``%(…)s``, ``{{ … }}``), not Django's marked throw-away key."""
    m = _FLASK_KEY.search(line[:4000]) if "ecret_key" in line or "SECRET_KEY" in line else None
    if not m or line.lstrip().startswith("#"):
        return None
    value = m.group(3)
    if not value.strip() or value.startswith("django-insecure-") or re.search(r"\$\{|%\(|\{\{|^<.*>$", value):
        return None
    return value


def signing_key(line: str) -> str | None:
    """The literal of a ``SECRET_KEY = '…'`` (or Flask ``app.secret_key = '…'``) line that looks generated: 20 characters or more, 10 distinct, not a placeholder nor
    words joined by dashes (``'this-is-not-secret-for-dev'``), not Django's marked throw-away key (``django-insecure-…``, which
    its deploy checks refuse: the keyword hint's rule)."""
    m = _SIGNING_KEY.match(line) if "SECRET_KEY" in line else None
    value = m.group(2) if m else framework_key(line)  # (or Flask's app.secret_key = '…', of the same role)
    if value is None:
        return None
    if value.startswith("django-insecure-") or placeholder_value(value) or len(set(value)) < 10 or re.fullmatch(r"[A-Za-z._-]+", value):
        return None
    return value


# CodeIgniter's encryption key set as a literal in its settings (application/config/config.php ``$config['encryption_key'] = '…'``,
# which the framework ships empty, "if you use the Encryption class, you must set an encryption key"): it encrypts the sessions,
# cookies and data the application keeps, so whoever has it reads and forges them, as Django's SECRET_KEY (issue 12, s43 fe43 =
# Louischaill/Foissy-sur-Vanne: 40 hex digits, only "a high-entropy string to review"). Empty, a placeholder or a substitution is none
_CI_ENCRYPTION_KEY = re.compile(r"""^\s*\$config\s*\[\s*(['"])encryption_key\1\s*\]\s*=\s*(['"])([^'"\n]{1,200})\2\s*;""")
ENCRYPTION_KEY_KIND = "Framework encryption key (encryption_key)"


def php_encryption_key(line: str) -> tuple[str, bool] | None:
    """The literal CodeIgniter's ``$config['encryption_key']`` is given on ``line`` and whether it looks generated (else a word, a
    hint), or None: empty, a placeholder, a substitution (``getenv(…)`` is no literal)."""
    m = _CI_ENCRYPTION_KEY.match(line[:4000]) if "encryption_key" in line else None
    if not m or not m.group(3).strip() or placeholder_value(m.group(3)) or PLACEHOLDER.match(m.group(3)) or re.search(r"\$\{|\{\{|^<.*>$", m.group(3)):
        return None
    value = m.group(3)
    return value, len(set(value)) >= 10 and not re.fullmatch(r"[A-Za-z ._-]+", value)


# Firebase Cloud Messaging's legacy server key (``AAAA<7 characters>:APA91b<about 134>``, the Firebase console's "Server key"): whoever
# has it sends notifications to every device of the application; in code (a PHP controller's ``$server_key = 'AAAA…'`` given to
# setApiKey()) or settings alike. A device's registration token (``<22 characters>:APA91b…``) is no key (s39 ff39)
FCM_SERVER_KEY = re.compile(r"(?<![\w-])AAAA[\w-]{7}:APA91b[\w-]{100,}")
FCM_KIND = "Firebase Cloud Messaging server key"


# Elastic App Search's (Enterprise Search's) private API key, ``private-`` and 24 lower-case letters and digits (its public search key is
# ``search-…``, shipped to browsers): whoever has it writes and deletes the engines' documents; in code or settings it is the
# deployment's, in a page it is one when the page names a real server beside it (a YAML block's ``host: 'https://<name>.ent.<region>.
# elastic-cloud.com'`` then ``token: 'private-…'``): issue 12, s43 fh43 = geoffroycochard/vom-elasticsearch
ELASTIC_PRIVATE_KEY = re.compile(r"(?<![\w-])private-(?=[a-z0-9]{0,23}\d)(?=[a-z0-9]{0,23}[a-z])[a-z0-9]{24}(?![\w-])")
ELASTIC_KIND = "Elastic App Search private key"
_URL_HOST = re.compile(r"\bhttps?://([A-Za-z0-9][\w.-]{0,252})")


def elastic_private_key(line: str) -> str | None:
    """The Elastic private key the line gives (see :data:`ELASTIC_PRIVATE_KEY`), unless a filler (four identical characters in a row)."""
    m = ELASTIC_PRIVATE_KEY.search(line[:4000]) if "private-" in line else None
    return m.group(0) if m and not re.search(r"(.)\1{3}", m.group(0)) else None


def page_server_beside(lines: list[str], number: int, internet_host) -> bool:
    """A server of the Internet named within five lines of line ``number`` (1-based) of a page: an http(s) address whose host
    ``internet_host`` accepts."""
    return any(internet_host(m.group(1)) for text in lines[max(0, number - 6):number + 5] for m in _URL_HOST.finditer(text[:4000]))


# A password's environment read with a literal fallback (an install script's ``DATABASE_PASSWORD=${DATABASE_PASSWORD:-"okdq…"}``, a PHP
# config's ``env('DB_PASSWORD', $isLocal ? '' : 'Sf4d…')``, ``os.environ.get("DB_PASSWORD", "…")``, ``process.env.DB_PASS || '…'``):
# every installation that does not set the variable runs with that password, published with the code (issue 12, s27). Likewise a
# browser's stored password read with a literal fallback (``localStorage.getItem(K_PWD) || 'lestiac2026'``: the password of every
# browser that has not set another, published in the page — s40 fi40 = Korno1970/Commissions-mairie-Lestiac)
_ENV_READ_NAME = re.compile(r"""(?:\$\{|\b(?:getenv|env|environ\.get|getEnv|get_env)\s*\(\s*['"]|\bprocess\.env\.|\benviron\[['"]"""
                            r"""|\b(?:local|session)Storage\.getItem\s*\(\s*['"]?)"""
                            r"""([A-Za-z_]*(?:pass(?:word|wd)?|pwd|mdp)[A-Za-z_]*)""", re.I)
_SHELL_DEFAULT = re.compile(r"""^:?-\s*(?:"([^"\s}]+)"|'([^'\s}]+)'|([^"'\s}]+))\}""")
_QUOTED = re.compile(r"""(['"])([^'"\s]{8,64})\1""")
# a fallback that says it is one (a developer's key: "dev-only-1234", "insecure-default-2024", "local123pass")
_DEV_WORDS = re.compile(r"dev|local|insecure|default|change|dummy|fake|sample|todo|django-insecure", re.I)


def env_default_password(line: str) -> str | None:
    """The literal fallback of a password's environment read on ``line`` that looks like a real password (letters and a digit,
    8 to 64 characters, no word of its role, no placeholder, not marked as a development value), or None."""
    for m in _ENV_READ_NAME.finditer(line[:4000]):
        rest = line[m.end():].split(";", 1)[0]  # (the statement's own fallback, not a later one's literal)
        shell = _SHELL_DEFAULT.match(rest) if line[m.start()] == "$" else None
        values = [next(v for v in shell.groups() if v is not None)] if shell else \
            ([] if line[m.start()] == "$" else [q.group(2) for q in _QUOTED.finditer(rest)])
        for value in values:
            if len(value) >= 8 and _password_like(value) and not placeholder_value(value) and not _DEV_WORDS.search(value):
                return value
    return None


# A key's, token's or secret's environment read with a literal fallback that looks random (``os.environ.get('API_KEY',
# 'zzGvtoVbBg43+JnVVvbhsvgHXJNFIqL7')``, the key guarding a service's /kill and /start: govpf/pgsync-wrapper, issue 12, s40 ff40):
# every deployment that does not set the variable accepts that key, published with the code. Not a name for where the key is
# (API_KEY_FILE, TOKEN_URL), a public one (SITE_KEY, PUBLIC_KEY) or an identifier (ACCESS_KEY_ID); not a fallback of words
# (changeme, dev-key, my-app-token-2024), under 16 characters, or with no digit.
ENV_DEFAULT_KEY_KIND = "Key or token default of an environment read"
_ENV_KEY_NAME = re.compile(r"""(?:\$\{|\b(?:getenv|env|environ\.get|getEnv|get_env)\s*\(\s*['"]|\bprocess\.env\.|\benviron\[['"])"""
                           r"""([A-Za-z_]*(?:key|token|secret)[A-Za-z_]*)""", re.I)
_NOT_A_KEY_NAME = re.compile(r"(?:url|uri|path|file|dir|name|header|id|ttl|length|size|type|expir\w*)$|public|site_?key|publishable|anon", re.I)
_KEY_QUOTED = re.compile(r"""(['"])([A-Za-z0-9+/=_.~-]{16,200})\1""")


def env_default_key(line: str) -> str | None:
    """The literal fallback of a key's, token's or secret's environment read on ``line`` that looks random (16 to 200 characters
    of a key's alphabet, letters and a digit, not words joined by separators, no placeholder nor development marker), or None."""
    for m in _ENV_KEY_NAME.finditer(line[:4000]):
        if _NOT_A_KEY_NAME.search(m.group(1)):
            continue
        rest = line[m.end():].split(";", 1)[0]
        shell = _SHELL_DEFAULT.match(rest) if line[m.start()] == "$" else None
        values = [next(v for v in shell.groups() if v is not None)] if shell else \
            ([] if line[m.start()] == "$" else [q.group(2) for q in _KEY_QUOTED.finditer(rest)])
        for value in values:
            words = [w for w in re.split(r"[-_.~]", value) if w]
            if len(value) >= 16 and re.search(r"[A-Za-z]", value) and re.search(r"\d", value) and "://" not in value \
                    and not (len(words) > 1 and all(w.isalpha() or w.isdigit() for w in words)) \
                    and not placeholder_value(value) and not _DEV_WORDS.search(value) and not _KEY_WORDS.search(value):
                return value
    return None


_KEY_WORDS = re.compile(r"secret|token|key|example|exemple|sample|test|demo|xxxx", re.I)


# A key, secret or salt written as a literal and given to a signing or encryption call of the same file (a PHP service's
# ``private const TOKEN_SECRET = '…'`` then ``hash_hmac('sha256', $data, self::TOKEN_SECRET)``, signing the links that delete a
# newsletter contact): whoever reads the code forges what it signs, and a constant no configuration overrides (issue 12, s30)
HMAC_KEY_KIND = "Signing key in code"
_KEY_LITERAL = re.compile(r"""(?<![\w$])\$?([A-Za-z_]\w*(?:secret|key|salt)\w*)['"]?\s*(?:=>|:=?|=(?![=>]))\s*[rbuRBU]?(['"])([^'"\s]{8,})\2""", re.I)
_SIGNING_CALL = re.compile(r"""\b(?:hash_hmac|hash_hmac_file|hmac\.new|hmac\.digest|createHmac|HmacUtils\.\w+|SecretKeySpec|"""
                           r"""(?:jwt|JWT|jsonwebtoken)(?:\.|::)(?:encode|sign|decode|verify)|openssl_(?:en|de)crypt|hash_pbkdf2|OpenSSL::HMAC\.\w+)\s*\(([^;]{0,400})""")


def signing_keys(text: str) -> list[tuple[str, str, int]]:
    """(name, value, line) of each literal key, secret or salt that a signing or encryption call of ``text`` is given, by its
    name (``self::TOKEN_SECRET``, ``SECRET``, ``$this->key``; not a quoted name, ``getenv('TOKEN_SECRET')``); placeholders and
    development markers are no key."""
    if not _SIGNING_CALL.search(text):
        return []
    args = " ".join(m.group(1) for m in _SIGNING_CALL.finditer(text))
    out = []
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > 4000 or line.lstrip().startswith(("#", "//", "*")):
            continue
        for m in _KEY_LITERAL.finditer(line):
            name, value = m.group(1), m.group(3)
            if placeholder_value(value) or _DEV_WORDS.search(value) or not re.search(r"(?<![\w$'\"])" + re.escape(name) + r"(?![\w'\"])", args):
                continue
            out.append((name, value, number))
            break
    return out
