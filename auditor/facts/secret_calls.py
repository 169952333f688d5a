"""Passwords committed in forms neither detect-secrets nor a ``password = "…"`` rule reads:

- a literal password passed by position to a sign-in call (PHP's ``ldap_bind($conn, 'DOMAIN\\admin', 'S3cr3t')``,
  ``ftp_login``, ``ssh2_auth_password``, ``mysqli_connect``/``new PDO``'s third argument, python-ldap's
  ``simple_bind_s(dn, 'S3cr3t')``, Perl's ``DBI->connect($dsn, 'user', 'S3cr3t')``, a database connection whose address comes
  first, JDBC's ``DriverManager.getConnection(url, user, password)`` or the project's own wrapper of it,
  ``db.connection("10.0.0.12:5432/base", "compte", "S3cr3t")``): the argument has no name, so no
  keyword rule sees it; and one given by name to a sign-in method (Perl's Net::LDAP ``$ldap->bind($dn, password =>
  'S3cr3t')``), which a keyword rule only takes for a string to review;
- a literal given to a password setter or builder (``dataSource.setPassword("S3cr3t")``, ``sslConfig.setKeyStorePass("…")``,
  ``user.set_password("…")``) or put into a map of passwords (an HTTP Basic filter's ``passwords.put("ADMIN", "…")``,
  ``props.setProperty("mail.smtp.password", "…")``): the method or the map names the literal, whatever its shape;
- a literal piped to ``sudo -S`` (``echo "S3cr3t" | sudo -S ogr2ogr …``): the machine's administrator password;
- ``password=…`` inside a libpq or ODBC keyword connection string to a named server (``PG:"host=10.0.0.4 user=postgres
  password=S3cr3t"``), a local or placeholder host and a placeholder password left out, and a call's keyword arguments
  naming variables too (``psycopg2.connect(host=self.host, …, password=self.pwd)``); a PHP file's variables assigned a literal
  once (``$passwd = "S3cr3t";``) count as that literal in its connection strings and sign-in calls
  (``pg_pconnect("host=$host … password=$passwd")``);
- a settings file committed beside its own template (``settings.ini`` and ``settings.ini.sample``) whose password setting
  the template leaves empty or to fill in and the real file fills in (``user_pg_pass=…``): the installed instance's value.
Findings are ``(type, line, hash, line text)`` like :func:`auditor.facts.secrets.scan`'s; values never leave the fact."""

from __future__ import annotations

import hashlib
import re

from auditor.facts.secret_known_defaults import DEFAULT_DSN_KIND, WELL_KNOWN_DEFAULT
from auditor.facts.secret_values import ENV_ASSIGN, LOCAL_HOST, PLACEHOLDER, REDACTED
from auditor.lazyre import lazy_compile
from auditor.pathparts import TEMPLATE_WORDS

# call → index of its password argument (0-based)
_SIGN_IN_CALLS = {"ldap_bind": 2, "ldap_bind_ext": 2, "ftp_login": 2, "ssh2_auth_password": 2, "mysqli_connect": 2,
                  "mysql_connect": 2, "mysql_pconnect": 2, "mysqli_real_connect": 3, "new mysqli": 2, "new pdo": 2,
                  "simple_bind_s": 1, "simple_bind": 1, "bind_s": 1, "dbi->connect": 2, "dbi->connect_cached": 2,
                  # (Java's own sign-in call, as PHP's new PDO: DriverManager.getConnection(url, "user", "…"), whatever the host; issue 12,
                  # s39 fe39 = elucas0/SAE-PNR, 46 calls towards localhost; its (url, properties) form gives no literal third)
                  "drivermanager.getconnection": 2}
_CALL = lazy_compile(r"(?<![\w$>.:])(ldap_bind(?:_ext)?|ftp_login|ssh2_auth_password|mysqli_(?:real_)?connect|mysql_p?connect|new\s+mysqli|new\s+PDO)\s*\(|"
                     r"\.(simple_bind_s|simple_bind|bind_s)\s*\(|\b(DBI\s*->\s*connect(?:_cached)?|DriverManager\s*\.\s*getConnection)\s*\(", re.I)
