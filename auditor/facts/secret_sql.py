"""Passwords in the rows a SQL script inserts, and Java key stores, for the ``secrets`` fact: ``INSERT INTO core_admin_user (…, password, …) VALUES
(…, 'PLAINTEXT:adminadmin', …)``, a dump's accounts with their password hashes. detect-secrets is not run on SQL (data, hashes
and identifiers everywhere); this reads only the column a password is stored in.

A value that is empty, NULL or a placeholder is none. A found value is a hint to review (an init script's default account, a
real user's hash: the reader tells), never its value: ``(line, table, column)`` only; but a password in clear inserted beside the
address of another server (a connector's settings row: the service's URL, a login, a password) is that service's account, a
probable secret as a user mapping's is (issue 12, s48 fe48). Bounded: :data:`MAX_INSERTS` statements
and :data:`MAX_ROWS` rows each per file, files up to the snapshot's read limit (a larger one is listed as not read).

Longer than 400 lines: the secrets fact's readers of files detect-secrets does not read (SQL scripts' rows and statements, key
stores, Django fixtures) share its bounds and placeholders, and are one pass over those files.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_generated, is_vendored
from auditor.facts.secret_values import PLACEHOLDER
from auditor.lazyre import lazy_compile

MAX_INSERTS = 2000
MAX_ROWS = 200
_INSERT = lazy_compile(r"\binsert\s+into\s+[`\"\[]?(?:\w+[`\"\]]?\.[`\"\[]?)?(\w+)[`\"\]]?\s*\(([^()]{1,3000})\)\s*values\s*", re.I)
_PASSWORD_COLUMN = lazy_compile(r"^(?:user_?)?(?:password|passwd|pwd|pass|mot_?de_?passe|motdepasse|mdp|password_?hash|hashed_?password|"
                                r"encrypted_?password|pass_?hash)$", re.I)


def _rows(text: str, start: int):
    """The value lists after ``VALUES`` (``(…), (…);``): each as (offset, fields), quotes honoured."""
    i, n, rows = start, len(text), 0
    while i < n and rows < MAX_ROWS:
        while i < n and text[i] in " \t\r\n,":
            i += 1
        if i >= n or text[i] != "(":
            return
        begin, fields, cur, quote, depth = i, [], [], None, 0
        i += 1
        while i < n:
            c = text[i]
            if quote:
                if c == "\\" and i + 1 < n:
                    cur.append(text[i + 1])
                    i += 2
                    continue
                if c == quote:
                    if i + 1 < n and text[i + 1] == quote:
                        cur.append(c)
                        i += 2
                        continue
                    quote = None
                else:
                    cur.append(c)
            elif c in "'\"":
                quote = c
            elif c == "(":
                depth += 1
                cur.append(c)
            elif c == ")" and depth:
                depth -= 1
                cur.append(c)
            elif c == ")":
                fields.append("".join(cur).strip())
                i += 1
                break
            elif c == ",":
                fields.append("".join(cur).strip())
                cur = []
            else:
                cur.append(c)
            i += 1
        rows += 1
        yield begin, fields


# A password column's value in a hash's form (unsalted MD5 or SHA-1 hex, bcrypt, crypt's $id$…, a framework's algorithm$…)
_HASH = lazy_compile(r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}|\$(?:1|5|6|argon2\w*|scrypt|pbkdf2[-\w]*)\$\S{8,}|"
                     r"(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|scrypt)\$\S{8,})$")
# a person's e-mail address in the same row: a named account, not a role's (admin@, contact@…) nor a placeholder domain's
_EMAIL = lazy_compile(r"^([\w.+-]+)@((?:[\w-]+\.)+[A-Za-z]{2,})$")
_ROLE_MAILBOX = lazy_compile(r"^(?:admin\w*|root|test\w*|user\w*|demo\w*|contact|info|no-?reply|webmaster|postmaster|support|"
                             r"utilisateur\w*|invite|guest|\w*example\w*|toto|foo|bar|john\.?doe|jane\.?doe)$", re.I)
_PLACEHOLDER_DOMAIN = lazy_compile(r"(?:^|\.)(?:example|exemple|test|localhost|local|invalid|domain|domaine|mail|email|foo|bar)(?:\.[a-z]{2,})?$", re.I)


def _person_email(fields: list[str]) -> bool:
    """A field of the row is the e-mail address of a person (jean.dupont@ville.fr), not a role's mailbox nor a placeholder's."""
    for f in fields:
        m = _EMAIL.match(f)
        if m and not _ROLE_MAILBOX.match(m.group(1)) and not _PLACEHOLDER_DOMAIN.search(m.group(2)):
            return True
    return False


# The address of another server in a field of the row (a connector's settings row: 'https://crm.example.org/api', a login, a
# password): a scheme, then a host with a dot or an IP address, neither this machine nor a placeholder's domain
_SERVER_URL = lazy_compile(r"^[a-z][a-z0-9+.-]{1,20}://(?:[^/@\s]+@)?((?:[a-z0-9-]+\.)+[a-z0-9-]+)(?=[:/?#]|$)", re.I)


def _remote_server(fields: list[str]) -> bool:
    for f in fields:
        m = _SERVER_URL.match(f)
        if m and m.group(1).lower() not in _LOCAL_HOSTS and not m.group(1).startswith(("127.", "0.0.0.0")) \
                and not _PLACEHOLDER_DOMAIN.search(m.group(1)):
            return True
    return False


def sql_passwords(text: str) -> list[tuple[int, str, str, int, int, int]]:
    """``[(line, table, column, named, last, remote)]`` of the non-empty, non-placeholder values inserted into a password column;
    ``named``: how many rows of that INSERT hold a password hash beside a person's e-mail address (the accounts of named people), the
    last of them on line ``last``; ``remote``: the line of the first row holding a password in clear beside another server's
    address (the account of a service the project connects to, as a user mapping's; 0 when none)."""
    out: list[tuple[int, str, str, int, int, int]] = []
    for k, m in enumerate(_INSERT.finditer(text)):
        if k >= MAX_INSERTS:
            break
        columns = [c.strip().strip("`\"[] ") for c in m.group(2).split(",")]
        wanted = [j for j, c in enumerate(columns) if _PASSWORD_COLUMN.match(c)]
        if not wanted:
            continue
        first, named, last, remote = None, 0, 0, 0
        for begin, fields in _rows(text, m.end()):
            values = [fields[j] if j < len(fields) else "" for j in wanted]
            kept = [(j, v) for j, v in zip(wanted, values)
                    if v and v.upper() != "NULL" and not PLACEHOLDER.match(v) and not re.fullmatch(r"[?:$]\w*|%s|\{\w+\}", v)]
            if not kept:
                continue
            if first is None:
                first = (text.count("\n", 0, begin) + 1, m.group(1), columns[kept[0][0]])
            if any(_HASH.match(v) for _, v in kept) and _person_email(fields):
                named, last = named + 1, text.count("\n", 0, begin) + 1
            if not remote and any(not _HASH.match(v) and not role_word(v) for _, v in kept) and _remote_server(fields):
                remote = text.count("\n", 0, begin) + 1
        if first:
            out.append((*first, named, last, remote))
    return out


def uncommented_shell(text: str) -> str:
    """A shell script's text with its comment markers taken off the lines' starts (``# ('jean.dupont@…', '…', …),``), line for line:
    the SQL a script writes in a string or a heredoc, even commented out, as psql would have run it."""
    return re.sub(r"(?m)^[ \t]*#(?!!)[ \t]?", "", text)



# Credentials a script's statements give the database server (codes-fonciers-cen: `CREATE USER MAPPING FOR postgres SERVER …
# OPTIONS (password '…', user 'cen24')`, the postgres_fdw login to a foreign server at a public address, in a file with no INSERT):
# a user mapping's or a foreign server's password is the password of another server's account, a probable secret; a role's
# PASSWORD '…' (CREATE/ALTER ROLE or USER) and MySQL/Oracle's IDENTIFIED BY '…' create an account of this database: a hint to
# review (an init script's default account). Placeholders, \set variables (:'pass') and psql's \password are none.
_DDL_STATEMENT = lazy_compile(r"\b(?:create|alter)\s+(?:(user\s+mapping)|(server)|(?:user|role))\b[^;]{0,2000}", re.I)
_DDL_PASSWORD = lazy_compile(r"\b(?:password|identified\s+by)\s+'((?:[^'\n]|''){1,200})'", re.I)


# a value made of words, one of them naming its role (a user mapping's `password 'oracle_password'; -- A modifier`, 'db_pass',
# 'mot_de_passe'): the slot's name written in it, to replace (issue 12, s27)
_ROLE_WORD = lazy_compile(r"^[A-Za-z]+(?:[_-][A-Za-z]+)*$")
_ROLE_NAME = lazy_compile(r"pass|pwd|mdp|secret", re.I)


def role_word(value: str) -> bool:
    return bool(_ROLE_WORD.match(value)) and bool(_ROLE_NAME.search(value))


# A schema migration of a migration tool (Flyway's db/migration/V1.20__vue.sql, a migrations/ folder): it runs on every
# database the application is deployed with, production's too, so an account it creates with a real-looking password
# (CREATE ROLE … PASSWORD 'Edp2021*') exists there with that password: a probable secret, not an init script's hint (issue 12, s27)
MIGRATION_SQL = lazy_compile(r"(^|/)(?:db/migration|migrations?|changelog|changesets?)/(?:[^/]+/)*[^/]+\.sql$|(^|/)[VR]\d+(?:[._]\d+)*__\w[^/]*\.sql$", re.I)
_REAL_LOOKING = lazy_compile(r"^(?=.*[A-Za-z])(?=.*\d)[^\s']{8,64}$")


def sql_ddl_passwords(text: str, migration: bool = False) -> list[tuple[int, str]]:
    """``[(line, kind)]`` of the passwords SQL statements write: kind "remote" (a user mapping's or a foreign server's options),
    "deployed" (a role or user a schema migration creates with a real-looking password) or "account" (another role or user created
    or altered with its password); at most :data:`MAX_INSERTS` statements."""
    out: list[tuple[int, str]] = []
    for k, m in enumerate(_DDL_STATEMENT.finditer(text)):
        if k >= MAX_INSERTS:
            break
        p = _DDL_PASSWORD.search(m.group(0))
        if not p or PLACEHOLDER.match(p.group(1)) or role_word(p.group(1)) or p.group(1).startswith(("md5", "SCRAM-SHA-256$")):
            continue
        line_start = text.rfind("\n", 0, m.start() + p.start()) + 1
        if text[line_start:m.start() + p.start()].lstrip().startswith("--"):  # (a commented-out option)
            continue
        account = "deployed" if migration and _REAL_LOOKING.match(p.group(1)) else "account"
        out.append((text.count("\n", 0, m.start() + p.start()) + 1, "remote" if (m.group(1) or m.group(2)) else account))
    return out


# A libpq connection string a script gives dblink or a foreign data wrapper (SELECT dblink_connect('host=91.x dbname=depot user=cen24
# password=…'), dblink('dbname=… password=…', 'select …')): the password of the account it logs into, another server's when the
# string names a host other than this machine. A placeholder, a psql variable (password=:pass) or a format's slot (%s) is none.
_CONNINFO_PASSWORD = lazy_compile(r"\bpassword[ \t]*=[ \t]*([^\s']{1,200})", re.I)
_CONNINFO_KEY = lazy_compile(r"\b(?:host|hostaddr|dbname|user|port)[ \t]*=", re.I)
_CONNINFO_HOST = lazy_compile(r"\bhost(?:addr)?[ \t]*=[ \t]*([^\s']+)", re.I)
_LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "/var/run/postgresql", "/tmp")


