"""Addresses written without a scheme: a protocol-relative ``//host/path`` in a string or an attribute (Matomo's snippet
``var u="//stats.example-agglo.fr/";``, ``<script src="//host/lib.js">``, CSS ``url(//host/font.woff)``). The page loads
them with its own scheme, so they are servers the service depends on as ``https://`` ones are (``scaling.url``)."""

from __future__ import annotations

import re

from auditor.facts.scaling.common import cdn_over_neutral, is_neutral_host, platform_host
from auditor.facts.scaling.signals import _COMMENT, _LINK_KEY, _SCHEMA_REF, RUN, URL, _interesting_url, _line_before, app_card_link, in_block_comment, in_comment_or_link
from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

# after a quote or an opening parenthesis only (a comment's "// text" or a path's "a//b" is none), a host whose last label is a
# top-level domain's letters (//10.0.0.1 and //server/share are left to the other signals)
URL_RELATIVE = (r"""(?<=["'(])//((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::\d{1,5})?"""
                r"""(/[^\s"'<>()\[\]{}`\\,;|]*)?(?=[\s"'/:)]|$)""")

signal("scaling.url-relative", URL_RELATIVE, ('"//', "'//", "(//"), classes=RUN, accept=_interesting_url)

# A directory, mail or file server named bare to the call that connects to it (Perl's Net::LDAP->new('ldap.host.fr'),
# Net::LDAPS, Net::SMTP, Net::FTP; PHP's ldap_connect('ldap.host.fr'); Python's ldap3.Server('ldap.host.fr')): a connection as a
# database URL is (scaling.dburl); the host is the excerpt
signal("scaling.connect-host", r"""(?:\bNet::(?:LDAPS?|SMTP|FTP)\s*->\s*new|\bldap_connect|\bldap3\.Server)\s*\(\s*['"]"""
       r"""((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::\d{1,5})?['"]""",
       ("net::ldap", "net::smtp", "net::ftp", "ldap_connect", "ldap3.server"), classes=RUN, group=1,
       accept=lambda m: not is_neutral_host(m.group(1)) and not in_comment_or_link(m))

# A server's host name given as the default of a host setting read from the environment (os.getenv('DB_HOST', 'pg.example.fr'),
# os.environ.get("SMTP_SERVER", "…"), process.env.DB_HOST || '…', PHP's getenv('DB_HOST') ?: '…' or $_ENV['DB_HOST'] ?? '…'): unless
# the variable is set, the code connects to that server, a connection as a database URL is (issue 12, s43 ff43 =
# ArnaudP17000/Budget-Manager-Pro-V5.1); the host is the excerpt. A name with a top-level domain's letters only (localhost, a Compose
# container's name, an IP address are left to the other signals)
_HOST_VAR = r"""['"]?(\w{0,40}(?:HOST|SERVER|SERVEUR)\w{0,20})['"]?"""
_DEFAULT_HOST = r"""['"`]((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::\d{1,5})?['"`]"""
signal("scaling.env-default-host", r"""(?:\b(?:os\.)?(?:getenv|environ\.get)\(\s*""" + _HOST_VAR + r"""\s*,\s*""" + _DEFAULT_HOST
       + r"""|\bprocess\.env\.""" + _HOST_VAR + r"""\s*(?:\|\||\?\?)\s*""" + _DEFAULT_HOST
       + r"""|\bgetenv\(\s*""" + _HOST_VAR + r"""\s*\)\s*(?:\?:|\?\?)\s*""" + _DEFAULT_HOST
       + r"""|\$_(?:ENV|SERVER)\[\s*""" + _HOST_VAR + r"""\s*\]\s*\?\?\s*""" + _DEFAULT_HOST + ")",
       ("getenv", "environ.get", "process.env.", "$_env[", "$_server["), classes=RUN, group=0,
       accept=lambda m: not in_comment_or_link(m) and not is_neutral_host(default_host(m.group(0))))