# a credentials object built from an account and its password given by position, the password second (git2r's
# ``cred_user_pass("user", "…")``, httr's ``authenticate("user", "…")``, requests' ``HTTPBasicAuth("user", "…")`` and its
# ``auth=("user", "…")`` pair, aiohttp/httpx ``BasicAuth``, .NET's ``NetworkCredential``, JGit's
# ``UsernamePasswordCredentialsProvider``): the account's password, written where the credentials are made (issue 12, s41 fr41)
_CREDENTIAL_CALL = lazy_compile(r"(?<![\w$>.:])(?:git2r::)?cred_user_pass\s*\(|(?<![\w$>.:])(?:httr2?::)?authenticate\s*\(|"
                                r"(?<![\w$>])(?:requests\.auth\.|aiohttp\.|httpx\.)?(?:HTTP(?:Basic|Digest|Proxy)Auth|BasicAuth|DigestAuth)\s*\(|"
                                r"(?<![\w$])(?:new\s+)?(?:System\.Net\.)?NetworkCredential\s*\(|(?<![\w$])(?:new\s+)?UsernamePasswordCredentialsProvider\s*\(|"
                                r"(?<![\w$.])auth\s*=\s*\(")
# a sign-in method given its password by name (Perl's Net::LDAP ``$ldap->bind($dn, password => 'S3cr3t')``, a client's
# ``.login(user, password="…")``): the literal after the call's opening, on its line
_NAMED_CALL = lazy_compile(r"(?:->|\.)\s*(?:bind|login|connect|authenticate)\s*\(", re.I)
_NAMED_PASSWORD = lazy_compile(r"""(?<![\w$-])['"]?(?:password|passwd|pwd)['"]?\s*(?:=>|=(?!=)|:)\s*(?:'([^'\n]{1,64})'|"([^"$@\\\n]{1,64})")""", re.I)
# a quoted "value" that is a string's end, a variable concatenated and the next string's start: `"password="+mdp+" host="`
_CONCATENATED = lazy_compile(r"\s*(?:\+|\.|&|\|\|)\s*[A-Za-z_$]")
_ARG = lazy_compile(r"""\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\$\n]|\\[^$])*)"|([^,()'"]*))\s*""")
# echo "pw" | sudo -S (or -kS, -S -u postgres): the password sudo reads from its standard input
_SUDO_PIPE = lazy_compile(r"""\b(?:echo|printf)\s+(?:-[neE]+\s+)?(?:'([^'\n]{1,64})'|"([^"\n]{1,64})"|([^\s'"|;&]{1,64}))\s*\|\s*sudo\b[^|;&\n]{0,40}?\s-[A-Za-z]*S\b""")
# a keyword connection string's host and password (libpq, GDAL's PG:, ODBC): values without quotes or spaces
_DSN_HOST = lazy_compile(r"""(?<![\w-])(?:host|server|hostaddr)\s*=\s*([^\s'";&]+)""", re.I)
_DSN_PASSWORD = lazy_compile(r"""(?<![\w-])(?:password|pwd)\s*=\s*([^\s'";&)]+)""", re.I)
_NOT_LITERAL = ("$", "%", "{", "<", "@", "`", "#{")


def _hash(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "replace")).hexdigest()