def sql_conninfo_passwords(text: str) -> list[tuple[int, str]]:
    """``[(line, kind)]`` of the passwords written in the libpq connection strings of a SQL script (kind "remote" when it names
    another host, "account" otherwise); at most :data:`MAX_INSERTS`."""
    out: list[tuple[int, str]] = []
    for k, m in enumerate(_CONNINFO_PASSWORD.finditer(text)):
        if k >= MAX_INSERTS:
            break
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        end = text.find("'", m.end())
        if before.count("'") % 2 == 0 or end < 0 or "\n" in text[m.end():end] or before.lstrip().startswith("--"):
            continue  # (not inside a string literal of one line, or a commented-out call)
        literal = before[before.rfind("'") + 1:] + text[m.start():end]
        value = m.group(1)
        if not _CONNINFO_KEY.search(literal) or PLACEHOLDER.match(value) or role_word(value) or re.match(r"[:$%?]|\{", value):
            continue
        host = _CONNINFO_HOST.search(literal)
        remote = bool(host) and not host.group(1).lower().startswith(_LOCAL_HOSTS)
        out.append((text.count("\n", 0, m.start()) + 1, "remote" if remote else "account"))
    return out


# -- key stores ------------------------------------------------------------------------------------------------------------
KEYSTORE = lazy_compile(r"\.(jks|keystore|jceks|bks|p12|pfx|truststore)$", re.I)
MAX_KEYSTORE_BYTES = 1024 * 1024
MAX_ENTRIES = 100


