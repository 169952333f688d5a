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
_DEPENDENCY = lazy_compile(r"""^[^\S\n]*(implementation|api|compile|runtimeOnly|compileOnly|test\w*|androidTest\w*|debug\w*|"""
                           r"""release\w*|kapt|ksp|annotationProcessor)\s*\(?\s*(?:(?:enforcedP|p)latform\s*\(\s*)?['"]([^'":]+):([^'":]+)""", re.M)
_DEV_CONFIGURATIONS = ("test", "androidTest", "debug")
_BOOT_PLUGIN = lazy_compile(r"""^[^\S\n]*(?:apply\s+plugin\s*:\s*|id\s*\(?\s*)['"]org\.springframework\.boot['"]""", re.M)
SPRING_BOOT = "org.springframework.boot:spring-boot"


def parse_gradle(name: str, text: str) -> tuple[None, list[str], list[str]]:
    """(no package name, dependencies, dev dependencies) of a Gradle build script."""
    deps, dev = [], []
    for conf, group, artifact in _DEPENDENCY.findall(text):
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