# a call opening a database connection by position, the database's address first, then the account and its password (JDBC's
# DriverManager.getConnection(url, user, password), a project's own wrapper of it: postgreSQL.connection("10.0.0.12:5432/base",
# "compte", "…")): the address a JDBC URL, a URL with a scheme or host:port/database
# (or the project's own connection class built with them, ``new ConnectVPS("jdbc:mysql://<address>:3306/base", "user", "…")``,
# ``new DbConnexion(…)``, or a function named for a connection, ``getConnection(…)``, ``connectDB(…)``: issue 12, s36 v36)
_DB_CALL = lazy_compile(r"(?:(?:\.|->|::)\s*(?:getConnection|openConnection|open_connection|connection|connexion|connect)|"
                        r"\bnew\s+(?:[A-Za-z_]\w*\.)*[A-Za-z_]*?(?:connect|connexion|connection)\w*|"
                        r"(?<![\w.$>:])[A-Za-z_]*?(?:connect|connexion|connection)\w*)\s*\(", re.I)
_DB_ADDRESS = lazy_compile(r"^(?:jdbc:[a-z0-9]+:(?:thin:@)?(?://)?|[a-z][a-z0-9+]*://)([\w.-]+)|^([\w.-]+):\d{2,5}/[\w.$-]+$", re.I)
# a PHP variable given a literal once in the file ($l_passwd = "…";): what a connection string or a call built from it holds
_PHP_LITERAL = lazy_compile(r"""^[ \t]*\$([A-Za-z_]\w*)[ \t]*=[ \t]*(?:'([^'\\\n]{0,64})'|"([^"\\$\n]{0,64})")[ \t]*;""", re.M)
_PHP_VARIABLE = lazy_compile(r"\{?\$([A-Za-z_]\w*)\}?")
MAX_LITERALS = 200


def php_literals(text: str) -> dict[str, str]:
    """The PHP variables the file assigns one literal to, once (a name given two values is left out), at most MAX_LITERALS."""
    seen: dict[str, str | None] = {}
    for m in _PHP_LITERAL.finditer(text[:512 * 1024]):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        seen[m.group(1)] = value if seen.get(m.group(1), value) == value else None
        if len(seen) >= MAX_LITERALS:
            break
    return {k: v for k, v in seen.items() if v is not None}


def _resolved(line: str, literals: dict[str, str]) -> str:
    """The line with each PHP variable the file assigns a literal to replaced by that literal (the others left as written)."""
    return _PHP_VARIABLE.sub(lambda m: literals.get(m.group(1), m.group(0)), line) if literals and "$" in line else line


def db_call_password(line: str, literals: dict[str, str] | None = None) -> bool:
    """A literal password given third to a call whose first argument is a database's address on a named or addressed server
    (not a local or container host, not a placeholder)."""
    for m in _DB_CALL.finditer(line[:4000]):
        args = _arguments(line, m.end(), 3, literals)
        if len(args) < 3 or not args[0] or not _literal_password(args[2]):
            continue
        address = _DB_ADDRESS.match(args[0].strip())
        host = address and (address.group(1) or address.group(2))
        if host and not PLACEHOLDER.match(host) and not LOCAL_HOST.search("@" + host):
            return True
    return False


def _literal_password(value: str | None) -> bool:
    value = (value or "").strip()
    return 3 <= len(value) <= 64 and not value.startswith(_NOT_LITERAL) and " " not in value and not PLACEHOLDER.match(value) and not REDACTED.match(value)


def _arguments(line: str, start: int, count: int, literals: dict[str, str] | None = None) -> list[str | None]:
    """The first ``count`` arguments of the call opened at ``start``: a quoted literal's text (or the literal a PHP variable of
    ``literals`` holds), or None for any expression."""
    out: list[str | None] = []
    pos = start
    while len(out) < count:
        m = _ARG.match(line, pos)
        if not m or m.end() >= len(line) or line[m.end()] not in ",)":
            out.append(None)
            break
        literal = m.group(1) if m.group(1) is not None else m.group(2)
        if literal is None and literals and (var := re.fullmatch(r"\$([A-Za-z_]\w*)", (m.group(3) or "").strip())):
            literal = literals.get(var.group(1))
        out.append(literal)
        if line[m.end()] == ")":
            break
        pos = m.end() + 1
    return out


