"""Maven's pom.xml read as the ``manifests`` fact reads manifests: what the project runs on, apart from what it tests or builds with.

A ``<dependency>`` of ``<scope>test</scope>`` (JUnit, an embedded Jersey/Grizzly server for integration tests) is a development
dependency; so is a build plugin's own ``<dependency>``. A ``<dependencyManagement>`` entry pins a version for the modules that
declare the artifact, it adds nothing to the classpath: a development (managed) entry here, and its scope is the scope of a module's
declaration that names none (a parent managing ``jersey-container-grizzly2-http`` as ``test``: the child's bare declaration is a
test dependency too). Comments are left out. Read as text with linear regexes; nothing is executed.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_COMMENT = lazy_compile(r"<!--(?:(?!<!--).)*?-->", re.S)
_MANAGEMENT = lazy_compile(r"<dependencyManagement>(?:(?!<dependencyManagement>).)*?</dependencyManagement>", re.S)
_PLUGIN = lazy_compile(r"<plugin>(?:(?!<plugin>).)*?</plugin>", re.S)
_DEPENDENCY = lazy_compile(r"<dependency>((?:(?!<dependency>).)*?)</dependency>", re.S)
_GROUP = lazy_compile(r"<groupId>\s*([^<\s]+)\s*</groupId>")
_ARTIFACT = lazy_compile(r"<artifactId>\s*([^<\s]+)\s*</artifactId>")
_SCOPE = lazy_compile(r"<scope>\s*([A-Za-z]+)\s*</scope>")
_PROJECT_ARTIFACT = lazy_compile(r"<artifactId>([^<]+)</artifactId>")
DEV_SCOPES = ("test",)


def _entries(text: str) -> list[tuple[str, str | None]]:
    """(groupId:artifactId, scope or None) of each <dependency> of a text, in order."""
    out = []
    for m in _DEPENDENCY.finditer(text):
        body = m.group(1)
        g, a, s = _GROUP.search(body), _ARTIFACT.search(body), _SCOPE.search(body)
        if g and a:
            out.append((f"{g.group(1)}:{a.group(1)}", s.group(1).lower() if s else None))
    return out


def pom_parts(text: str) -> tuple[list, list, list]:
    """(declared, managed, plugin) dependency entries of a pom.xml's text, comments left out."""
    text = _COMMENT.sub("", text)
    managed = [e for m in _MANAGEMENT.finditer(text) for e in _entries(m.group(0))]
    text = _MANAGEMENT.sub("", text)
    plugin = [e for m in _PLUGIN.finditer(text) for e in _entries(m.group(0))]
    return _entries(_PLUGIN.sub("", text)), managed, plugin


def parse_pom(name: str, text: str, managed_scopes: dict[str, str] | None = None) -> tuple:
    """(artifactId, dependencies, dev dependencies) of a pom.xml: test-scoped, plugin and managed-only entries are dev."""
    m = _PROJECT_ARTIFACT.search(text)  # (the first artifactId, as the manifests fact always named a pom)
    declared, managed, plugin = pom_parts(text)
    scopes = {**(managed_scopes or {}), **{d: s for d, s in managed if s}}  # (its own management first)
    deps, dev = [], []
    for dep, scope in declared:
        (dev if (scope or scopes.get(dep)) in DEV_SCOPES else deps).append(dep)
    dev += [d for d, _ in managed + plugin]
    deps = list(dict.fromkeys(deps))[:2000]
    return (m.group(1).strip() if m else None), deps, [d for d in dict.fromkeys(dev) if d not in deps][:2000]


def apply_managed_scopes(snap, out_manifests: list[dict], limit: int) -> None:
    """A module's bare declaration takes the scope the repository's <dependencyManagement> gives it (a parent pom's
    ``test``): moved to the dev dependencies. The first manager wins, in path order."""
    poms = [m for m in out_manifests if m.get("ecosystem") == "maven" and m["path"].rsplit("/", 1)[-1] == "pom.xml" and not m.get("error")]
    texts = {m["path"]: snap.read_text(m["path"], limit=limit) or "" for m in poms}
    scopes: dict[str, str] = {}
    for path in sorted(texts):
        for dep, scope in pom_parts(texts[path])[1]:
            if scope:
                scopes.setdefault(dep, scope)
    if not any(s in DEV_SCOPES for s in scopes.values()):
        return
    for m in poms:
        _name, m["dependencies"], m["dev_dependencies"] = parse_pom("pom.xml", texts[m["path"]], scopes)


_VERSION = lazy_compile(r"<version>\s*([^<]{1,200}?)\s*</version>")
_PROPERTIES = lazy_compile(r"<properties>((?:(?!<properties>).)*?)</properties>", re.S)
_PROPERTY = lazy_compile(r"<([A-Za-z][\w.-]{0,100})>\s*([^<]{0,200}?)\s*</\1>")
_REF = lazy_compile(r"^\$\{([\w.-]{1,100})\}$")
# a version that floats: a range ("[7.0.0,7.9.9)", "(,2.0]"), a snapshot ("6.13-SNAPSHOT", built again at each deployment), Maven 2's
# LATEST and RELEASE meta-versions
# (not a hard requirement "[4.3.9]": exactly that version, pinned — Maven's version range syntax, a range has a comma; issue 12, s48
# re-reader vd48 = lutece-secteur-public/eudonet-module-workflow-eudonetrestforms' plugin-workflow [4.3.9])
_FLOATING = lazy_compile(r"^[\[(][^,]*,.*[\])]$|-SNAPSHOT$|^(?:LATEST|RELEASE)$", re.I)


def floating_versions(text: str, limit: int = 20) -> list[str]:
    """The runtime dependencies of a pom.xml declared at a version that floats (a range, a -SNAPSHOT, LATEST or RELEASE), as
    ``artifactId version``, the version read through the pom's own ``<properties>`` (``${entCoreVersion}``); a property the pom does
    not define (its parent's, ``${project.version}`` of the project's own modules) is not judged. Maven
    resolves a range to the newest release in it and a snapshot to its latest build at each build: no pinned install."""
    text = _COMMENT.sub("", text)
    props = {m.group(1): m.group(2) for block in _PROPERTIES.finditer(text) for m in _PROPERTY.finditer(block.group(1))}
    plain = _PLUGIN.sub("", _MANAGEMENT.sub("", text))
    out = []
    for m in _DEPENDENCY.finditer(plain):
        body = m.group(1)
        g, a, s, v = _GROUP.search(body), _ARTIFACT.search(body), _SCOPE.search(body), _VERSION.search(body)
        if not (g and a and v) or (s and s.group(1).lower() in DEV_SCOPES):
            continue
        version = v.group(1)
        ref = _REF.match(version)
        if ref:
            version = props.get(ref.group(1), "")  # (project.version and a parent's property: not defined here, not judged)
        if version and _FLOATING.search(version):
            out.append(f"{a.group(1)} {version}")
            if len(out) >= limit:
                break
    return out
