"""The archives a project packages its own build into, committed in the repository: the web archives (.war, .ear) named after
one of its Maven or Gradle modules, and the zip a QGIS plugin or an npm package is packaged into, named after its own ``name``
(see :mod:`auditor.facts.build_outputs`, which lists them as build output; moved out of build_outputs.py, issue 12, s36 lead: over
400 lines after this session's fixes; a pure move)."""

from __future__ import annotations

import re

from auditor.facts.source_archives import source_archives  # noqa: F401 (build_outputs' door to the archives of its own files)
from auditor.lazyre import lazy_compile

CONFIG_BYTES = 256 * 1024  # (as build_outputs': a build file is read up to this)

MAX_BUILD_FILES = 50
_POM_PARENT = lazy_compile(r"<parent>(?:(?!<parent>).){0,4000}?</parent>", re.S)
POM_ARTIFACT = lazy_compile(r"<artifactId>\s*([\w.-]{1,100})\s*</artifactId>")
_GRADLE_NAME = lazy_compile(r"""rootProject\.name\s*=\s*['"]([\w.-]{1,100})['"]""")
_ARCHIVE_EXT = ("war", "ear", "zip")
# the name a QGIS plugin's metadata.txt gives it (its [general] section's name=), an npm package.json's own name
_QGIS_NAME = lazy_compile(r"^name[ \t]*=[ \t]*([\w .-]{1,100}?)[ \t]*$", re.M)


def artifact_name(path: str, text: str) -> str | None:
    """The artefact a build file names: a pom.xml's own artifactId (not its parent's), a settings.gradle's rootProject.name, a QGIS
    plugin's metadata.txt name (when it names qgisMinimumVersion), a package.json's name (its first keys, without its scope)."""
    name = path.rsplit("/", 1)[-1]
    if name == "metadata.txt":
        m = _QGIS_NAME.search(text) if "qgisMinimumVersion" in text else None
    elif name == "package.json":
        return _npm_name(text)
    else:
        m = _GRADLE_NAME.search(text) if path.endswith(("gradle", "kts")) else POM_ARTIFACT.search(_POM_PARENT.sub("", text, count=1))
    return m.group(1) if m else None


def _npm_name(text: str) -> str | None:
    from auditor import safejson

    try:
        data = safejson.loads(text)
    except ValueError:
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return name.rsplit("/", 1)[-1] if isinstance(name, str) and name else None


_SEPARATORS = lazy_compile(r"[\s-]+")
# a QGIS plugin's repository address in its metadata.txt (repository=https://github.com/owner/plugin_folder)
_QGIS_REPOSITORY = lazy_compile(r"^repository[ \t]*=[ \t]*\S*?/([\w.-]{1,100}?)(?:\.git)?/?[ \t]*$", re.M)


def _norm(name: str) -> str:
    """A name compared whatever its case and word separators ("Synchro Retour terrain", synchro-retour-terrain: synchro_retour_terrain)."""
    return _SEPARATORS.sub("_", name.strip().lower())


def qgis_repository_name(text: str) -> str | None:
    """The last segment (without .git) of the repository address a QGIS plugin's metadata.txt gives (repository=…/plugin_folder)."""
    m = _QGIS_REPOSITORY.search(text)
    return m.group(1) if m else None


def plugin_folder_names(path: str, text: str) -> set[str]:
    """The names a QGIS plugin's zip is given besides its display name: the plugin's folder, which is its package's name once installed —
    the folder holding metadata.txt, or at the root the repository its metadata.txt names (repository=…/synchro_retour_terrain): the
    zip synchro_retour_terrain.zip of the plugin "Synchro Retour terrain" (issue 12, s41 fj41 = smavd/synchro_retour_terrain)."""
    if path.rsplit("/", 1)[-1] != "metadata.txt" or "qgisMinimumVersion" not in text:
        return set()
    out = {_norm(path.rsplit("/", 2)[-2])} if "/" in path else set()
    if name := qgis_repository_name(text):
        out.add(_norm(name))
    return {n for n in out if len(n) >= 3}


