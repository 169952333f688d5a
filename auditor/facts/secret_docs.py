"""A real server's password written out in the repository's pages (issue 12, s40 fg40 = fbonhomme/calordure).

A deployment report in Markdown gives the production database's connection URL, ``DATABASE_URL="mysql://<user>:<password>@<name>.mysql.
database.azure.com/<db>"``, and a scripts README its connection block (``- Host: `<name>.mysql.database.azure.com```, ``- Username:
…``, ``- Password: `<password>```): the password of a server on the Internet, published with the page, is to revoke, not an example
to review. Read only when the value looks chosen (8 to 64 characters, letters with digits or signs, no placeholder word: not
``PASSWORD_ENCODÉ``, ``<password>``, ``xxx``, ``changeme``) and the host is a real server's name (a domain with a top-level domain in
letters; not this machine, a container, a private or documentation domain, a placeholder label such as ``domaine``, ``srv-xxx``).

detect-secrets' URL pattern leaves out a password holding one of ``!$&'()*+,;=``: :func:`url_password` reads such URLs too.
"""

from __future__ import annotations

import re

from auditor.facts.secret_calls import _NOT_A_PASSWORD, _NOT_ON_THE_INTERNET
from auditor.facts.secret_values import LOCAL_HOST, PLACEHOLDER, REDACTED, placeholder_host
from auditor.lazyre import lazy_compile

# scheme://user:password@host — the user and password as far as the "@" before a host name (bounded: linear)
_URL = lazy_compile(r"""\b[a-z][a-z0-9+.-]{1,20}://([^\s:/@'"`]{1,64}):([^\s@'"`/]{1,128})@([A-Za-z0-9][\w.-]{0,252})""", re.I)
# a password given by its name in a page's connection block (``- Password: `…```, ``mot de passe : …``, ``mdp = …``)
_NAMED = lazy_compile(r"""(?<![\w-])(?:password|passwd|pwd|mdp|mot[ _-]de[ _-]passe|motdepasse)\**[ \t]*[:=][ \t]*\**[ \t]*(`?)([^\s`'"]{1,64})\1(?=[\s.,;)]|$)""", re.I)
# the server's name given by its key beside it (``- Host: `…```, ``serveur : …``, ``hôte = …``)
_HOST = lazy_compile(r"""(?<![\w-])(?:host|hostname|server|serveur|h[oô]te)\**[ \t]*[:=][ \t]*\**[ \t]*`?([A-Za-z0-9][\w.-]{0,252})""", re.I)
# a host label standing for anyone's domain or server
_PLACEHOLDER_LABELS = frozenset({"domaine", "domain", "mondomaine", "votredomaine", "yourdomain", "mydomain", "example", "exemple", "host",
                                 "hostname", "server", "serveur", "votre-serveur", "your-server", "nom-du-serveur"})


def _chosen(value: str) -> bool:
    """A password someone chose: 8 to 64 characters, letters with digits or signs, not a placeholder, a redacted mark or a word of
    its role."""
    return 8 <= len(value) <= 64 and bool(re.search(r"[A-Za-z]", value)) and bool(re.search(r"[\d\W_]", value)) \
        and not PLACEHOLDER.match(value) and not REDACTED.match(value) and not _NOT_A_PASSWORD.search(value) \
        and not re.search(r"[<>{}\[\]]|\$\w|%\w+%", value)


def internet_host(host: str) -> bool:
    """A server's name on the Internet: a dot, a top-level domain in letters, no local, private or documentation name, no
    placeholder label."""
    h = host.lower().rstrip(".")
    labels = h.split(".")
    return len(labels) >= 2 and labels[-1].isalpha() and len(labels[-1]) >= 2 and not h.endswith(_NOT_ON_THE_INTERNET) \
        and not LOCAL_HOST.search("@" + h) and not any(PLACEHOLDER.match(label) or label in _PLACEHOLDER_LABELS for label in labels[:-1]) \
        and not placeholder_host(f"://u:p@{h}")


def url_password(line: str) -> str | None:
    """The chosen password of a ``scheme://user:password@host`` URL on the line whose host is on the Internet, else None."""
    for m in _URL.finditer(line[:4000]):
        if _chosen(m.group(2)) and not PLACEHOLDER.match(m.group(1)) and internet_host(m.group(3)):
            return m.group(2)
    return None


def named_password(line: str, around: str) -> str | None:
    """The chosen password given by name on the line when the few lines ``around`` it name the server, on the Internet, else
    None."""
    m = _NAMED.search(line[:4000])
    if m is None or not _chosen(m.group(2)):
        return None
    return m.group(2) if any(internet_host(h.group(1)) for h in _HOST.finditer(around[-4000:])) else None


PAGE_KIND = "Password written in a page"
_PAGE_WORDS = ("password", "passwd", "pwd", "mdp", "mot de passe", "mot_de_passe", "mot-de-passe", "motdepasse")