def default_host(excerpt: str) -> str:
    """The host name an ``scaling.env-default-host`` excerpt gives as the default (its last quoted dotted name), lower-cased."""
    found = _DEFAULT_HOST_RX.findall(excerpt)
    return found[-1].lower() if found else ""


_DEFAULT_HOST_RX = lazy_compile(_DEFAULT_HOST, re.I)


# A libpq keyword/value connection string naming its server (psycopg2.connect("host=91.206.199.84 dbname='crige' user=…"), PHP's
# pg_connect("host=bdd.ville.fr dbname=sig")): the database server the code connects to, an address or a name; the host is the
# excerpt. Only on a line that also names the database (dbname=): a bare "host = …" setting is left to the URL signals.
_DBNAME = lazy_compile(r"\bdbname\s*=")


def _libpq_line(m) -> bool:
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    return bool(_DBNAME.search(s[start: end if end != -1 else len(s)][:2000]))


signal("scaling.libpq-host", r"""\bhost\s*=\s*'?([a-z0-9][a-z0-9.-]*[a-z0-9])'?(?=[\s'"])""", ("dbname",), classes=RUN, group=1,
       accept=lambda m: _libpq_line(m) and not is_neutral_host(m.group(1)) and not in_comment_or_link(m)
       and m.group(1).lower() not in ("localhost", "127.0.0.1", "db", "database", "postgres", "postgresql", "postgis", "host", "hostname"))


# A PDO data source name naming its server (new PDO('mysql:host=mairie1234.mysql.db;dbname=…'), a class's private static $serveur =
# 'mysql:host=…'; pgsql:, sqlsrv:Server=…, oci:dbname=//host…): the database server the code connects to, as a libpq host= is — an
# OVH shared hosting's *.mysql.db, reachable from that hosting only (issue 12, s43 fe43 = Buralis/archives). The DSN's driver prefix
# says what it is, whatever the line holds besides; a host read from a variable or a constant is no literal
signal("scaling.pdo-host", r"""(?<![\w.])(?:mysql|pgsql|sqlsrv|dblib|mssql|sybase|firebird|informix|cubrid):(?:[\w-]+=[^;'"\s]*;)*\s*"""
       r"""(?i:host|server)\s*=\s*([a-z0-9][a-z0-9.-]*[a-z0-9])(?=[\s'";,:]|$)""", ("mysql:", "pgsql:", "sqlsrv:", "dblib:", "mssql:", "sybase:",
       "firebird:", "informix:", "cubrid:"), classes=RUN, group=1,
       accept=lambda m: not is_neutral_host(m.group(1)) and not in_comment_or_link(m)
       and m.group(1).lower() not in ("localhost", "127.0.0.1", "db", "database", "mysql", "mariadb", "postgres", "postgresql", "host", "hostname"))


# A database file an ODBC or ADO connection string opens on one workstation or a file share (DBNAME=C:\\Users\\agent\\Documents\\…\\FUSION.FDB,
# Data Source=\\\\srv-fichiers\\base\\appli.mdb, DBQ=…): the database lives on that machine, which another territory does not have; the
# path is the excerpt (issue 12, s38 fk38 = FlorentBedecarratsNM/meal4cast: a business application's Firebird database read from the
# agent's PC). A path under a user's folder or on a share only: a database file the project ships (./data/app.db) is none.
signal("scaling.odbc-file", r"""\b(?:DBNAME|Database|Data\s+Source|DBQ)\s*=\s*((?:[A-Za-z]:\\{1,2}(?:Users|Documents and Settings)\\{1,2}|\\{2,4}[A-Za-z0-9][\w.-]{0,62}\\{1,2})"""
       r"""[^;"'\n]{1,200}?\.(?:fdb|gdb|mdb|accdb|sqlite3?|db|dbf|mdf))\b""",
       ("dbname", "database", "data source", "dbq"), classes=RUN, group=1,
       accept=lambda m: not _line_before(m).lstrip().startswith(_COMMENT) and not in_block_comment(m))  # (inside a string: not prose)


