"""The package repositories a Java build fetches its dependencies and plugins from (issue 12, s36 i36 =
DSI-Ville-Noumea/sirh-alfresco-cmis-common: a pom.xml's <repositories> naming Spring's release repository and Alfresco's own
Nexus, the only source of one of its artifacts, read nowhere, so the hosting check said "no external address").

- Maven: the ``<url>`` of each ``<repository>`` of ``<repositories>`` and of each ``<pluginRepository>`` of
  ``<pluginRepositories>``, in the project and in its profiles; XML comments left out (a repository commented out is not
  fetched from). Not ``<distributionManagement>``: where the build uploads its releases, nothing it fetches; nor the project's
  own ``<url>``, ``<scm>``, ``<issueManagement>``: pages for a reader.
- Gradle (build.gradle, build.gradle.kts, settings.gradle…): the addresses inside a ``repositories { … }`` block
  (``maven { url 'https://…' }``, ``maven(url = "…")``, ``maven { setUrl("…") }``), not one inside ``publishing { … }``;
  comments left out.

Pure functions of a file's text: ``[(line, url)]``, http(s) addresses only, in file order.

And the lines where a build names where it uploads (:func:`upload_lines`): a Gradle script's ``publishing { … }``, the old
``uploadArchives { repositories { mavenDeployer { repository(url: …) } } }`` and ``snapshotRepository(url: …)``, a pom.xml's
``<distributionManagement>``: the project's publishers' server, which no installation or build of a reuser loads from (issue 12,
s48 fa48 = OPEN-ENT-NG/cahier-de-textes: gradle/maven.gradle's mavenDeployer URLs named as the contractor's server the project depends on)."""

from __future__ import annotations

import re

_URL = re.compile(r"""https?://[^\s"'<>()\\]+""")
# (runs across lines tempered by their opener: an attempt stops at the next one, each character scanned once; tests/test_regex_openers.py)
_XML_COMMENT = re.compile(r"<!--(?:(?!<!--)[\s\S])*?(?:-->|$)")
_MAVEN_BLOCK = re.compile(r"<(repositories|pluginRepositories)>((?:(?!<\1>)[\s\S])*?)</\1>")
_MAVEN_URL = re.compile(r"<url>([^<]*)</url>")
_GRADLE_TOKEN = re.compile(r"""(?P<str>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(?P<open>(?:\b(?P<name>\w+)\s*(?:\([^(){}\n]*\)\s*)?)?\{)|(?P<close>\})""")
_GRADLE_COMMENT = re.compile(r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|//[^\n]*|/\*(?:(?!/\*)[\s\S])*?(?:\*/|$)""")
MAX_BYTES = 512 * 1024


def _blank(m: re.Match) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def maven_repositories(text: str) -> list[tuple[int, str]]:
    """(line, url) of a pom.xml's repositories and plugin repositories (see the module's docstring)."""
    text = _XML_COMMENT.sub(_blank, (text or "")[:MAX_BYTES])  # (same length: lines keep their numbers)
    out = []
    for block in _MAVEN_BLOCK.finditer(text):
        for m in _MAVEN_URL.finditer(block.group(2)):
            url = m.group(1).strip()
            if _URL.fullmatch(url):
                out.append((_line(text, block.start(2) + m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())), url))
    return out


def gradle_repositories(text: str) -> list[tuple[int, str]]:
    """(line, url) of the addresses in a Gradle script's ``repositories`` blocks, outside ``publishing`` (see the module's docstring)."""
    text = _GRADLE_COMMENT.sub(lambda m: m.group(0) if m.group(1) else _blank(m), (text or "")[:MAX_BYTES])
    stack: list[str] = []
    out = []
    for m in _GRADLE_TOKEN.finditer(text):
        if m.group("open"):
            stack.append(m.group("name") or "")
        elif m.group("close"):
            if stack:
                stack.pop()
        elif "repositories" in stack and "publishing" not in stack:
            for u in _URL.finditer(m.group("str")):
                out.append((_line(text, m.start("str") + u.start()), u.group(0)))
    return out


_UPLOAD_BLOCKS = frozenset({"publishing", "uploadArchives", "mavenDeployer", "deployer", "uploadArtifacts"})
_MAVEN_DIST = re.compile(r"<distributionManagement>((?:(?!<distributionManagement>)[\s\S])*?)</distributionManagement>")


def upload_lines(path: str, text: str) -> set[int]:
    """The lines of the addresses a build uploads its artefacts to (see the module's docstring): a Gradle script's inside an upload
    block, a pom.xml's inside ``<distributionManagement>``."""
    text = (text or "")[:MAX_BYTES]
    if path.endswith(".xml"):
        text = _XML_COMMENT.sub(_blank, text)
        return {_line(text, b.start(1) + u.start()) for b in _MAVEN_DIST.finditer(text) for u in _URL.finditer(b.group(1))}
    if not path.endswith((".gradle", ".gradle.kts")):
        return set()
    text = _GRADLE_COMMENT.sub(lambda m: m.group(0) if m.group(1) else _blank(m), text)
    stack: list[str] = []
    out = set()
    for m in _GRADLE_TOKEN.finditer(text):
        if m.group("open"):
            name = m.group("name") or ""
            if _UPLOAD_BLOCKS & set(stack + [name]):  # (repository(url: "…") { … } inside mavenDeployer: the address in its call)
                out |= {_line(text, m.start() + u.start()) for u in _URL.finditer(m.group(0))}
            stack.append(name)
        elif m.group("close"):
            if stack:
                stack.pop()
        elif _UPLOAD_BLOCKS & set(stack):
            out |= {_line(text, m.start("str") + u.start()) for u in _URL.finditer(m.group("str"))}
    return out