def call_password(line: str, literals: dict[str, str] | None = None) -> bool:
    """A literal password given by position to a sign-in call (not an empty anonymous bind, a variable or a placeholder; a PHP
    variable of ``literals``, assigned a literal in the file, gives its literal)."""
    for m in _CALL.finditer(line[:4000]):
        name = re.sub(r"\s+", "", m.group(3).lower()) if m.group(3) else re.sub(r"\s+", " ", (m.group(1) or m.group(2)).lower())
        index = _SIGN_IN_CALLS[name]
        args = _arguments(line, m.end(), index + 1, literals)
        if len(args) > index and _literal_password(args[index]):
            return True
    for m in _CREDENTIAL_CALL.finditer(line[:4000]):  # (the account first, a literal too: not a token's pair (key, secret) of variables)
        args = _arguments(line, m.end(), 2, literals)
        if len(args) == 2 and args[0] is not None and _given_literal(args[1]):
            return True
    for m in _NAMED_CALL.finditer(line[:4000]):
        named = _NAMED_PASSWORD.search(line, m.end(), min(len(line), m.end() + 400))
        value = named and (named.group(1) if named.group(1) is not None else named.group(2))
        # (not a string's end and a variable concatenated: psycopg2.connect("… password=" + mdp + " host=…"), whose quote after
        # password= closes the literal holding it, the "value" the concatenation of a dialog's field)
        if named and _literal_password(value) and not _CONCATENATED.match(value):
            return True
    return False


# a password given by name beside the account's name, as a call's keyword or hash arguments or an object literal's keys (Rails'
# ``http_basic_authenticate_with name: 'staging', password: '…'``, Ruby's ``:username => 'u', :password => '…'``, Python's
# ``connect(user='u', password='…')``, JS's ``auth: { user: 'u', password: '…' }``): the account's credentials written in the code
_KEYWORD_PASSWORD = lazy_compile(r"""(?<![\w$.>-]):?['"]?(?:password|passwd|pwd|secret)['"]?\s*(?:=>|=(?![=>])|:(?!:))\s*(?:'([^'\n]{1,64})'|"([^"$@\\\n]{1,64})")""", re.I)
_ACCOUNT_KEY = lazy_compile(r"""(?<![\w$.>-]):?['"]?(?:name|user|username|user_name|login|userid|user_id|uid)['"]?\s*(?:=>|=(?![=>])|:(?!:))""", re.I)
# the account's or the database's name, and this machine as the host, given as literals beside the password (a CakePHP connection's
# 'host' => 'localhost', 'login' => 'webrsa', 'password' => 'webrsa', 'database' => 'webrsa')
_ACCOUNT_VALUE = lazy_compile(r"""(?<![\w$.>-]):?['"]?(?:user|username|user_name|login|userid|user_id|uid|database|dbname|db_name|db)['"]?"""
                              r"""\s*(?:=>|=(?![=>])|:(?!:))\s*(?:'([^'\n]{1,64})'|"([^"\n]{1,64})")""", re.I)
# (or a name of one label, no domain: a Compose service's, "host": "database", reached only inside its composition; issue 12,
# s40 fm40 = georchestra/maelstro's DB_DEFAULT_CONFIG)
_LOCAL_HOST_VALUE = lazy_compile(r"""(?<![\w$.>-]):?['"]?(?:host|hostname|server|db_host)['"]?\s*(?:=>|=(?![=>])|:(?!:))\s*"""
                                 r"""['"](?:localhost|127\.0\.0\.1|::1|[A-Za-z][\w-]{0,62})(?::\d{1,5})?['"]""", re.I)
# a field's type or validation rule under the password's key (a schema's ``password: 'string'``, Laravel's ``'password' =>
# 'required|min:8'``), a word of the field's own role, or a dotted message key: no password
_NOT_A_PASSWORD = lazy_compile(r"^(?:string|text|str|varchar|char|required|optional|nullable|hidden|confirmed|sometimes|present|bool(?:ean)?|"
                               r"number|integer|int|secret)$|[|]|pass|pwd|mdp|user|login|admin|test|demo|example|exemple|^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+$", re.I)