# An address on a host hosting.yml lists as neutral (a forge's release download, api.github.com, a registry), which the code
# fetches: no hosting dependency (``scaling.url`` leaves it out), but an address, so the hosting check never says "no external
# address" beside it. localhost and example domains name no server. (The host is group 1; a ``${version}`` in the path is kept.)
_NO_ADDRESS = ("localhost", "example.com", "example.org", "example.net", "example.fr", "example.edu")


def listed_neutral(host: str, path: str | None = None) -> bool:
    """A real host of hosting.yml's neutral list (not localhost nor an example domain), and not one account's space there (the
    address's path, when known: a path-scoped personal platform)."""
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    host = host.lower()
    return not any(host == x or host.endswith("." + x) for x in _NO_ADDRESS) and not platform_host(host, path) and not cdn_over_neutral(host) and \
        any(host == n.lower() or host.endswith("." + n.lower()) for n in load("hosting.yml").get("neutral") or [])


def _neutral_url(m) -> bool:
    if "{{" in m.group(0) or not listed_neutral(m.group(1), m.group(2) or ""):
        return False
    s, start = m.string, m.start()
    if _SCHEMA_REF.search(s, max(0, start - 40), start) or _LINK_KEY.search(s, max(0, start - 40), start) or app_card_link(m):
        return False  # a schema an editor validates with, a link a visitor follows, a card's link: nothing the code fetches
    return not in_comment_or_link(m)


signal("scaling.url-neutral", URL, ("http://", "https://"), classes=RUN, accept=_neutral_url)


# A host on a hosting platform written bare, between quotes, in code or configuration: Django's ALLOWED_HOSTS =
# ['app.herokuapp.com'], an S3 custom domain '%s.s3.amazonaws.com' % AWS_STORAGE_BUCKET_NAME, f"{bucket}.s3.amazonaws.com",
# `${app}.azurewebsites.net`. The app's or bucket's name (one label) may be a placeholder filled in at deployment; the
# platforms are hosting.yml's personal platforms where each account has its sub-domain (pages, apps, buckets, home and
# rented machines) and its app_platforms. The host is group 1.
BARE_PLACEHOLDER = lazy_compile(r"%s|%\(\w{1,40}\)s|\$?\{\w{0,40}\}|#\{\w{1,40}\}")
_ACCOUNT_KINDS = ("pages", "app", "bucket", "home", "rented")


def _bare_platforms() -> list[str]:
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    d = load("hosting.yml")
    bases = {p["host"].lower() for p in d.get("personal_platforms") or [] if not p.get("path") and p.get("kind") in _ACCOUNT_KINDS}
    bases |= {x.lower() for x in d.get("app_platforms") or []}
    return sorted(bases, key=lambda b: (-len(b), b))


_BARE_BASES = _bare_platforms()
BARE_HOST = (r"""(?<=["'`])((?:%s|%\(\w{1,40}\)s|\$?\{\w{0,40}\}|#\{\w{1,40}\}|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.(?:"""
             + "|".join(re.escape(b) for b in _BARE_BASES) + r"""))(?=["'`/:])""")

signal("scaling.bare-host", BARE_HOST, tuple(_BARE_BASES), classes=RUN, group=1, accept=lambda m: not in_comment_or_link(m))


# A model hub's repository written without a scheme, between quotes, in code or configuration: Ollama pulls any GGUF model of the
# Hugging Face Hub as "hf.co/<account>/<repo>:<tag>" (huggingface.co/docs/hub/ollama, read 2026-12-06), also written
# "huggingface.co/<account>/<repo>"; the tool downloads it from that account (s38 fh38 = Zigazou/rouen-ocr). The reference is group 1.
MODEL_REF = r"""(?<=["'`])((?:hf\.co|huggingface\.co)/(?:(?:datasets|spaces)/)?[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95})(?=[:"'`/@])"""

signal("scaling.model-ref", MODEL_REF, ("hf.co/", "huggingface.co/"), classes=RUN, group=1, accept=lambda m: not in_comment_or_link(m))
