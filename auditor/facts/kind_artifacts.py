"""Java libraries published as artefacts (issue 12, s22 c2): a Maven or Gradle build that publishes its modules to a repository
of artefacts (Maven Central, GitHub Packages, a Nexus: ``<distributionManagement>``, Gradle's ``maven-publish``) as jars, with no
main class anywhere (no ``<mainClass>``, ``Main-Class``, Gradle ``application`` plugin, Spring Boot or Jib plugin, no ``main``
method in the sources) and no web archive, is a library other programs add as a dependency, whatever engine it builds on: Insee's
Trevas (a VTL engine whose vtl-spark module depends on Spark) was a "data pipeline" command-line tool for its Spark dependency.

Bounded: the root build and at most :data:`MAX_MODULES` module builds (256 KB each), at most :data:`MAX_SOURCES` source files
(128 KB each), in path order; nothing is run.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

MAX_MODULES = 40
MAX_SOURCES = 400
BUILD_BYTES = 256 * 1024
SOURCE_BYTES = 128 * 1024

_DIST_OPEN, _DIST_CLOSE = "<distributionManagement>", "</distributionManagement>"
_DIST_REPOSITORY = lazy_compile(r"<(?:repository|snapshotRepository)>")
# (or a plugin that publishes to Maven Central itself, without a <distributionManagement> of the project's)
_MAVEN_PUBLISHER = lazy_compile(r"<artifactId>\s*(?:central-publishing-maven-plugin|nexus-staging-maven-plugin)\s*</artifactId>")
_PACKAGING = lazy_compile(r"<packaging>\s*([\w.-]{1,40})\s*</packaging>")
_MODULE = lazy_compile(r"<module>\s*([\w./-]{1,200}?)\s*</module>")
# what makes a module something run rather than added as a dependency: a main class in its manifest or its build, Spring Boot's
# or Jib's or the appassembler's plugin (an executable jar, a container image, launch scripts)
_RUN = lazy_compile(r"<mainClass>|<Main-Class>|<artifactId>\s*(?:spring-boot-maven-plugin|jib-maven-plugin|appassembler-maven-plugin)\s*</artifactId>")
JAR_PACKAGING = frozenset({"jar", "pom", "bundle", "maven-plugin", "java-source", "aar"})
# Gradle: maven-publish (or the vanniktech plugin, a publishing {} block); run by the application, Spring Boot, war or Jib plugins
_GRADLE_PUBLISH = lazy_compile(r"""['"]?maven-publish['"]?|\bcom\.vanniktech\.maven\.publish\b|^[^\S\n]*publishing[^\S\n]*\{""", re.M)
_GRADLE_RUN = lazy_compile(r"""\bid[^\S\n]*\(?[^\S\n]*['"](?:application|war|org\.springframework\.boot|com\.google\.cloud\.tools\.jib)['"]"""
                           r"""|\bapply[^\S\n]+plugin[^\S\n]*:[^\S\n]*['"](?:application|war|org\.springframework\.boot)['"]"""
                           r"""|^[^\S\n]*(?:application|war)[^\S\n]*(?:\{|$)|\bmainClass(?:Name)?\b|['"]Main-Class['"]""", re.M)
_GRADLE_BUILDS = ("build.gradle", "build.gradle.kts")
_GRADLE_SETTINGS = ("settings.gradle", "settings.gradle.kts")
# a program's entry point in the sources: Java's and Groovy's static main, Kotlin's top-level main, Scala's main or App object
_SOURCE_MAIN = lazy_compile(r"\bstatic[^\S\n]+(?:public[^\S\n]+)?void[^\S\n]+main[^\S\n]*\(|^[^\S\n]*(?:public[^\S\n]+)?fun[^\S\n]+main[^\S\n]*\("
                            r"|\bdef[^\S\n]+main[^\S\n]*\(|\bobject[^\S\n]+\w+[^\S\n]+extends[^\S\n]+App\b", re.M)
SOURCE_EXT = frozenset({"java", "kt", "scala", "groovy"})


def _maven(ctx) -> tuple[str, int] | None:
    files = ctx.snapshot.files
    root = ctx.snapshot.read_text("pom.xml", limit=BUILD_BYTES) or ""
    start = root.find(_DIST_OPEN)
    end = root.find(_DIST_CLOSE, start) if start >= 0 else -1
    if not ((start >= 0 and end > start and _DIST_REPOSITORY.search(root, start, end)) or _MAVEN_PUBLISHER.search(root)):
        return None
    builds = [root]
    packaging = _PACKAGING.search(root)
    if packaging and packaging.group(1) == "pom":  # (an aggregator: the modules it lists, each with its own pom.xml)
        for name in sorted(set(_MODULE.findall(root)))[:MAX_MODULES]:
            path = name.strip("/").removeprefix("./") + "/pom.xml"
            if path in files:
                builds.append(ctx.snapshot.read_text(path, limit=BUILD_BYTES) or "")
    for text in builds:
        kind = _PACKAGING.search(text)
        if (kind and kind.group(1) not in JAR_PACKAGING) or _RUN.search(text):
            return None
    modules = sum(1 for text in builds[1:] if (m := _PACKAGING.search(text)) is None or m.group(1) != "pom")
    return "pom.xml", modules or 1


