"""The project's own Java archives committed without their pom.xml: a distribution repository of a Java program holds the builds
of the program (``mytool-1.0.0.jar``, ``mytool-1.1.0.jar`` at its root, the launcher scripts, lib/ with the third-party jars) while
its sources and pom.xml live in another repository. A jar is the project's own when its artefact name, the file's name without
its version, is one of the project's names (the repository's, its README title's), or the repository's name without a word saying
it is a distribution of it (``mytool-executables``, ``mytool-dist``, ``mytool-bin``, ``mytool-release``, ``mytool-livrables``):
the project built and committed, build output, not a library copied in (issue 12, s46 fa46). A jar of another name
(``lib/commons-codec-1.11.jar``) stays a copied library.

So is a jar a committed script takes from a Maven or Gradle build's output folder (``cp ../mytool/target/mytool-*.jar .``,
``copy ..\\mytool\\target\\mytool-*.jar lib``, ``build/libs/mytool-*.jar``): whatever the clone's name, the files matching that
name are the project's build (the third-party jars Maven copies to ``target/lib/`` or ``target/dependency/`` are not named there).
Bounded: at most :data:`MAX_SCRIPTS` scripts of :data:`SCRIPT_BYTES`, three folders deep at most, in path order; nothing is run.
"""

from __future__ import annotations

import fnmatch
import re

from auditor.lazyre import lazy_compile

# a distribution repository's name: the program's name, then a word for "its builds" (English and French)
_DIST_WORD = lazy_compile(r"(?:executables?|exe|exes|bin|bins|binaries|binary|dist|distrib|distribution|distro|release|releases|build|builds|"
                          r"packages?|deploy|deployment|livrables?|executable|runtime|jars?)$")
MIN_NAME = 4


def _squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def own_jar_names(names: set[str]) -> set[str]:
    """The names (squeezed) an own jar may carry: each of the project's names, and each without a distribution word at its end
    (``cd56toolexecutables``: ``cd56tool``), when what is left is :data:`MIN_NAME` characters or more."""
    out = {n for n in names if len(n) >= MIN_NAME}
    for n in list(out):
        m = _DIST_WORD.search(n)
        if m and m.start() >= MIN_NAME:
            out.add(n[: m.start()])
    return out


def is_own_jar(artifact: str, names: set[str]) -> bool:
    """Whether a jar's artefact name (its file name without version and extension) is one of :func:`own_jar_names`."""
    return len(_squeeze(artifact)) >= MIN_NAME and _squeeze(artifact) in names


MAX_SCRIPTS, SCRIPT_BYTES = 50, 64 * 1024
_SCRIPTS = lazy_compile(r"(?:\.(?:sh|bash|bat|cmd|ps1)|(?:^|/)(?:Makefile|build\.xml))$", re.I)
# a jar named (a glob at most) right inside a build's output folder: Maven's target/, Gradle's build/libs/
_BUILT_JAR = lazy_compile(r"""(?:^|[\s"'=/\\])(?:target|build[/\\]libs)[/\\]([\w.*?-]{1,120}\.jar)\b""", re.I)


def copied_builds(snap, entries: list) -> dict[str, str]:
    """``{path: "build"}`` for the committed jars whose name matches a jar a committed script takes from a build's output folder
    (``target/mytool-*.jar``): a glob keeps :data:`MIN_NAME` letters or digits of its own at least (``target/*.jar`` names none)."""
    files = [e.path for e in entries if e.kind in ("file", "executable")]
    jars = [p for p in files if p.lower().endswith(".jar")]
    if not jars:
        return {}
    globs: set[str] = set()
    for path in sorted(p for p in files if p.count("/") <= 3 and _SCRIPTS.search(p))[:MAX_SCRIPTS]:
        for m in _BUILT_JAR.finditer(snap.read_text(path, limit=SCRIPT_BYTES) or ""):
            if len(_squeeze(m.group(1)[:-4])) >= MIN_NAME:
                globs.add(m.group(1).lower())
    return {p: "build" for p in jars if any(fnmatch.fnmatchcase(p.rsplit("/", 1)[-1].lower(), g) for g in sorted(globs))}
