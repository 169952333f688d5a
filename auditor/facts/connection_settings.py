"""``connection_settings``: the settings of a connection the project's own code writes in itself — a database's host, name, login
and password assigned to variables named for them, or a connection string written whole (issue 12, s38 fg38 = reader rc38):
a PHP application's variables.inc (``$servername = "localhost"; $username = "root"; $password = ""; $dbname = "outilsupervision";``,
included by every page: Batyeste/Outil-De-Supervision-SDIS91), a .NET geocoder's ``database_name = ""; database_login = "";``
and ``$"Host=…;Username={…};Password={…};Database={…}"`` emptied "for public sharing" (LeBonThib/CD54_GEOCODING). Empty, a
development default (localhost, root) or real, the values are a deployment's, and changing them means editing the code: settings
left in the code (reusability.configuration), as the ``service_urls`` fact's back-end address is, never "nothing to set".

A file holds connection settings when it assigns string literals (or PHP constants: ``define("DBPASSWORD", "mc")``) to two roles at least among host, database, user and password,
one of them the host or the database (a login form's ``$username = ""; $password = "";`` names no server: no connection), or
when it writes a connection string with its host and database keys (ADO.NET/Npgsql ``Host=…;Database=…``, ``Server=…;Database=…``,
``Data Source=…;Initial Catalog=…``; the host a literal, not a variable's value). A database's URL written as a literal — JDBC's
``jdbc:mysql://localhost/bd_PNR``, ``postgresql://host:5432/name``, a host and a database name, whatever the host, localhost included —
is the host and the database: a variable given it (``String url = "jdbc:…"``) plays both roles, so that with the account and
password beside it (``String user = "PNR"; String pass = "PNR";``) the file holds connection settings; a call given it with two
string literals after it (``DriverManager.getConnection("jdbc:…", "root", "root")``, the project's wrapper ``new LogBDD("jdbc:…",
"PNR", "PNR")``) writes the three at once (issue 12, s43 fc43 = Fyelne/Projet-PNR). A URL alone (read with an account from the
environment) or a file database (``jdbc:sqlite:app.db``, no server nor account) is none. In such a file, keys and tokens assigned a literal
are shown too; elsewhere, a key or token given a literal that the file sends as an address's key parameter (``string arcgis_token =
"";`` then ``…&token={arcgis_token}``) is one. Bounded: the project's own source files in path order, :data:`MAX_FILES` of
:data:`READ_BYTES` each; ten findings.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of, is_generated, is_test, is_vendored
from auditor.facts.js_family import JS_EXT
from auditor.facts.tree import tree_of
from auditor.lazyre import lazy_compile

MAX_FILES, READ_BYTES, MAX_FOUND = 400, 64 * 1024, 10
_EXT = {"php", "inc", "cs", "vb", "java", "kt", "groovy", "scala", "py", *JS_EXT, "ts", "go", "rb", "swift", "dart"}
# `$name = "…";` (PHP), `string name = "…";` / `name = "…";` (C#, Java, Python, JavaScript): a variable given a string literal
_ASSIGN = lazy_compile(r"""^[ \t]*(?:(?:public|private|protected|internal|static|readonly|final|const|let|var|val|string|String|my)[ \t]+)*"""
                       r"""\$?([A-Za-z_][\w]{1,40})[ \t]*(?::[ \t]*(?:string|String|str)[ \t]*)?=[ \t]*(["'])([^"'\n]{0,120})\2[ \t]*;?""", re.M)
_PREFIX = r"(?:db|database|mysql|pg|postgres|sql|bdd|bd|sgbd)?"
_ROLES = (("host", lazy_compile(rf"^{_PREFIX}(?:host|hostname|server|servername|serveur|hote)$")),
          ("database", lazy_compile(r"^(?:db|bdd|bd|database|base)(?:name|nom)?$|^nom(?:db|bdd|base)$")),
          ("user", lazy_compile(rf"^{_PREFIX}(?:user|username|login|utilisateur|uid)$")),
          ("password", lazy_compile(rf"^{_PREFIX}(?:password|passwd|pass|pwd|mdp|motdepasse)$")),
          ("key", lazy_compile(r"^\w*(?:token|apikey|secretkey|accesskey)$")))
# PHP's constants given a string literal (define("DBPASSWORD", "mc"); define('DB_HOST', 'localhost');): the same settings as variables
_DEFINE = lazy_compile(r"""^[ \t]*define[ \t]*\([ \t]*(["'])([A-Za-z_]\w{1,40})\1[ \t]*,[ \t]*(["'])([^"'\n]{0,120})\3[ \t]*\)""", re.M | re.I)
# a connection string written whole: its host key given a literal (not $var nor {var}), its database key further on the line
# a database's URL: a JDBC or driver scheme, a host, an optional port, then the database's name (/name, or ;databaseName=name)
_DB_URL_BODY = (r"(?:jdbc:[a-z0-9]+(?::[a-z0-9]+)?|mysql|mariadb|postgres(?:ql)?|mongodb(?:\+srv)?|sqlserver)://"
                r"[\w.\-]{1,80}(?::\d{1,5})?(?:/[A-Za-z_][\w\-]{0,63}|;\s*databaseName=[A-Za-z_][\w\-]{0,63})")
_DB_URL = lazy_compile(rf"^{_DB_URL_BODY}", re.I)
# a call given the URL and two string literals after it (the account and the password): getConnection("jdbc:…", "root", "root")
_DB_URL_CALL = lazy_compile(rf"""\b[A-Za-z_]\w{{0,40}}[ \t]*\(\s*(["'])({_DB_URL_BODY}[^"'\n]{{0,80}})\1\s*,\s*(["'])[^"'\n]{{0,60}}\3\s*,\s*(["'])[^"'\n]{{0,60}}\4\s*\)""", re.I)
_CONN_STRING = lazy_compile(r"""\b(?:Host|Server|Data Source)=(?![$\{])[^;\n]{0,80}?;[^\n]{0,200}?\b(?:Database|Initial Catalog)=""", re.I)


def _role(name: str) -> str | None:
    key = name.lower().replace("_", "")
    return next((role for role, rx in _ROLES if rx.match(key)), None)


def _blank_block_comments(text: str) -> str:
    """``text`` with its ``/* … */`` block comments blanked, lines kept (a PHP config's note ``/* … $BDD_host="localhost;port=3307";
    … */`` on another machine's set-up is documentation, not the code's settings; issue 12, s44 fk44 = DHoudetot-Cyril/pinf). Only a
    comment opened at a line's start or after a blank (not ``"img/*"`` inside a string) and closed; linear."""
    out, start, pos = [], 0, 0
    while (i := text.find("/*", pos)) >= 0:
        if i and text[i - 1] not in " \t\n;{}":
            pos = i + 2
            continue
        j = text.find("*/", i + 2)
        if j < 0:
            break
        out += [text[start:i], re.sub(r"[^\n]", " ", text[i:j + 2])]
        start = pos = j + 2
    out.append(text[start:])
    return "".join(out)


def settings_of(text: str) -> list[list]:
    """``[[line, "name = value"], …]`` of one file's text when it holds connection settings (see the module's docstring), else []."""
    found, roles = [], set()
    text = _blank_block_comments(text) if "/*" in text else text
    for m in _ASSIGN.finditer(text):
        role = _role(m.group(1)) or ("database" if _DB_URL.match(m.group(3)) else None)  # (String url = "jdbc:mysql://…/bd")
        if role:
            roles.add(role)
            found.append([text.count("\n", 0, m.start()) + 1, f"{m.group(1)} = {m.group(2)}{m.group(3)}{m.group(2)}"[:80], role])
    for m in _DEFINE.finditer(text) if "define" in text.lower() else ():  # (PHP's define("DBUSER", "mc"): s41 fg41, renowong/main-courante)
        role = _role(m.group(2))
        if role:
            roles.add(role)
            found.append([text.count("\n", 0, m.start()) + 1, f"{m.group(2)} = {m.group(3)}{m.group(4)}{m.group(3)}"[:80], role])
    conn = [[text.count("\n", 0, m.start()) + 1, m.group(0)[:80], "connection string"] for m in _CONN_STRING.finditer(text)]
    if "://" in text:  # (a database's URL, its account and password given to one call: getConnection("jdbc:…", "root", "root"))
        conn += [[text.count("\n", 0, m.start()) + 1, m.group(0)[:80], "connection string"] for m in _DB_URL_CALL.finditer(text)]
    base = roles & {"host", "database", "user", "password"}
    if conn or (base & {"host", "database"} and len(base) >= 2):
        return sorted(found + conn)
    # (or a key given as a literal and sent as a web API's key in a request the file writes: API_GMAP.cs's `string gmaps_token = "";
    # // get your own token` then `…/geocode/json?address={addr}&key={gmaps_token}`: the service's key, to set by editing the code)
    return sorted(f for f in found if f[2] == "key" and _sent_as_key(text, f[1].split(" = ", 1)[0]))


def _sent_as_key(text: str, name: str) -> bool:
    """``name`` is interpolated or concatenated as the value of a key or token parameter of an address (``&key={name}``,
    ``?token=" + name``, ``&apikey=' . $name``)."""
    return bool(re.search(r"[?&]\w{0,20}(?:key|token)=(?:\{|\$\{|[\"']\s*[+.&]\s*\$?)?" + re.escape(name) + r"\b", text, re.I))


@fact("connection_settings", version=4, public=False)
def connection_settings(ctx) -> list[list]:
    """``[[path, line, "name = value"], …]`` in path order (see the module's docstring)."""
    inv = inventory_of(ctx)
    paths = sorted(e.path for e in tree_of(ctx) if e.kind in ("file", "executable") and e.ext in _EXT and not is_vendored(e.path) and not is_generated(e.path)
                   and not is_test(e.path) and inv.category(e.path) == "source")[:MAX_FILES]
    out: list[list] = []
    for path in paths:
        for line, value, _role_name in settings_of(ctx.snapshot.read_text(path, limit=READ_BYTES) or ""):
            out.append([path, line, value])
            if len(out) >= MAX_FOUND:
                return out
    return out
