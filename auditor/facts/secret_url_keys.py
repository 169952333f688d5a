"""A service's key written in a URL's query whose same service's key the code reads from the environment elsewhere (issue 12, s43
fg43 = ymansiaux/isochrones: paste0("https://data.bordeaux-metropole.fr/wps?key=", Sys.getenv("XTRADATA_KEY_INTERNE"), …) in the
application, read_xml("https://data.bordeaux-metropole.fr/wps?key=INTERNEUSR&service=wps…") in a data script and in comments): the
project itself treats that parameter as a credential, so a literal value of it is a committed key, however short or regular (ten
capitals escape detect-secrets' entropy). A placeholder (xxx, YOUR_KEY, demo, <key>, {key}) is none. Bounded: the first
:data:`MAX_FILES` code files in path order, :data:`MAX_BYTES` of each."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

KIND = "Service key written in a URL"
MAX_FILES, MAX_BYTES = 400, 256 * 1024
_CODE_EXT = frozenset({"r", "rmd", "py", "js", "mjs", "ts", "php", "rb", "java", "kt", "cs", "go", "sh", "ipynb"})
_PARAM = r"(?:api_?key|apikey|key|access_?token|token|user_?key)"
# a URL's key parameter left open for a value read from the environment on the same line or the next two
_OPEN_KEY = lazy_compile(r"""https?://([A-Za-z0-9.-]+\.[a-z]{2,})(?::\d+)?/[^\s"'`]*?[?&]""" + _PARAM + r"""=["'`]""", re.I)
_ENV_READ = lazy_compile(r"""\bSys\.getenv\s*\(|\bos\.(?:environ|getenv)\b|\bprocess\.env\b|\bgetenv\s*\(|\$_(?:ENV|SERVER)\[|\bENV\[|System\.getenv\(""")
# the same parameter given a literal value
_LITERAL_KEY = lazy_compile(r"""https?://([A-Za-z0-9.-]+\.[a-z]{2,})(?::\d+)?/[^\s"'`]*?[?&]""" + _PARAM + r"""=([A-Za-z0-9_-]{6,})(?![\w-])""", re.I)
_PLACEHOLDER = lazy_compile(r"^(?:x+|X+|your|votre|my|demo|test|example|exemple|sample|changeme|key|token|apikey|api_?key|cle|clef|secret|dummy|fake)"
                            r"|(?:_?key|_?token|here|xxx+)$", re.I)


def url_key_findings(snap, entries) -> list[tuple[str, int]]:
    """``(path, line)`` of each literal key value (:data:`_LITERAL_KEY`) given to a host whose key the code elsewhere reads from the
    environment (:data:`_OPEN_KEY` then :data:`_ENV_READ`)."""
    files = [e for e in entries if e.ext.lower() in _CODE_EXT][:MAX_FILES]
    texts = {e.path: (snap.read_text(e.path, limit=MAX_BYTES) or "") for e in files}
    env_hosts: set[str] = set()
    for text in texts.values():
        for m in _OPEN_KEY.finditer(text):
            after = "\n".join(text[m.end():].split("\n", 3)[:3])
            if _ENV_READ.search(after):
                env_hosts.add(m.group(1).lower())
    if not env_hosts:
        return []
    out = []
    for path, text in texts.items():
        for number, line in enumerate(text.split("\n"), 1):
            if any(m.group(1).lower() in env_hosts and not _PLACEHOLDER.search(m.group(2)) for m in _LITERAL_KEY.finditer(line)):
                out.append((path, number))
    return out
