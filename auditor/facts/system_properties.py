"""A Java program's settings given at launch as JVM system properties (``System.getProperty("httpclient.proxyHost")``, set with
``-Dhttpclient.proxyHost=…`` on the java command line or in ``JAVA_OPTS``): settings, but no environment variable — a ``.env``
template cannot set them. Told apart so that the configuration check says what they are, and counts one as documented where a
launch file of the repository passes it (a Dockerfile's ``JAVA_OPTS``, a start script, a systemd unit, a compose file).

Issue 12, s48 lead = OPEN-ENT-NG/magneto (ServiceFactory.java's four httpclient.proxy* properties said "read by the code but
missing from the .env template")."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_LAUNCH_FILES = 200
MAX_LAUNCH_BYTES = 128 * 1024
# the files that launch a Java program: a container's, a script's, a service manager's, a compose file's
_LAUNCH_FILE = lazy_compile(r"(?:^|/)(?:Dockerfile[\w.-]*|[\w.-]*\.dockerfile|[\w.-]+\.(?:sh|bash|bat|cmd|ps1|service|conf|env)|"
                            r"(?:docker-)?compose[\w.-]*\.ya?ml|Procfile|Makefile|jvm\.options|[\w.-]*\.vmoptions|setenv\.sh)$", re.I)


def _line(text: str, number: int) -> str:
    """The text of the line numbered ``number`` (1-based)."""
    start = 0
    for _ in range(max(number - 1, 0)):
        start = text.find("\n", start) + 1
        if not start:
            return ""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def system_properties(snap, read_vars: list[list], limit: int = 128 * 1024) -> list[str]:
    """The names of ``read_vars`` (``[name, [path, line, excerpt, class]]``) read as a JVM system property on the line the text scan
    found them (``System.getProperty("name"`` there), sorted."""
    texts: dict[str, str] = {}
    out = set()
    for v, h in read_vars:
        if not (isinstance(h[1], int) and h[0].endswith((".java", ".kt", ".groovy", ".scala", ".jsp"))):
            continue
        text = texts.setdefault(h[0], snap.read_text(h[0], limit=limit) or "")
        if re.search(r'System\s*\.\s*getProperty\s*\(\s*"' + re.escape(v) + '"', _line(text, h[1])):
            out.add(v)
    return sorted(out)


def launch_named(snap, paths: list[str], names: list[str]) -> set[str]:
    """The system properties of ``names`` that a launch file among ``paths`` passes (``-Dname=`` or ``-Dname `` there)."""
    if not names:
        return set()
    launch = sorted(p for p in paths if _LAUNCH_FILE.search(p))[:MAX_LAUNCH_FILES]
    pattern = re.compile(r"-D(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w.-])")
    out: set[str] = set()
    for p in launch:
        out |= set(pattern.findall(snap.read_text(p, limit=MAX_LAUNCH_BYTES) or ""))
        if out >= set(names):
            break
    return out
