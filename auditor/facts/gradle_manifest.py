"""A Gradle build's dependencies (``build.gradle``, ``build.gradle.kts``), read as text (never run).

Each ``configuration "group:artifact:version"`` line is a dependency; those of a test configuration
(``testImplementation``, ``testRuntimeOnly``…, Android's ``androidTestImplementation`` and ``debugImplementation``) are dev
dependencies. The Spring Boot plugin applied to the build
(``apply plugin: "org.springframework.boot"``, ``id "org.springframework.boot"``) makes a Spring Boot application
though no starter is named (a CAS overlay's dependencies come from the CAS bill of materials).
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

# configurations of an Android build too: androidTestImplementation (instrumented tests: Espresso, AndroidX Test) and
# debugImplementation (tools of the debug build only: LeakCanary, Compose's ui-tooling) are development dependencies;
# a BOM under platform(…) is a dependency of its configuration
_DEPENDENCY = lazy_compile(r"""^[^\S\n]*(implementation|api|compile|runtimeOnly|runtime|compileOnly|test\w*|androidTest\w*|debug\w*|"""
                           r"""release\w*|kapt|ksp|annotationProcessor)\s*\(?\s*(?:(?:enforcedP|p)latform\s*\(\s*)?['"]([^'":]+):([^'":]+)""", re.M)
_DEV_CONFIGURATIONS = ("test", "androidTest", "debug")
_BOOT_PLUGIN = lazy_compile(r"""^[^\S\n]*(?:apply\s+plugin\s*:\s*|id\s*\(?\s*)['"]org\.springframework\.boot['"]""", re.M)
SPRING_BOOT = "org.springframework.boot:spring-boot"


# the configurations a build declares itself (configurations { liquibase \n deploiementArtefact }): the classpath of a task it runs
# (a Liquibase migration's liquibase-core and JDBC driver), whose dependencies it declares as it does the standard ones'
_CONFIGURATIONS = lazy_compile(r"^[^\S\n]*configurations[^\S\n]*\{([^{}]{0,4000})\}", re.M)
_CONFIGURATION_NAME = lazy_compile(r"^[^\S\n]*([A-Za-z_]\w{0,60})[^\S\n]*(?:\{[^{}\n]{0,200}\})?[^\S\n]*$", re.M)
_ANY_DEPENDENCY = lazy_compile(r"""^[^\S\n]*([A-Za-z_]\w{0,60})\s*\(?\s*['"]([^'":\s]+):([^'":\s]+)""", re.M)
# a dependency in map notation: implementation group: 'org.liquibase', name: 'liquibase-core', version: '2.0.2'
_MAP_DEPENDENCY = lazy_compile(r"""^[^\S\n]*([A-Za-z_]\w{0,60})\s*\(?\s*group\s*:\s*['"]([^'"\n]{1,200})['"]\s*,\s*name\s*:\s*['"]([^'"\n]{1,200})['"]""", re.M)
_STANDARD = lazy_compile(r"(?:implementation|api|compile|runtimeOnly|runtime|compileOnly|test\w*|androidTest\w*|debug\w*|release\w*|kapt|ksp|"
                         r"annotationProcessor|classpath)$")


def parse_gradle(name: str, text: str) -> tuple[None, list[str], list[str]]:
    """(no package name, dependencies, dev dependencies) of a Gradle build script: the standard configurations' (string or map
    notation), and those of the configurations the build declares (``configurations { liquibase }``)."""
    deps, dev = [], []
    for conf, group, artifact in _DEPENDENCY.findall(text):
        (dev if conf.startswith(_DEV_CONFIGURATIONS) else deps).append(f"{group}:{artifact}")
    own = {n for block in _CONFIGURATIONS.findall(text) for n in _CONFIGURATION_NAME.findall(block)}
    for conf, group, artifact in _ANY_DEPENDENCY.findall(text) if own else ():
        if conf in own and not _STANDARD.match(conf):
            deps.append(f"{group}:{artifact}")
    for conf, group, artifact in _MAP_DEPENDENCY.findall(text):
        if conf in own or (_STANDARD.match(conf) and conf != "classpath"):
            (dev if conf.startswith(_DEV_CONFIGURATIONS) else deps).append(f"{group}:{artifact}")
    if _BOOT_PLUGIN.search(text):
        deps.append(SPRING_BOOT)
    return None, list(dict.fromkeys(deps))[:2000], list(dict.fromkeys(dev))[:2000]


# a dependency named by its alias in the version catalog: implementation(libs.osmdroid), testImplementation libs.junit.jupiter
_CATALOG_USE = lazy_compile(r"""^[^\S\n]*(implementation|api|compile|runtimeOnly|compileOnly|test\w*|androidTest\w*|debug\w*|kapt|ksp)\s*\(?\s*"""
                            r"""(?:platform\s*\(\s*)?libs\.([A-Za-z][\w.]*)""", re.M)
CATALOG = "gradle/libs.versions.toml"


def _alias_key(alias: str) -> str:
    return re.sub(r"[-_.]", ".", alias).lower()


def catalog_modules(text: str) -> dict[str, str]:
    """``{alias key: "group:artifact"}`` of a Gradle version catalog's [libraries] (module = "g:a", group + name, or "g:a:v")."""
    import tomllib

    try:
        doc = safejson.toml_loads(text)  # (a [[[[… catalog is malformed, never a RecursionError taking manifests down)
    except (tomllib.TOMLDecodeError, ValueError):
        return {}
    out = {}
    libs = doc.get("libraries") if isinstance(doc, dict) else None
    for alias, spec in (libs or {}).items() if isinstance(libs, dict) else ():
        if isinstance(spec, str):
            module = ":".join(spec.split(":")[:2])
        elif isinstance(spec, dict) and isinstance(spec.get("module"), str):
            module = spec["module"]
        elif isinstance(spec, dict) and isinstance(spec.get("group"), str) and isinstance(spec.get("name"), str):
            module = f"{spec['group']}:{spec['name']}"
        else:
            continue
        if module.count(":") == 1:
            out[_alias_key(alias)] = module
    return out


def catalog_dependencies(text: str, modules: dict[str, str]) -> tuple[list[str], list[str]]:
    """(dependencies, dev dependencies) a build script names by their version-catalog alias."""
    deps, dev = [], []
    for conf, alias in _CATALOG_USE.findall(text):
        module = modules.get(_alias_key(alias))
        if module:
            (dev if conf.startswith(_DEV_CONFIGURATIONS) else deps).append(module)
    return list(dict.fromkeys(deps))[:2000], list(dict.fromkeys(dev))[:2000]


# A Grails 1–2 application's or plugin's grails-app/conf/BuildConfig.groovy: its ``dependencies { … }`` (Ivy/Maven coordinates, "g:a:v"
# or group:/name:/version:) and ``plugins { … }`` (":name:version", Grails plugins of the org.grails.plugins group) by scope; build
# and test scopes are the build's and the tests' (tomcat, release, spock), compile, runtime and provided the application's.
_GRAILS_SCOPE = lazy_compile(r"^[^\S\n]*(build|compile|runtime|provided|test)\b[^\S\n]*(\([^()]{0,800}\)|[^\n]{0,400})", re.M)
_GRAILS_COORDS = lazy_compile(r"""['"]([\w.-]{0,200}):([\w.-]{1,200})(?::[^'"\n]{0,80})?['"]""")
_GRAILS_MAP = lazy_compile(r"""group\s*:\s*['"]([^'"\n]{1,200})['"]\s*,\s*name\s*:\s*['"]([^'"\n]{1,200})['"]""")
GRAILS_PLUGIN_GROUP = "org.grails.plugins"
_BLOCK_COMMENT = lazy_compile(r"/\*[^*]*\*+(?:[^/*][^*]*\*+)*/")  # (a /* … */ comment, linear: each attempt stops at its first */)


def is_grails_build_config(path: str) -> bool:
    return path == "grails-app/conf/BuildConfig.groovy" or path.endswith("/grails-app/conf/BuildConfig.groovy")


def parse_grails_build_config(name: str, text: str) -> tuple[None, list[str], list[str]]:
    """(no package name, dependencies, dev dependencies) of a Grails BuildConfig.groovy (comment lines left out)."""
    deps, dev = [], []
    text = re.sub(r"(?m)^[^\S\n]*//[^\n]*$", "", _BLOCK_COMMENT.sub("", text[:1_000_000]))
    for scope, rest in _GRAILS_SCOPE.findall(text):
        found = [(g or GRAILS_PLUGIN_GROUP, a) for g, a in _GRAILS_COORDS.findall(rest)] + _GRAILS_MAP.findall(rest)
        for group, artifact in found:
            (dev if scope in ("build", "test") else deps).append(f"{group}:{artifact}")
    return None, list(dict.fromkeys(deps))[:2000], list(dict.fromkeys(dev))[:2000]