def _gradle(ctx) -> tuple[str, int] | None:
    files = ctx.snapshot.files
    root = next((p for p in _GRADLE_BUILDS if p in files), None)
    if root is None:
        return None
    # (the root's build and each sub-project's one folder down: a multi-project build's modules)
    paths = [root] + sorted(p for p in files if p.count("/") == 1 and p.rsplit("/", 1)[1] in _GRADLE_BUILDS)[:MAX_MODULES]
    texts = [ctx.snapshot.read_text(p, limit=BUILD_BYTES) or "" for p in paths]
    if not any(_GRADLE_PUBLISH.search(t) for t in texts) or any(_GRADLE_RUN.search(t) for t in texts):
        return None
    return root, max(1, len(paths) - 1)


def _runs_main(ctx, files) -> bool:
    """Whether one of the project's own JVM sources (tests aside) declares a program's main entry point."""
    sources = sorted(e.path for e in files if e.ext.lower() in SOURCE_EXT and not is_test(e.path))[:MAX_SOURCES]
    for path in sources:
        text = ctx.snapshot.read_text(path, limit=SOURCE_BYTES) or ""
        if ("main" in text or " App" in text) and _SOURCE_MAIN.search(text):
            return True
    return False


def published_java_library(ctx, files) -> tuple[str, int] | None:
    """(root build file, number of modules) when the root Maven or Gradle build publishes its modules as jars to a repository of
    artefacts and nothing in the build or the sources (``files``: the project's own entries) makes a program to run. None otherwise."""
    found = (_maven(ctx) if "pom.xml" in ctx.snapshot.files else None) or _gradle(ctx)
    if found is None or _runs_main(ctx, files):
        return None
    return found


# A Maven (or Gradle) build packaging a web archive (issue 12, s48 fd48 = GIP-RECIA/cas-esco-overlay: cas/pom.xml's
# <packaging>war</packaging>, a WAR overlay of the CAS server's own webapp, the maven-war-plugin's <overlays>): what it builds is a
# web application a servlet container runs (or, with Spring Boot's WAR launcher, runs itself), never a library other programs add
_WAR_PACKAGING = lazy_compile(r"<packaging>\s*war\s*</packaging>")
_GRADLE_WAR = lazy_compile(r"""\bapply[^\S\n]+plugin[^\S\n]*:[^\S\n]*['"]war['"]|\bid[^\S\n]*\(?[^\S\n]*['"]war['"]|^[^\S\n]*war[^\S\n]*$""", re.M)
# (an overlay: the maven-war-plugin's <overlays>, or a dependency of type war, the upstream web application it customises)
_WAR_OVERLAY = lazy_compile(r"<overlays>|<type>\s*war\s*</type>")
_XML_COMMENT = lazy_compile(r"<!--(?:(?!<!--).)*?-->", re.S)
_ASIDE_SEGS = frozenset({"example", "examples", "sample", "samples", "demo", "demos", "test", "tests", "doc", "docs"})
MAX_WAR_BUILDS = 20


def war_builds(ctx, files) -> tuple[list[str], bool]:
    """(the build files packaging a web archive, whether one overlays an upstream web application): a ``pom.xml`` with
    ``<packaging>war</packaging>`` or a Gradle build applying the ``war`` plugin, at most two folders down and not in an example,
    test or documentation folder; at most :data:`MAX_WAR_BUILDS` read (256 KB each), in path order."""
    builds = sorted(e.path for e in files if e.name in ("pom.xml",) + _GRADLE_BUILDS and e.path.count("/") <= 2
                    and not _ASIDE_SEGS & {s.lower() for s in e.path.split("/")[:-1]} and not is_test(e.path))[:MAX_WAR_BUILDS]
    found, overlay = [], False
    for p in builds:
        text = ctx.snapshot.read_text(p, limit=BUILD_BYTES) or ""
        if p.endswith("pom.xml"):
            text = _XML_COMMENT.sub("", text)
            if _WAR_PACKAGING.search(text):
                found.append(p)
                overlay = overlay or bool(_WAR_OVERLAY.search(text))
        elif _GRADLE_WAR.search(re.sub(r"(?m)^[^\S\n]*//[^\n]*$", "", text)):
            found.append(p)
    return found, overlay