def keyword_password(line: str, before: str = "") -> bool:
    """A literal password given by name (keyword or hash argument, object key) beside the account's name, on its line or in the
    few lines ``before`` it (an argument list or object broken over lines); a placeholder, a variable's or environment's read
    (``ENV['PASSWORD']``, ``process.env.X``: no quoted literal), a type or rule, a word of its role are none."""
    line = line[:4000]
    for m in _KEYWORD_PASSWORD.finditer(line):
        value = m.group(1) if m.group(1) is not None else m.group(2)
        if _literal_password(value) and len(value) >= 6 and re.search(r"[A-Za-z]", value) and not _NOT_A_PASSWORD.search(value) \
                and (_ACCOUNT_KEY.search(line) or _ACCOUNT_KEY.search(before[-2000:])):
            return True
    return False


def local_account_default(line: str, around: str) -> bool:
    """The literal password given by name on ``line`` is the name of the account or of the database given beside it (``around``:
    the few lines about it), on this machine's database (host localhost) or a composition's service (a host name of one label):
    a development default, as a package's own
    .env.local.sample sets it, to review rather than a leaked credential (issue 12, s33 a33)."""
    m = _KEYWORD_PASSWORD.search(line[:4000])
    value = (m.group(1) if m.group(1) is not None else m.group(2)) if m else None
    text = line[:4000] + "\n" + around[-4000:]
    return bool(value) and bool(_LOCAL_HOST_VALUE.search(text)) and any(value in a.groups() for a in _ACCOUNT_VALUE.finditer(text))


# a host given as a literal beside the password (a Django DATABASES entry's "HOST": "thomas.proxy.rlwy.net", a PHP array's 'host' =>)
_HOST_LITERAL = lazy_compile(r"""(?<![\w$.>-]):?['"]?(?:host|hostname|server|db_host|database_host)['"]?\s*(?:=>|=(?![=>])|:(?!:))\s*"""
                             r"""['"]([\w.-]{1,253})(?::\d{1,5})?['"]""", re.I)
# names of no reachable server: this machine, a private network's or a test's top-level domain, a documentation domain
_NOT_ON_THE_INTERNET = ("localhost", ".local", ".localhost", ".internal", ".lan", ".home", ".test", ".example", ".invalid",
                        "example.com", "example.org", "example.net")


def remote_account_password(line: str, around: str) -> bool:
    """A literal password given by name (:func:`keyword_password`) beside its account's name and a host named on the Internet
    (``around``: the few lines about it, its own too; a domain name with a dot and a top-level domain in letters, not this
    machine, a private or placeholder name, an address): a hosted database's credentials written in the settings (issue 12, s33
    t33: Django's DATABASES with "USER", "PASSWORD" and "HOST": "<name>.proxy.rlwy.net"). Not the account's own name as its
    password (:func:`local_account_default`)."""
    if not keyword_password(line, around):
        return False
    hosts = [m.group(1).lower().rstrip(".") for m in _HOST_LITERAL.finditer(line[:4000] + "\n" + around[-4000:])]
    return any("." in h and h.rsplit(".", 1)[1].isalpha() and not h.endswith(_NOT_ON_THE_INTERNET)
               and not LOCAL_HOST.search("@" + h) and not PLACEHOLDER.match(h.split(".", 1)[0]) for h in hosts)


def sudo_password(line: str) -> bool:
    m = _SUDO_PIPE.search(line[:4000]) if "sudo" in line else None
    return bool(m) and _literal_password(m.group(1) or m.group(2) or m.group(3))


_NAME_PATH = lazy_compile(r"^[A-Za-z_]\w*(?:(?:\.|\$|@|::)[A-Za-z_]\w*){0,5}$")  # (self.pwd, R's params$SQL$PASSWORD, obj@pwd)