def page_passwords(snap, entries) -> list[tuple[str, int]]:
    """``(path, line)`` of the chosen passwords a Markdown page gives by name (``Mot de passe : …``, ``- Password: `…```) with the
    server's name on the Internet a few lines around (``Serveur : ftp.<domain>``, :func:`named_password`), read directly: not only on
    the lines detect-secrets' keywords flag (they do not know the French "mot de passe"). The first MAX_DOC_FILES pages in path
    order, MAX_DOC_BYTES each; never the value (issue 12, s42 fj42 = ISPF/enquetes-tourisme-eft-exportatn)."""
    out = []
    for e in [e for e in entries if e.ext.lower() in DOC_EXT and e.size <= MAX_DOC_BYTES][:MAX_DOC_FILES]:
        text = snap.read_text(e.path, limit=MAX_DOC_BYTES) or ""
        if not any(w in text.lower() for w in _PAGE_WORDS):
            continue
        lines = text.splitlines()
        for n, line in enumerate(lines):
            if len(line) <= 4000 and _NAMED.search(line) and named_password(line, "\n".join(lines[max(0, n - 6): n + 4])):
                out.append((e.path, n + 1))
    return out


# a password given as a command's option in a page's code block (``az mysql flexible-server execute … --admin-password '…'``,
# ``psql --password=…``, ``mysql -u admin -p…``): the value that follows, quoted or not, as far as a space
_OPTION = lazy_compile(r"""(?<![\w-])--(?:[a-z]+-){0,3}(?:password|passwd|pwd)(?:[ \t]+|=)(["']?)([^\s"'`]{1,64})\1(?=[\s;|&)]|$)""", re.I)
_MYSQL_P = lazy_compile(r"""\bmysql(?:dump|admin|sh)?\b[^\n]{0,300}?[ \t]-p(["']?)([^\s"'`]{1,64})\1(?=[\s;|&)]|$)""")
_FENCE = lazy_compile(r"^[ \t]{0,3}(```+|~~~+)")
# the account the command signs in with, given beside it (-u admin, --admin-user admin, --username=…, --login …): a server's account,
# not a file's password (qpdf --password=… --decrypt, zip -P …)
_ACCOUNT = lazy_compile(r"(?<![\w-])(?:-[uU][ \t]*[^\s-]|--(?:[a-z]+-){0,3}(?:user|username|login)(?:[ \t]+|=)[^\s-])")
_THIS_MACHINE = lazy_compile(r"(?<![\w.-])(?:localhost|127\.0\.0\.1|0\.0\.0\.0|::1)(?![\w.-])", re.I)  # (-h localhost, --host=127.0.0.1)
DOC_EXT = frozenset({"md", "markdown", "mdx"})
MAX_DOC_FILES, MAX_DOC_BYTES, MAX_BLOCK_LINES = 400, 256 * 1024, 400


def block_passwords(snap, entries, local) -> list[tuple[str, int]]:
    """``(path, line)`` of the chosen passwords a Markdown page's fenced code blocks give a command as an option (``--password``,
    ``--admin-password``, ``mysql -p…``) beside the account it signs in with (a file's password, ``qpdf --password=…``, is none), as secret_commands reads them in scripts: the first MAX_DOC_FILES pages in path order,
    MAX_DOC_BYTES each, MAX_BLOCK_LINES lines a block; a placeholder (``<password>``, ``$PASSWORD``, ``${X}``, ``xxx``, ``changeme``)
    or a line naming this machine (``local``) is none."""
    from auditor.facts.secret_commands import _logical_lines
    pages = [e for e in entries if e.ext.lower() in DOC_EXT and e.size <= MAX_DOC_BYTES][:MAX_DOC_FILES]
    out = []
    for e in pages:
        text = snap.read_text(e.path, limit=MAX_DOC_BYTES) or ""
        if "password" not in text.lower() and "-p" not in text:
            continue
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            m = _FENCE.match(lines[i])
            if not m:
                i += 1
                continue
            end = next((j for j in range(i + 1, min(len(lines), i + 1 + MAX_BLOCK_LINES)) if lines[j].lstrip().startswith(m.group(1))), None)
            stop = end if end is not None else min(len(lines), i + 1 + MAX_BLOCK_LINES)
            for n, parts in _logical_lines(lines[i + 1:stop]):
                line = " ".join(parts)
                if len(line) > 2000 or line.lstrip().startswith(("#", "//", "REM ", "::")) or local(line) or _THIS_MACHINE.search(line):
                    continue
                for rx in (_OPTION, _MYSQL_P):
                    v = rx.search(line)
                    if v and _chosen(v.group(2)) and _ACCOUNT.search(line):
                        out.append((e.path, i + 1 + n + next((k for k, x in enumerate(parts) if v.group(2) in x), 0)))
                        break
            i = stop + 1
    return out