def keystore_kind(data: bytes) -> str | None:
    """What a committed key store holds: "private-key" (a JKS/JCEKS private or secret key entry, or a PKCS#12 key bag), "certificates"
    (trusted certificates only: a trust store, nothing secret) or None (another format, or unreadable: to review). Its header
    and entry tags are read, never its keys."""
    import struct

    if data[:1] == b"\x30":
        return _pkcs12_kind(data)
    if len(data) < 12 or data[:4] not in (b"\xfe\xed\xfe\xed", b"\xce\xce\xce\xce"):
        return None
    count = struct.unpack(">I", data[8:12])[0]
    pos = 12
    try:
        for _ in range(min(count, MAX_ENTRIES)):
            tag = struct.unpack(">I", data[pos:pos + 4])[0]
            if tag in (1, 3):  # a private key (JKS, JCEKS) or a secret key (JCEKS)
                return "private-key"
            if tag != 2:
                return None
            alias_len = struct.unpack(">H", data[pos + 4:pos + 6])[0]
            pos += 6 + alias_len + 8  # alias, date
            type_len = struct.unpack(">H", data[pos:pos + 2])[0]
            pos += 2 + type_len  # certificate type ("X.509")
            pos += 4 + struct.unpack(">I", data[pos:pos + 4])[0]  # the certificate
    except struct.error:
        return None
    return "certificates"