def _argument_name(line: str, m) -> bool:
    """``password=self.pwd`` as a call's keyword argument (``psycopg2.connect(host=self.host, …, password=self.pwd)``): a name
    or attribute followed by the next argument or the call's end (or the line's, inside a call), so a variable, not a connection
    string's value."""
    name = m.group(1).split(",", 1)[0]
    rest = line[m.start(1) + len(name):].lstrip()
    return bool(_NAME_PATH.match(name)) and (rest[:1] in (",", ")") or (not rest and "(" in line[:m.start()]))


def dsn_password(line: str, default: bool = False) -> bool:
    """``password=…`` beside ``host=…`` in a keyword connection string, the host a named or addressed server (not a local
    or container host, not a placeholder) and the password a literal (not a variable, a format field or a placeholder); with
    ``default``, the password one of a product's well-known defaults (:data:`WELL_KNOWN_DEFAULT`) instead."""
    if "=" not in line or len(line) > 4000:
        return False
    host = _DSN_HOST.search(line)
    password = _DSN_PASSWORD.search(line)
    # (a call's keyword arguments end at their comma: `connect(host=..., user=..., password=..., ...)` in a README, an ellipsis each)
    if not host or not password or _argument_name(line, password):
        return False
    value = password.group(1).rstrip(",")
    if not (WELL_KNOWN_DEFAULT.match(value) if default else _literal_password(value)):
        return False
    name = host.group(1).rstrip(",")
    return not PLACEHOLDER.match(name) and not LOCAL_HOST.search("@" + name) and not name.startswith(_NOT_LITERAL)


# a password handed to a setter or a builder by its only argument (JDBC's ``dataSource.setPassword("…")``, Grizzly's
# ``sslConfig.setKeyStorePass("…")``, ``withPassword("…")``, Django's ``user.set_password("…")``, a builder's ``.password("…")``):
# the method's name says what the literal is, whatever its shape (camel case: setBypass, setPassThrough are no password setter)
_SETTER = lazy_compile(r"(?<![\w$])(?:(?:set|with)(?:[A-Z]\w{0,40}?)?(?:Password|Passwd|Pass|Pwd|Secret)|(?:set|with)_(?:\w{0,40}_)?(?:password|passwd|pass|pwd|secret))\s*\(|"
                       r"\.(?:password|passwd)\s*\(")
# a literal put into a map of passwords under an account's name (an HTTP Basic filter's ``passwords.put("ROUTERS", "…")``), or
# under a key naming a password (``props.put("password", "…")``, ``props.setProperty("mail.smtp.password", "…")``)
_PASSWORD_MAP = lazy_compile(r"(?<![\w$])\w{0,40}?(?:passwords?|passwds?|pwds?|credentials|secrets)\s*\.\s*(?:put|set|putIfAbsent|add)\s*\(", re.I)
_KEYED_PUT = lazy_compile(r"""\.\s*(?:put|set|setProperty|putIfAbsent)\s*\(\s*['"][\w.-]{0,60}?(?:password|passwd|pwd|secret)['"]\s*,""", re.I)


def given_password(line: str) -> bool:
    """A literal password given to a password setter (its only argument) or put into a map of passwords (its second argument):
    not a placeholder, an empty or a variable's value, a type, a word of its role (``setPassword("password")``, ``"admin"``)."""
    line = line[:4000]
    for m in _SETTER.finditer(line):
        args = _arguments(line, m.end(), 2)
        if len(args) == 1 and _given_literal(args[0]):
            return True
    for m in _PASSWORD_MAP.finditer(line):
        args = _arguments(line, m.end(), 3)
        if len(args) == 2 and _given_literal(args[1]):
            return True
    for m in _KEYED_PUT.finditer(line):
        args = _arguments(line, m.end(), 2)
        if len(args) == 1 and _given_literal(args[0]):
            return True
    return False


