"""Framework versions a Maven POM pins (``end_of_life``): the Spring Boot parent or BOM, Spring and Spark artifacts and their
version, a ``${property}`` read in the same POM or in the root POM a module inherits it from. Read as text, nothing is run."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# An artifact and its version (the Spring Boot parent or BOM, a ${property} read from the same pom).
_MAVEN_ARTIFACT = lazy_compile(r"<artifactId>\s*([\w.${}-]+)\s*</artifactId>\s*<version>\s*([^<\s]+)\s*</version>")
_XML_COMMENT = lazy_compile(r"<!--(?:(?!<!--).)*?-->", re.S)


def maven_versions(text: str, artifacts: dict, parent: str = "") -> list[tuple[str, str, int, str]]:
    """(product, version, position, artifact) of the artifacts named in ``endoflife.yml`` ``packages.maven``; a dependency
    commented out (``<!-- <dependency>…5.2.6.RELEASE… -->``) is not used (blanked, lines kept); a ``${property}`` version is
    read in the POM, then in the root POM a module inherits it from (``<springframework.version>3.0.6.RELEASE``)."""
    text = _XML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    parent = _XML_COMMENT.sub(" ", parent)
    out = []
    for m in _MAVEN_ARTIFACT.finditer(text):
        product = artifacts.get(re.sub(r"_(\d+\.\d+|\$\{[\w.-]+\})$", "", m.group(1)))  # spark-core_2.12, spark-core_${scala.binary.version}
        if not product:
            continue
        version = m.group(2)
        prop = re.fullmatch(r"\$\{([\w.-]+)\}", version)
        if prop:
            pm = re.search(rf"<{re.escape(prop.group(1))}>\s*([^<\s]+)\s*</{re.escape(prop.group(1))}>", text + parent)
            version = pm.group(1) if pm else ""
        vm = re.match(r"\d+\.\d+", version)
        if vm:
            out.append((product, vm.group(0), m.start(), m.group(1)))
    return out