# A PKCS#12 store (RFC 7292), the format keytool (JDK 9+) and Android Studio write even under a .jks name (Ludo81/BilanLSF's
# release.jks: 30 82 0a b6 02 01 03 30 82 0a 60 06 09 2a 86 48 86 f7 0d 01 07 01): a DER SEQUENCE, version 3, then its
# authenticated safe as PKCS#7 data or signed data. Its safe bags name their type in clear (the object identifiers, never a key):
# a key bag or a shrouded (password-encrypted) key bag is a private key; certificate bags only, with no encrypted content that could
# hide a key, are a trust store; encrypted content alone cannot be told (to review).
_P12_DATA = bytes.fromhex("06092a864886f70d0107")  # OID 1.2.840.113549.1.7.x (PKCS#7 content types), x follows
_P12_BAG = bytes.fromhex("060b2a864886f70d010c0a01")  # OID 1.2.840.113549.1.12.10.1.x (PKCS#12 bag types), x follows


def _der_header(data: bytes, pos: int) -> tuple[int, int] | None:
    """(the position after a DER header at pos, the length it gives), or None (indefinite or absurd length)."""
    if pos + 2 > len(data):
        return None
    first = data[pos + 1]
    if first < 0x80:
        return pos + 2, first
    n = first & 0x7F
    if n == 0 or n > 4 or pos + 2 + n > len(data):
        return None
    return pos + 2 + n, int.from_bytes(data[pos + 2:pos + 2 + n], "big")


def _pkcs12_kind(data: bytes) -> str | None:
    outer = _der_header(data, 0)
    if outer is None:
        return None
    pos = outer[0]
    if data[pos:pos + 3] != b"\x02\x01\x03" or data[pos + 3:pos + 4] != b"\x30":  # version 3, then the authSafe ContentInfo
        return None
    info = _der_header(data, pos + 3)
    if info is None or data[info[0]:info[0] + len(_P12_DATA)] != _P12_DATA or data[info[0] + len(_P12_DATA):info[0] + len(_P12_DATA) + 1] not in (b"\x01", b"\x02"):
        return None
    bags = {data[i + len(_P12_BAG)] for i in _occurrences(data, _P12_BAG) if i + len(_P12_BAG) < len(data)}
    if bags & {1, 2}:  # keyBag, pkcs8ShroudedKeyBag
        return "private-key"
    hidden = {data[i + len(_P12_DATA)] for i in _occurrences(data, _P12_DATA) if i + len(_P12_DATA) < len(data)} & {3, 6}
    return "certificates" if 3 in bags and not hidden else None  # (certBag only, nothing enveloped or encrypted)