def _given_literal(value: str | None) -> bool:
    return _literal_password(value) and len(value.strip()) >= 4 and not _NOT_A_PASSWORD.search(value.strip())


def call_findings(text: str) -> list[tuple]:
    out = []
    literals = php_literals(text) if "$" in text else {}  # (a connection built from variables given literals: connexion.php)
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > 4000:
            continue
        low = line.lower()
        if ("bind" in low or "connect" in low or "connex" in low or "login" in low or "pdo" in low or "ssh2" in low or "auth" in low or "cred" in low) \
                and (call_password(line, literals) or db_call_password(line, literals)):
            out.append(("Password passed to a sign-in call", number, _hash(line.strip()), line))
        elif ("pass" in low or "pwd" in low or "secret" in low or "credential" in low) and given_password(line):
            out.append(("Password given to a setter or a password map", number, _hash(line.strip()), line))
        elif "sudo" in low and sudo_password(line):
            out.append(("Password piped to sudo", number, _hash(line.strip()), line))
        elif ("password" in low or "pwd" in low) and dsn_password(_resolved(line, literals)):
            out.append(("Password in a connection string", number, _hash(line.strip()), line))
        elif ("password" in low or "pwd" in low) and dsn_password(_resolved(line, literals), default=True):
            out.append((DEFAULT_DSN_KIND, number, _hash(line.strip()), line))
    return out


_TEMPLATE_SUFFIX = tuple(f".{w}" for w in TEMPLATE_WORDS)  # (a settings file's template beside it: settings.ini.sample, config.php.dist)
_SETTINGS_EXT = ("ini", "conf", "cfg", "cnf", "toml", "properties", "sh", "php", "py", "yml", "yaml", "json", "")
_SECRET_KEY = lazy_compile(r"(?:pass(?:word|wd)?|pwd|mdp|secret|token|api_?key)$", re.I)
_YAML_OR_INI = lazy_compile(r"""^\s*['"]?([A-Za-z_][\w.-]*)['"]?\s*:\s*(.*)$""")
MAX_PAIRS = 100


def _settings(text: str) -> dict[str, tuple[int, str]]:
    """Each secret-named key's (line, value) in a ``key=value``/``key: value`` settings text (last one wins)."""
    out = {}
    for number, line in enumerate(text.split("\n")[:5000], 1):
        if line.lstrip().startswith(("#", ";", "//")):
            continue
        m = ENV_ASSIGN.match(line) or _YAML_OR_INI.match(line)
        if m and _SECRET_KEY.search(m.group(1).replace("-", "_")):
            value = re.split(r"\s+[#;]", m.group(2).strip(), maxsplit=1)[0].strip().rstrip(",;").strip("'\"")
            out[m.group(1)] = (number, value)
    return out


def template_pairs(files) -> list[tuple[str, str]]:
    """(settings file, its template) pairs among the given paths, sorted, at most MAX_PAIRS."""
    paths = set(files)
    out = []
    for path in sorted(paths):
        for suffix in _TEMPLATE_SUFFIX:
            base = path[: -len(suffix)] if path.lower().endswith(suffix) else None
            if base and base in paths and base.rsplit("/", 1)[-1].rpartition(".")[2].lower() in _SETTINGS_EXT:
                out.append((base, path))
    return out[:MAX_PAIRS]


def filled_in(text: str, template: str) -> list[tuple]:
    """The secret settings the real file fills in where its template leaves them empty or to fill in."""
    blank = {k for k, (_n, v) in _settings(template).items() if not v or PLACEHOLDER.match(v)}
    return [("Password filled in a settings file beside its template", number, _hash(value), key)
            for key, (number, value) in sorted(_settings(text).items(), key=lambda kv: kv[1][0])
            if key in blank and _literal_password(value)]


