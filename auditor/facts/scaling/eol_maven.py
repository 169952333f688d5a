"""Framework versions a Maven POM pins (``end_of_life``): the Spring Boot parent, BOM or Maven plugin, the Quarkus BOM or plugin,
Spring and Spark artifacts and their version, a ``${property}`` (version or artifact) read in the same POM or in the root POM a
module inherits it from. Read as text, nothing is run."""

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

    def resolved(value: str) -> str:  # a ${property} read in this POM, then in the root POM; "" when it is defined nowhere
        prop = re.fullmatch(r"\$\{([\w.-]+)\}", value)
        if not prop:
            return value
        pm = re.search(rf"<{re.escape(prop.group(1))}>\s*([^<\s]+)\s*</{re.escape(prop.group(1))}>", text + parent)
        return pm.group(1) if pm else ""

    for m in _MAVEN_ARTIFACT.finditer(text):
        # (the artifact itself may be a property: <artifactId>${quarkus.platform.artifact-id}</artifactId> of a generated Quarkus POM)
        artifact = resolved(m.group(1))
        product = artifacts.get(re.sub(r"_(\d+\.\d+|\$\{[\w.-]+\})$", "", artifact))  # spark-core_2.12, spark-core_${scala.binary.version}
        if not product:
            continue
        version = resolved(m.group(2))
        vm = re.match(r"\d+\.\d+", version)
        if vm:
            out.append((product, vm.group(0), m.start(), artifact))
    return out


# A jar copied into a lib/ folder under its Maven name and version (lib/spring-oxm-3.1.2.RELEASE.jar): that artifact at that version
_JAR = lazy_compile(r"^([a-z][\w.]*?(?:-[a-z][\w.]*?)*)-(\d+\.\d+)(?:[.-][\w.-]{0,40})?\.jar$")
MAX_JARS = 400


def copied_jar_versions(paths, artifacts: dict) -> list[tuple[str, str, str, str]]:
    """(product, version, path, excerpt) of the jars in a ``lib/`` folder (the first :data:`MAX_JARS` in path order) named after
    an artifact of ``endoflife.yml`` ``packages.maven`` with its version."""
    out = []
    for p in sorted(p for p in paths if p.endswith(".jar") and "lib" in p.split("/")[:-1])[:MAX_JARS]:
        m = _JAR.match(p.rsplit("/", 1)[-1])
        if m and (product := artifacts.get(m.group(1))):
            out.append((product, m.group(2), p, f"{p.rsplit('/', 1)[-1]} (copied into the repository)"))
    return out


# A Grails 1–2 build's plugin at its version (grails-app/conf/BuildConfig.groovy: compile ":jquery:1.7.1"), comment lines left out
_GRAILS_PLUGIN = lazy_compile(r"""^[^\S\n]*(?:compile|runtime|build|provided)\b[^\n]{0,200}?['"](?:org\.grails\.plugins)?:([\w.-]{1,80}):(\d+\.\d+)""", re.M)


def grails_plugin_versions(text: str, plugins: dict) -> list[tuple[str, str, int, str]]:
    """(product, version, position, excerpt) of the Grails plugins named in ``endoflife.yml`` ``packages.grails`` (the jquery plugin
    ships the jQuery of its own version)."""
    text = re.sub(r"(?m)^[^\S\n]*//[^\n]*$", "", text)
    return [(plugins[m.group(1)], m.group(2), m.start(), m.group(0).strip()) for m in _GRAILS_PLUGIN.finditer(text) if m.group(1) in plugins]