def _occurrences(data: bytes, needle: bytes, limit: int = 1000) -> list[int]:
    out, pos = [], data.find(needle)
    while pos >= 0 and len(out) < limit:
        out.append(pos)
        pos = data.find(needle, pos + 1)
    return out


MAX_SQL_FILES = 200


def sql_accounts(ctx, inv, findings: list[dict], classify) -> tuple[list[list], int]:
    """The passwords a project's SQL scripts insert (one hint per table and file, see :mod:`auditor.facts.secret_sql`) or give a
    role, a foreign server or a connection string, added to ``findings``; returns ``[path, size]`` of the SQL files over the
    snapshot's read limit, which are not read, and the number of SQL files read. At most :data:`MAX_SQL_FILES` files, in path order."""
    snap = ctx.snapshot
    sql = sorted((e for e in snap.files.values() if e.kind in ("file", "executable") and e.ext in ("sql", "pgsql", "psql")
                  and not is_vendored(e.path) and not is_generated(e.path) and inv.category(e.path) != "vendored"), key=lambda e: e.path)
    unread = [[e.path, e.size] for e in sql if e.size > snap.max_blob]
    read = [e for e in sql if e.size <= snap.max_blob][:MAX_SQL_FILES]
    for e in read:
        text = snap.read_text(e.path) or ""  # (read once: the INSERTed rows and the statements' passwords)
        _inserted(ctx, e.path, text, findings, classify)
        migration = bool(MIGRATION_SQL.search(e.path))
        for line, kind in (sql_ddl_passwords(text, migration) + sql_conninfo_passwords(text))[:5]:
            strength = "strong" if kind in ("remote", "deployed") else "weak"
            findings.append({"path": e.path, "line": line, "strength": strength, "class": classify(ctx, e.path, strength),
                             "kind": "Password of a foreign server's account in SQL" if kind == "remote" else
                             "Account password in a schema migration" if kind == "deployed" else "Account password in SQL"})
    # (and the SQL a shell script hands psql, echo "INSERT INTO utilisateurs.t_roles(…, pass, pass_plus, email…) VALUES …" | $psql,
    # commented out too: the accounts' hashes are committed all the same; issue 12, s35 r35 = PnCevennes/app_oeasc's patch_user.sh)
    shell = sorted((e for e in snap.files.values() if e.kind in ("file", "executable") and e.ext in ("sh", "bash") and e.size <= snap.max_blob
                    and not is_vendored(e.path) and not is_generated(e.path) and inv.category(e.path) != "vendored"), key=lambda e: e.path)
    for e in shell[:MAX_SQL_FILES]:
        text = snap.read_text(e.path) or ""
        if _SHELL_INSERT.search(text):
            _inserted(ctx, e.path, uncommented_shell(text), findings, classify)
    return unread, len(read)


_SHELL_INSERT = lazy_compile(r"\binsert\s+into\b", re.I)


def _inserted(ctx, path: str, text: str, findings: list[dict], classify) -> None:
    """The passwords a script's INSERTs write, one finding per table: a probable secret when rows hold password hashes of named
    people (their e-mail address beside: real accounts, whose hashes a dictionary reverses — an unsalted MD5 of "1234") or a password
    in clear beside another server's address (the account of a service the project connects to), else a hint to review (an init
    script's default account)."""
    seen: dict[str, dict] = {}
    for line, table, column, named, last, remote in sql_passwords(text):
        key = table.lower()
        if key not in seen:
            seen[key] = {"path": path, "line": line, "kind": "Password in SQL data", "variable": f"{table}.{column}",
                         "strength": "weak", "class": classify(ctx, path, "weak"), "named": 0, "through": line, "remote": 0}
            findings.append(seen[key])
        seen[key]["named"] += named
        seen[key]["through"] = max(seen[key]["through"], last)
        seen[key]["remote"] = seen[key]["remote"] or remote
    for f in seen.values():
        named, through, remote = f.pop("named"), f.pop("through"), f.pop("remote")
        if remote and not named:  # (a connector's settings row: the server's address, its login and password in clear)
            f.update({"line": remote, "kind": "Password of a remote service's account in SQL data", "strength": "strong",
                      "class": classify(ctx, path, "strong")})
        if named:  # (its rows' lines: the entropy guesses on the same hashes are this one finding, see secrets.py)
            f.update({"kind": "Password hashes of named accounts in SQL data", "variable": f"{f['variable']}, {named} account(s)",
                      "strength": "strong", "class": classify(ctx, path, "strong"), "through": through})