def filled_settings(snap, entries, limit: int) -> list[tuple[str, str, int]]:
    """(path, kind, line) of the secret settings filled in by committed settings files beside their templates (a ``.env``
    has its own rule)."""
    scanned = {e.path for e in entries if not e.name.lower().startswith(".env")}
    out = []
    for path, template in template_pairs(p for p in snap.files if p in scanned or p.lower().endswith(_TEMPLATE_SUFFIX)):
        if path not in scanned:
            continue
        text, model = snap.read_text(path, limit=limit), snap.read_text(template, limit=limit)
        if text and model is not None:
            out += [(path, kind, number) for kind, number, _h, _key in filled_in(text, model)]
    return out


# A test's literal password given to a sign-in call while the test file addresses a named server of the Internet, with no HTTP mock
# (a GeoNetwork client's test: self.password = "…", CATALOG patched to https://geonetwork.<authority>.fr/geonetwork, then
# self.mgGN.connect(self.user, self.password), run by the CI): a working account on that live server, not a test fixture (issue 12, s30)
_TEST_ASSIGN = lazy_compile(r"""^\s*((?:self\.|this\.|\$this->|\$)?[A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*['"]([^'"\s]{6,64})['"]\s*;?\s*(?:#.*|//.*)?$""")
_SIGN_IN = lazy_compile(r"(?:\.|->)\s*(?:connect|login|log_in|signin|sign_in|authenticate|auth|bind)\s*\(([^()\n]{0,200})\)", re.I)
_URL_HOST_NAME = lazy_compile(r"https?://([A-Za-z0-9.-]+)")
# the names no server of the Internet answers to (RFC 2606/6761, a LAN's, a container's), and a fixture's words
_RESERVED_HOST = lazy_compile(r"(?:^|\.)(?:localhost|example(?:\.(?:com|org|net))?|test|invalid|local|internal|lan|home\.arpa|localdomain)$", re.I)
_FIXTURE_WORDS = lazy_compile(r"test|fake|dummy|example|sample|secret|demo|mock", re.I)
_HTTP_MOCK = lazy_compile(r"\b(?:responses|requests_mock|httpretty|aioresponses|respx|vcr|betamax|nock|wiremock|MockWebServer|MockRestServiceServer|"
                          r"fetchMock|HttpClientTestingModule|httpserver|WebMock|stub_request|mock_server)\b", re.I)


_DEFINITION = lazy_compile(r"^\s*(?:(?:async\s+)?def\s|(?:async\s+)?function\b|(?:public|protected|private)?\s*(?:static\s+)?(?:void|async)\s+\w+\s*\(|(?:it|test|describe|beforeEach|beforeAll)\s*\()")


def remote_test_login(text: str, number: int, line: str) -> bool:
    """The test's password literal on line ``number`` is given to a sign-in call of the same test (its definition, with the
    decorators above it, to 25 lines below: the setUp that signs in) and that test names an http(s) server of the Internet (a dotted
    name, no reserved or local one, no IP) and mocks no HTTP (a mocked class of the same file stays a fixture)."""
    m = _TEST_ASSIGN.match(line or "")
    if not m or _FIXTURE_WORDS.search(m.group(2)) or not re.search(r"\d", m.group(2)) or not re.search(r"[A-Za-z]", m.group(2)):
        return False
    lines = text.splitlines()
    start = next((j for j in range(number - 1, max(-1, number - 60), -1) if j < len(lines) and _DEFINITION.match(lines[j])), None)
    window = "\n".join(lines[max(0, (start if start is not None else number - 26) - 3): number + 25])
    name = re.compile(r"(?<![\w$])" + re.escape(m.group(1)) + r"(?!\w)")
    if not any(name.search(c.group(1)) for c in _SIGN_IN.finditer(window)) or _HTTP_MOCK.search(window):
        return False
    hosts = {h.lower().rstrip(".") for h in _URL_HOST_NAME.findall(window)}
    return any("." in h and re.fullmatch(r"[a-z]{2,24}", h.rsplit(".", 1)[-1]) and not _RESERVED_HOST.search(h) for h in hosts)
