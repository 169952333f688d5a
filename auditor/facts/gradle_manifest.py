"""A Gradle build's dependencies (``build.gradle``, ``build.gradle.kts``), read as text (never run).

Each ``configuration "group:artifact:version"`` line is a dependency; those of a test configuration
(``testImplementation``, ``testRuntimeOnly``…) are dev dependencies. The Spring Boot plugin applied to the build
(``apply plugin: "org.springframework.boot"``, ``id "org.springframework.boot"``) makes a Spring Boot application
though no starter is named (a CAS overlay's dependencies come from the CAS bill of materials).
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_DEPENDENCY = lazy_compile(r"""^[^\S\n]*(implementation|api|compile|runtimeOnly|compileOnly|test\w*)\s*\(?\s*['"]([^'":]+):([^'":]+)""", re.M)
_BOOT_PLUGIN = lazy_compile(r"""^[^\S\n]*(?:apply\s+plugin\s*:\s*|id\s*\(?\s*)['"]org\.springframework\.boot['"]""", re.M)
SPRING_BOOT = "org.springframework.boot:spring-boot"


def parse_gradle(name: str, text: str) -> tuple[None, list[str], list[str]]:
    """(no package name, dependencies, dev dependencies) of a Gradle build script."""
    deps, dev = [], []
    for conf, group, artifact in _DEPENDENCY.findall(text):
        (dev if conf.startswith("test") else deps).append(f"{group}:{artifact}")
    if _BOOT_PLUGIN.search(text):
        deps.append(SPRING_BOOT)
    return None, list(dict.fromkeys(deps))[:2000], list(dict.fromkeys(dev))[:2000]