def own_archives(snap, entries: list) -> dict[str, str]:
    """``{path: "build"}`` for the web archives (.war, .ear) the project's own build made, wherever they are committed: named
    after the artifactId of one of its pom.xml or the rootProject.name of its settings.gradle, under Tomcat's naming too
    (``src/site/resources/war/1.0/visusal##1.0.war``, ``ROOT##visusal-2.02.war`` of the artifact ``visusal``); and the zip a
    QGIS plugin or an npm package was packaged into, named after it (``MitiConnect.zip``, ``mon-plugin-1.0.2.zip``). An archive
    named after no module of the project (``geoserver.war`` in a deployment kit, ``communes.zip`` of data) is someone else's
    application or data."""
    archives = [e.path for e in entries if e.kind == "file" and e.path.rsplit(".", 1)[-1].lower() in _ARCHIVE_EXT]
    if not archives:
        return {}
    names: set[str] = set()
    # (a plugin's or a package's own manifest, at the root or two folders down: a zip is the package of one of them)
    packaged = ("metadata.txt", "package.json") if any(a.lower().endswith(".zip") for a in archives) else ()
    recipes = sorted(e.path for e in entries if e.kind == "file" and (e.path.rsplit("/", 1)[-1] in ("pom.xml", "settings.gradle", "settings.gradle.kts")
                                                                      or e.path.rsplit("/", 1)[-1] in packaged and e.path.count("/") <= 2
                                                                      and "node_modules/" not in e.path))
    for path in recipes[:MAX_BUILD_FILES]:
        text = snap.read_text(path, limit=CONFIG_BYTES) or ""
        name = artifact_name(path, text)
        if name and "$" not in name:
            names.add(_norm(name))
        names |= plugin_folder_names(path, text)
    out: dict[str, str] = {}
    for path in archives:
        stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
        stem = _norm(stem.split("##", 1)[1] if stem.startswith("root##") else stem.split("##", 1)[0])
        if any(stem == n or (stem.startswith(n) and stem[len(n)] in "_.") for n in names):
            out[path] = "build"
    return out


# a Java archive a committed script or unit runs (start.sh's ``exec java -Dspring.profiles.active=prod -jar orgarif-server.jar``, a
# systemd unit's ExecStart=/usr/bin/java -jar /opt/app/app.jar), and a build record beside it naming the git revision it was built
# from (build.properties' ``gitRevision=4004d6a7…``, Spring Boot's git.properties ``git.commit.id=…``)
_RUN_JAR = lazy_compile(r"""(?:^|[^\S\n])-jar[^\S\n]+["']?(?:[\w${}./-]*/)?([\w.-]{1,120}\.jar)\b""", re.M)
_RUNNERS = lazy_compile(r"(?:\.(?:sh|bash|service|bat|cmd|ps1)|(?:^|/)(?:Procfile|Dockerfile|Containerfile|Makefile))$", re.I)
_BUILD_RECORD = ("build.properties", "git.properties", "build-info.properties", "version.properties")
_REVISION = lazy_compile(r"""^[^\S\n]*(?:git[._-]?revision|git\.commit\.id(?:\.full)?|git[._-]?commit|commit[._-]?id|revision)[^\S\n]*[=:][^\S\n]*"""
                         r"""[0-9a-f]{7,40}[^\S\n]*$""",
                         re.I | re.M)


def run_builds(snap, entries: list) -> dict[str, str]:
    """``{path: "build"}`` for the Java archives a committed script or unit of the repository runs (``-jar <name>.jar``) when a build
    record in the same folder names the git revision they were built from: the project's own build deployed (a deployment
    repository's orgarif-server.jar beside build.properties, issue 12, s39 fb39 = cridf-openassemblee-orgarif/orgarif-deploy), not
    a library copied in. A jar no script runs (lib/postgresql-42.jar), or run with no such record beside it, keeps its category.
    Bounded: at most 50 scripts of 64 kB and 10 records of 16 kB, three folders deep at most, in path order."""
    files = [e.path for e in entries if e.kind in ("file", "executable")]  # (start.sh is often executable)
    jars = [p for p in files if p.lower().endswith(".jar")]
    if not jars:
        return {}
    run: set[str] = set()
    for path in sorted(p for p in files if p.count("/") <= 3 and _RUNNERS.search(p))[:50]:
        run |= {m.group(1) for m in _RUN_JAR.finditer(snap.read_text(path, limit=64 * 1024) or "")}
    if not run:
        return {}
    records = sorted(p for p in files if p.rsplit("/", 1)[-1] in _BUILD_RECORD and p.count("/") <= 3)[:10]
    revised = {p.rpartition("/")[0] for p in records if _REVISION.search(snap.read_text(p, limit=16 * 1024) or "")}
    return {p: "build" for p in jars if p.rsplit("/", 1)[-1] in run and p.rpartition("/")[0] in revised}
