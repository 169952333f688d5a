"""The shell scripts a container runs when it starts, and what they read from the container's environment (issue 12, s40 ff40 =
reader re40's govpf/docker-spa-base).

A Dockerfile's ENTRYPOINT or CMD names the script that starts the container, or the Dockerfile copies scripts into the folder its
base image's entrypoint runs at start (``COPY files/* /docker-entrypoint-init.d/``, /docker-entrypoint.d/, postgres'
/docker-entrypoint-initdb.d/): what those scripts read is what the operator sets with ``docker run -e``. There:
- a name of a web server's configuration (``SERVER_NAME``, ``SERVER_ADMIN``, ``DOCUMENT_ROOT``) is the operator's setting, not one
  of the request variables a server hands a PHP or CGI page (env_names.SERVER_PREFIXES, dropped elsewhere);
- a lower-case ``name=${name:-default}`` at a line's start (``js_basepath=${js_basepath:-/var/www/html/}``) reads the
  environment with a default by the shell's own idiom, whatever the case of its name, unless the script sets that name otherwise.
A build or CI script's self-assigned variable is no setting (s40 fd40's Taskfile rule): only the scripts the container runs are read
here. Bounded: 10 Dockerfiles of 64 KB.
"""

from __future__ import annotations

import posixpath
import re

from auditor.lazyre import lazy_compile

_DOCKERFILE = lazy_compile(r"(?:^|/)(?:Dockerfile|Containerfile)(?:[.-][\w.-]+)?$|\.[Dd]ockerfile$")
_COPY = lazy_compile(r"^[ \t]*(?:COPY|ADD)[ \t]+((?:--[\w-]+=\S+[ \t]+)*)(.+?)[ \t]*$", re.M | re.I)
_START = lazy_compile(r"^[ \t]*(?:ENTRYPOINT|CMD)[ \t]+(.+)$", re.M | re.I)
_HOOK_DIR = lazy_compile(r"(?:^|/)docker-entrypoint[\w.-]*\.d/?$|(?:^|/)entrypoint[\w.-]*\.d/?$", re.I)
# (a web server's own configuration names, which a container's start script reads from its environment)
SERVER_CONFIG_NAME = lazy_compile(r"^(?:SERVER_[A-Z0-9_]*[A-Z0-9]|DOCUMENT_ROOT)$")
_LOWER_DEFAULT = lazy_compile(r"""^[ \t]*([a-z_][a-z0-9_]{2,60})=["']?\$\{([a-z_][a-z0-9_]{2,60}):?[-=]""", re.M)
_LOWER_SET = r"""^[ \t]*(?:(?:export|local|readonly|declare)[ \t]+)?{v}=|\b(?:read(?:[ \t]+-\w+)*|for)[ \t]+(?:\w+[ \t]+)*{v}\b"""


def _sources(dockerfile: str, text: str, files: set[str]) -> list[tuple[str, str]]:
    """(repository path, destination) of each file a COPY or ADD line copies from the Dockerfile's folder (a glob's matches too)."""
    base = posixpath.dirname(dockerfile)
    out = []
    for m in _COPY.finditer(text):
        if "--from" in m.group(1):
            continue
        parts = m.group(2).strip()
        words = re.findall(r'"([^"]+)"', parts) if parts.startswith("[") else parts.split()
        if len(words) < 2:
            continue
        dest = words[-1]
        for src in words[:-1]:
            pattern = posixpath.normpath(posixpath.join(base, src.removeprefix("./"))).lstrip("/")
            rx = re.compile(re.escape(pattern).replace(r"\*", "[^/]*") + r"(?:/.*)?$")
            out += [(p, dest) for p in sorted(files) if rx.match(p)][:50]
    return out


def entrypoint_scripts(snap, entries) -> set[str]:
    """The repository's shell scripts a Dockerfile of it runs when the container starts (see the module)."""
    files = {e.path for e in entries}
    out: set[str] = set()
    for path in sorted(p for p in files if _DOCKERFILE.search(p))[:10]:
        text = snap.read_text(path, limit=64 * 1024) or ""
        copied = _sources(path, text, files)
        started = " ".join(m.group(1) for m in _START.finditer(text))
        for src, dest in copied:
            if not src.endswith((".sh", ".bash")) and "." in src.rsplit("/", 1)[-1]:
                continue
            name = src.rsplit("/", 1)[-1]
            if _HOOK_DIR.search(dest) or _HOOK_DIR.search(posixpath.dirname(dest.rstrip("/")) + "/") \
                    or re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w.-])", started) or dest.rstrip("/").endswith("/" + name) and name in started:
                out.add(src)
    return out


def lower_case_defaults(text: str) -> list[tuple[str, int, str]]:
    """(name, line, excerpt) of each lower-case ``name=${name:-default}`` of a start script whose name it sets nowhere else."""
    out = []
    for m in _LOWER_DEFAULT.finditer(text):
        v = m.group(1)
        if m.group(2) != v:
            continue
        others = [o for o in re.finditer(_LOWER_SET.format(v=re.escape(v)), text, re.M) if o.start() != m.start()]
        if not others:
            line = text.count("\n", 0, m.start()) + 1
            out.append((v, line, text[m.start():].split("\n", 1)[0].strip()[:120]))
    return out[:20]
