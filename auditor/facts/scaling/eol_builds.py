"""The language level or framework a build file sets for the code (``end_of_life``), and the language versions a .travis.yml
tests on when all are past their end of life: a Maven POM's Java level
(``<java.version>1.5``, ``maven.compiler.release/target/source``, the compiler plugin's ``<release>``, ``<target>``, ``<source>``,
a ``${property}`` read in the POM or the root POM a module inherits it from), a Gradle build's toolchain, ``targetCompatibility``
or ``sourceCompatibility``, a NetBeans Ant project's ``javac.target``/``javac.source`` (nbproject/project.properties), a .NET project's single target framework (``<TargetFrameworkVersion>v4.5``, ``<TargetFramework>net45``).
Read as text, nothing is run. A level the code is built for is the Java or .NET Framework it needs: source 1.5 no longer builds
on a maintained JDK."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_XML_COMMENT = lazy_compile(r"<!--(?:(?!<!--).)*?-->", re.S)
_COMPILER_PLUGIN = lazy_compile(r"<artifactId>\s*maven-compiler-plugin\s*</artifactId>((?:(?!maven-compiler-plugin).)*?)</plugin>", re.S)
# What the code is compiled for, strongest first: the release, the target, the source level.
_POM_PROPERTIES = ("maven.compiler.release", "maven.compiler.target", "maven.compiler.source", "java.version", "jdk.version")
_GRADLE_LEVELS = (lazy_compile(r"languageVersion(?:\.set\(|\s*=)\s*JavaLanguageVersion\.of\(\s*['\"]?(\d+)"),
                  lazy_compile(r"^[^\S\n]*(?:java\.)?targetCompatibility\s*=?\s*(?:JavaVersion\.VERSION_)?['\"]?(\d+(?:[._]\d+)?)", re.M),
                  lazy_compile(r"^[^\S\n]*(?:java\.)?sourceCompatibility\s*=?\s*(?:JavaVersion\.VERSION_)?['\"]?(\d+(?:[._]\d+)?)", re.M))  # (= or Groovy's space)
_NETFX_VERSION = lazy_compile(r"<TargetFrameworkVersion>\s*v(\d+(?:\.\d+){1,2})\s*</TargetFrameworkVersion>")
_NETFX_MONIKER = lazy_compile(r"<TargetFramework>\s*net(\d)(\d)(\d?)\s*</TargetFramework>")  # net45, net462 (not net5.0, netstandard2.0)
# .NET (5 and later: net5.0, net8.0-windows, net6.0-android) and .NET Core (netcoreapp3.1): the runtime the program needs; a
# library's netstandard2.0 names an interface, no runtime, and is not read
_DOTNET_MONIKER = lazy_compile(r"<TargetFramework>\s*(?:net([5-9]|[1-9]\d)\.0|netcoreapp([1-3]\.\d))(?:-[\w.]+)?\s*</TargetFramework>")


def java_level(value: str) -> str | None:
    """``1.5`` → ``5``, ``1_8`` → ``8``, ``11`` → ``11``; None for anything else (``${java.version}`` left unresolved)."""
    m = re.fullmatch(r"1[._]([5-9])|(\d{1,2})", value.strip())
    if not m:
        return None
    return m.group(1) or (m.group(2) if int(m.group(2)) >= 5 else None)


def pom_java(text: str, parent: str = "") -> list[tuple[str, str, int, str]]:
    """(product, constraint, position, excerpt) of the Java level a POM builds for, the strongest setting only; a setting
    commented out is not read."""
    text = _XML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    parent = _XML_COMMENT.sub(" ", parent)

    def prop(name: str, inherited: bool = False) -> tuple[str, int] | None:  # a module's own setting; a ${reference} also from its root POM
        for where, src in ((0, text), (1, parent)) if inherited else ((0, text),):
            m = re.search(rf"<{re.escape(name)}>\s*([^<\s]+)\s*</{re.escape(name)}>", src)
            if m:
                return m.group(1), (m.start() if where == 0 else 0)
        return None

    candidates: list[tuple[str, str, int]] = []  # (setting, value, position), strongest first
    plugin = _COMPILER_PLUGIN.search(text)
    for tag in ("release", "target", "source"):
        m = re.search(rf"<{tag}>\s*([^<\s]+)\s*</{tag}>", plugin.group(1)) if plugin else None
        if m:
            candidates.append((f"maven-compiler-plugin {tag}", m.group(1), plugin.start(1) + m.start()))
        name = "maven.compiler." + tag
        p = prop(name)
        if p:
            candidates.append((name, p[0], p[1]))
    for name in _POM_PROPERTIES[3:]:
        p = prop(name)
        if p:
            candidates.append((name, p[0], p[1]))
    for setting, value, pos in candidates:
        shown = value
        ref = re.fullmatch(r"\$\{([\w.-]+)\}", value)
        if ref:
            p = prop(ref.group(1), inherited=True)
            if not p:
                continue
            value = p[0]
            shown = f"{shown} = {value}"
        level = java_level(value)
        if level:
            return [("java", "==" + level, pos, f"{setting}: {shown}")]
    return []


# A NetBeans Ant project's settings (nbproject/project.properties, which its build-impl.xml passes to javac): the level the code
# is compiled for, the target first, then the source (javac.target=1.7, javac.source=1.7); a ${reference} is not resolved
_NETBEANS_LEVELS = (lazy_compile(r"^[^\S\n]*javac\.target[^\S\n]*[=:][^\S\n]*(\S+)", re.M),
                    lazy_compile(r"^[^\S\n]*javac\.source[^\S\n]*[=:][^\S\n]*(\S+)", re.M))


def is_netbeans_settings(path: str) -> bool:
    """The project settings NetBeans writes for an Ant project: nbproject/project.properties (not its private/ folder's)."""
    return path == "nbproject/project.properties" or path.endswith("/nbproject/project.properties")


def _first_java_level(text: str, patterns) -> list[tuple[str, str, int, str]]:
    """The Java level of the first of ``patterns`` (in their order) that sets one in ``text``: ``[("java", "==<level>", offset,
    the line)]``, or ``[]``."""
    for rx in patterns:
        m = rx.search(text)
        level = java_level(m.group(1)) if m else None
        if level:
            return [("java", "==" + level, m.start(), m.group(0).strip())]
    return []


def netbeans_java(text: str) -> list[tuple[str, str, int, str]]:
    """The Java level a NetBeans Ant project compiles for (issue 12, s45 fe45: a Swing tool's javac.source=1.7 / javac.target=1.7)."""
    return _first_java_level(text, _NETBEANS_LEVELS)


# An Android module's build (the Android Gradle plugin applied, or its `android {` block): its code runs on the phone's Android
# runtime, not on a Java of a server
_ANDROID_MODULE = lazy_compile(r"""com\.android\.(?:application|library|dynamic-feature)|^[^\S\n]*android[^\S\n]*\{""", re.M)
ANDROID_COMPILED = 8  # the lowest language level the maintained JDKs still compile (JDK 21 dropped source and target 7)


def gradle_java(text: str) -> list[tuple[str, str, int, str]]:
    """The Java level a Gradle build sets. In an Android module the level is the Java language the Android toolchain compiles and
    desugars for the Android runtime (s23 m2, an energy syndicate's app: `sourceCompatibility JavaVersion.VERSION_1_9`): no
    Java is run, so only a level the maintained JDKs no longer compile (7 and below) is a version past its end of life."""
    if android_level(text):
        return []
    return _first_java_level(text, _GRADLE_LEVELS)


def android_level(text: str) -> tuple[str, int, str] | None:
    """(level, position, excerpt) of the Java language level an Android module's build sets, when the maintained JDKs still compile
    it (8 and above): read, and past no end of life (the Android runtime runs the code)."""
    if not _ANDROID_MODULE.search(text):
        return None
    for rx in _GRADLE_LEVELS:
        m = rx.search(text)
        level = java_level(m.group(1)) if m else None
        if level:
            return (level, m.start(), m.group(0).strip()) if int(level) >= ANDROID_COMPILED else None
    return None


# The API level an Android module is built for: targetSdk (targetSdkVersion 25, targetSdk = 34, targetSdkVersion(25)), else
# compileSdk (the level targetSdk defaults to when only compileSdk is set is minSdk: never newer); a variable is not resolved
_ANDROID_TARGET = lazy_compile(r"""^[^\S\n]*(targetSdk(?:Version)?)[^\S\n]*(?:=[^\S\n]*|\(?[^\S\n]*)(\d{1,2})\b""", re.M)
_ANDROID_COMPILE = lazy_compile(r"""^[^\S\n]*(compileSdk(?:Version)?)[^\S\n]*(?:=[^\S\n]*|\(?[^\S\n]*)(\d{1,2})\b""", re.M)


def android_target(text: str) -> list[tuple[str, str, int, str]]:
    """The Android API level an Android module targets (i-Parapheur's client: targetSdkVersion 25, Android 7.1), judged against
    that Android release's security support: the app opts out of every later release's security behaviour."""
    if not _ANDROID_MODULE.search(text):
        return []
    m = _ANDROID_TARGET.search(text) or _ANDROID_COMPILE.search(text)
    return [("android", "==" + m.group(2), m.start(2), f"{m.group(1)} {m.group(2)}")] if m else []


def dotnet_framework(text: str) -> list[tuple[str, str, int, str]]:
    """The .NET Framework (``v4.5`` is 4.5.0, not 4.5.2), .NET or .NET Core (``net5.0-windows``, ``netcoreapp3.1``) a project targets;
    several targets (``<TargetFrameworks>``) are not judged."""
    text = _XML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    m = _NETFX_VERSION.search(text)
    if m:
        version = ".".join((m.group(1).split(".") + ["0"])[:3])
        return [("dotnetfx", "==" + version, m.start(), m.group(0))]
    m = _NETFX_MONIKER.search(text)
    if m:
        return [("dotnetfx", f"=={m.group(1)}.{m.group(2)}.{m.group(3) or '0'}", m.start(), m.group(0))]
    m = _DOTNET_MONIKER.search(text)
    if m:  # (net5.0-windows: .NET 5's cycle "5"; netcoreapp3.1: .NET Core's "3.1")
        return [("dotnet", "==" + (m.group(1) or m.group(2)), m.start(), m.group(0))]
    return []


# Travis CI's language versions (rvm: 2.1.9, python: "2.7", node_js: 8, php: 5.6, go: 1.10), anywhere in .travis.yml (the matrix too)
_TRAVIS = lazy_compile(r"^[ \t]*(?:-[ \t]*)?(rvm|python|node_js|php|go)[ \t]*:[ \t]*['\"]?(\d+(?:\.\d+)*)", re.M)
_TRAVIS_LIST = lazy_compile(r"^(rvm|python|node_js|php|go)[ \t]*:[ \t]*\n((?:[ \t]*-[ \t]*['\"]?\d[\w.'\"]*[ \t]*\n)+)", re.M)
_TRAVIS_PRODUCT = {"rvm": "ruby", "python": "python", "node_js": "nodejs", "php": "php", "go": "go"}


def travis_versions(text: str, judge) -> list[tuple]:
    """(product, constraint, position, excerpt) of the language versions a .travis.yml tests on (a Puppet module's rvm 2.1.9 and
    2.4.2), for each language whose every listed version is past its end of life (``judge(product, constraint)``): a matrix
    that also lists a supported version says nothing of the one in use."""
    found = [(m.group(1), m.group(2), m.start(2)) for m in _TRAVIS.finditer(text[:200_000])]
    for m in _TRAVIS_LIST.finditer(text[:200_000]):
        found += [(m.group(1), v.group(1), m.start(2) + v.start(1)) for v in re.finditer(r"-[ \t]*['\"]?(\d+(?:\.\d+)*)", m.group(2))]
    out = []
    for key in sorted({k for k, _, _ in found}):
        mine = [(_TRAVIS_PRODUCT[key], "==" + ".".join(v.split(".")[:2]), pos, f"{key}: {v}") for k, v, pos in found if k == key]
        judged = [judge(product, constraint) for product, constraint, _, _ in mine]
        if judged and all(j and j.get("past") for j in judged):
            out += mine
    return out


# CircleCI 1.0's circle.yml at the root: the machine's language versions the builds run on (machine: / python: / version: 2.7.12)
_CIRCLE_MACHINE = lazy_compile(r"^machine[ \t]*:[ \t]*\n((?:[ \t]+[^\n]*\n|[ \t]*\n){1,60})", re.M)
_CIRCLE_LANG = lazy_compile(r"^[ \t]+(python|node|nodejs|ruby|php|go|golang)[ \t]*:[ \t]*\n[ \t]+version[ \t]*:[ \t]*['\"]?v?(\d+(?:\.\d+)*)", re.M)
_CIRCLE_PRODUCT = {"python": "python", "node": "nodejs", "nodejs": "nodejs", "ruby": "ruby", "php": "php", "go": "go", "golang": "go"}


def circle_versions(text: str) -> list[tuple]:
    """(product, constraint, position, excerpt) of the language versions a CircleCI 1.0 ``circle.yml`` sets on its build machine."""
    out = []
    if m := _CIRCLE_MACHINE.search(text[:200_000]):
        for v in _CIRCLE_LANG.finditer(m.group(1)):
            major = v.group(2).split(".")
            cycle = major[0] if v.group(1).startswith("node") else ".".join(major[:2])
            out.append((_CIRCLE_PRODUCT[v.group(1)], "==" + cycle, m.start(1) + v.start(2), f"{v.group(1)}: version: {v.group(2)}"))
    return out[:5]


# a Python package's classifiers ("Programming Language :: Python :: 2.7" in setup.py, setup.cfg or pyproject.toml): the versions
# its authors say it runs on
_CLASSIFIER = lazy_compile(r"Programming Language\s*::\s*Python\s*::\s*(\d)\.(\d{1,2})\b")


def classifier_pythons(text: str) -> list[tuple[str, int, str]]:
    """(constraint, position, excerpt) of the newest Python version a package's classifiers name, if any."""
    found = sorted(((int(m.group(1)), int(m.group(2)), m.start()) for m in _CLASSIFIER.finditer(text[:200_000])), reverse=True)
    return [(f"=={found[0][0]}.{found[0][1]}", found[0][2], f"Programming Language :: Python :: {found[0][0]}.{found[0][1]}")] if found else []


# The runtime a CI setup action or a dev container feature installs, by its name there: the endoflife.yml product
_RUNTIMES = {"python": "python", "node": "nodejs", "java": "java", "ruby": "ruby", "php": "php", "go": "go"}


def runtime_constraint(name: str, version: str) -> tuple[str, str] | None:
    """(product, constraint) of a runtime version written as a setup action's ``<name>-version`` or a dev container feature's
    ``version`` (``java`` 17 or 1.8 or 17.0.2 → Java 17, 8, 17; the others as written), or None."""
    product = _RUNTIMES.get(name)
    if product == "java":
        level = java_level(version) or java_level(version.split(".")[0])
        return ("java", "==" + level) if level else None
    return (product, "==" + version) if product and re.fullmatch(r"\d+(?:\.\d+)*", version) else None


# devcontainer.json: "features": {"ghcr.io/devcontainers/features/java:1": {"version": "17"}} (JSON with comments: read as text);
# "latest", "lts" or "os-provided" are no version
_DEVCONTAINER_FEATURE = lazy_compile(r'"[\w./-]*/features/(python|node|java|ruby|php|go)(?::[\w.-]+)?"\s*:\s*\{[^{}]{0,400}?"version"\s*:\s*"(\d+(?:\.\d+)*)"')


def devcontainer_versions(text: str) -> list[tuple[str, str, int, str]]:
    """(product, constraint, position, excerpt) of the runtimes a dev container's features install at a written version."""
    out = []
    for m in _DEVCONTAINER_FEATURE.finditer(text[:200_000]):
        if constraint := runtime_constraint(m.group(1), m.group(2)):
            out.append((*constraint, m.start(), f"{m.group(1)} feature: version {m.group(2)}"))
    return out[:10]