def keystores(ctx, inv, classify) -> list[dict]:
    """Java and PKCS#12 key stores committed (keyStore.jks, server.keystore, client.p12, an Android app's release.jks): a private key
    inside is a secret to revoke; a store of trusted certificates only is none; encrypted content or another format, not read, is
    a hint to review."""
    snap = ctx.snapshot
    out = []
    for e in sorted((e for e in snap.files.values() if e.kind == "file" and KEYSTORE.search(e.name) and not is_vendored(e.path)
                     and inv.category(e.path) != "vendored"), key=lambda e: e.path)[:MAX_SQL_FILES]:
        data = snap.read_bytes(e.path, limit=MAX_KEYSTORE_BYTES) or b""
        kind = keystore_kind(data)
        if kind == "certificates":
            continue
        strength = "strong" if kind == "private-key" else "weak"
        out.append({"path": e.path, "line": None, "kind": ("Private key in a PKCS#12 key store" if data[:1] == b"\x30" else "Private key in a Java key store")
                    if kind else "Key store (not read)",
                    "strength": strength, "class": classify(ctx, e.path, strength)})
    return out


# -- Django fixtures -------------------------------------------------------------------------------------------------------
# A Django dumpdata or fixture (JSON or YAML) holding accounts with their password hashes (Pseudo404/MairieDhuizon's data.json at
# the root: four auth.user rows, two superusers, `"password": "pbkdf2_sha256$1200000$…"`): a probable secret, as detect-secrets'
# keyword finding already says of such a file when it is small enough for it (256 KB); this reads the larger ones up to the
# snapshot's limit. Django's hash formats only (algorithm$…), never a value; one finding per file, with the count of accounts.
_DJANGO_HASH = lazy_compile(r"""["']?password["']?\s*:\s*["']?(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|scrypt|sha1|md5|unsalted_\w+|crypt)\$[^\s"',]{8,}""")
FIXTURE_EXT = ("json", "yaml", "yml")


def _fixture_candidate(path: str, django: bool) -> bool:
    """A fixture's place: a fixtures/ folder anywhere, or (in a Django project) any JSON or YAML file outside static assets."""
    parts = path.lower().split("/")
    return "fixtures" in parts[:-1] or (django and not {"static", "node_modules", "assets", "locale"} & set(parts[:-1]))


def django_fixture_accounts(ctx, inv, findings: list[dict], classify) -> list[list]:
    """The accounts a Django fixture commits with their password hashes, added to ``findings`` (one per file not flagged yet); returns
    ``[path, size]`` of a Django project's JSON files over the snapshot's read limit at its root or in a fixtures/ folder (a
    ``manage.py dumpdata > data.json`` too large to read may hold the accounts). At most :data:`MAX_SQL_FILES` files, in path order."""
    snap = ctx.snapshot
    django = any(p == "manage.py" or p.endswith("/manage.py") for p in snap.files)
    files = sorted((e for e in snap.files.values() if e.kind == "file" and e.ext in FIXTURE_EXT and _fixture_candidate(e.path, django)
                    and not is_vendored(e.path) and not is_generated(e.path) and inv.category(e.path) != "vendored"), key=lambda e: e.path)
    unread = [[e.path, e.size] for e in files if e.size > snap.max_blob and e.ext == "json" and django
              and ("/" not in e.path or "fixtures" in e.path.lower().split("/")[:-1])]
    flagged = {f["path"] for f in findings}  # (a small fixture's hashes: detect-secrets' keyword findings already, strong)
    for e in [e for e in files if e.size <= snap.max_blob and e.path not in flagged][:MAX_SQL_FILES]:
        text = snap.read_text(e.path) or ""
        if "password" not in text:
            continue
        found = list(_DJANGO_HASH.finditer(text))
        if found:
            findings.append({"path": e.path, "line": text.count("\n", 0, found[0].start()) + 1, "kind": "Password hashes in fixture data",
                             "variable": f"{len(found)} account(s)", "strength": "strong", "class": classify(ctx, e.path, "strong")})
    return unread
