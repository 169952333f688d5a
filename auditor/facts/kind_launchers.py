"""A Java program shipped as its own builds and started by a launcher script: the distribution repository of a command-line tool
(issue 12, s46 fa46 = PatPercot/cd56-connecteur-asalae-executables: connecteur-asalae.bat sets ``CONNECTEUR_ASALAE=<the tool's
jar>``, ``CLASSPATH=%CONNECTEUR_ASALAE%;`` and runs ``%JAVA_BIN% -classpath %CLASSPATH% <its main class> %*``; no source, no
manifest, so no file decided the kind and the fallback called it a library).

A launcher is a committed script (.bat, .cmd, .sh, .ps1, or a shell script without extension) two folders deep at most that runs
``java`` (or a variable set to it) with a main class or ``-jar``, passes on the arguments it is given (``%*``, ``%1``, ``"$@"``,
``$*``, ``$1``, ``$args``: a command, not a service started once), and names, directly or through the variables it sets, one of
the jars the inventory calls the project's own build (:mod:`auditor.facts.jar_builds`). A script running a third-party jar
(``lib/h2.jar``) or a server without arguments decides nothing. Nothing is run. Bounded: at most :data:`MAX_SCRIPTS` scripts of
:data:`SCRIPT_BYTES`, in path order; variables substituted :data:`PASSES` times at most.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_SCRIPTS, SCRIPT_BYTES, PASSES = 20, 64 * 1024, 3
LAUNCHED_JAR = "launcher script running the project's own jar with the command's arguments"
_SCRIPT = lazy_compile(r"\.(?:bat|cmd|sh|bash|ps1)$", re.I)
_SHEBANG = lazy_compile(r"^#![^\n]*\b(?:ba|z|k|da)?sh\b")
_SET = lazy_compile(r"""^[^\S\n]*(?:@?set[^\S\n]+|export[^\S\n]+|\$)?["']?([A-Za-z_]\w{0,40})[^\S\n]*=[^\S\n]*["']?([^\n"']{0,400}?)["']?[^\S\n]*$""",
                    re.I | re.M)
_JAVA = lazy_compile(r"""(?:^|[\s"'/\\&;(])javaw?(?:\.exe)?["']?[^\S\n]+([^\n]{1,2000})$""", re.I | re.M)
_MAIN = lazy_compile(r"(?:^|\s)-jar\s|(?:^|\s)(?:[a-z_]\w*\.){1,12}[A-Z]\w*(?:\s|$)")
_ARGS = lazy_compile(r"""%\*|%~?[1-9]\b|"\$@"|\$@|\$\*|\$\{@\}|\$[1-9]\b|\$args\b""")
_JAR = lazy_compile(r"[\w.+-]{1,160}\.jar\b", re.I)


def _substituted(text: str) -> str:
    """The script with the values of the variables it sets written in place of their uses (%NAME%, $NAME, ${NAME}, $env:NAME)."""
    values = {m.group(1).lower(): m.group(2) for m in _SET.finditer(text)}
    if not values:
        return text
    use = re.compile(r"%(\w{1,41})%|\$\{(\w{1,41})\}|\$env:(\w{1,41})|\$(\w{1,41})", re.I)
    for _ in range(PASSES):
        new = use.sub(lambda m: values.get((m.group(1) or m.group(2) or m.group(3) or m.group(4)).lower(), m.group(0)), text)
        if new == text:
            break
        text = new[: SCRIPT_BYTES * 2]
    return text


def jar_launchers(ctx, files, own_jars: list[str]) -> list[str]:
    """The launcher scripts running one of ``own_jars`` (paths) as a command, then that jar: [] when there is none."""
    names = {p.rsplit("/", 1)[-1].lower(): p for p in own_jars}
    if not names:
        return []
    out: list[str] = []
    jars: set[str] = set()
    scripts = sorted(e.path for e in files if e.path.count("/") <= 2 and (_SCRIPT.search(e.path) or "." not in e.path.rsplit("/", 1)[-1]))
    for path in scripts[:MAX_SCRIPTS * 3]:
        text = ctx.snapshot.read_text(path, limit=SCRIPT_BYTES) or ""
        if not _SCRIPT.search(path) and not _SHEBANG.match(text):
            continue
        text = _substituted(text)
        for m in _JAVA.finditer(text):
            line = m.group(1)
            named = [names[j.lower()] for j in _JAR.findall(line) if j.lower() in names]
            if named and _MAIN.search(line) and _ARGS.search(line):
                out.append(path)
                jars.update(named)
                break
        if len(out) >= MAX_SCRIPTS:
            break
    return out + sorted(jars)[:1] if out else []
