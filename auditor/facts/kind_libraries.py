"""Libraries whose build or pages look like something else, read from what their README shows (issue 12, s18 k2):
- a Java SDK whose README adds its own artefact as a Maven or Gradle dependency and never runs it (no ``java -jar``): a library,
  the main class its build names (a demonstration of a few hard-coded values, even packaged in a shaded jar) a side entry;
- a JavaScript library without a package manifest whose README calls its global namespace (``new mdjs.Metadata()``), defined
  in the project's own scripts, and whose only HTML pages are test or demonstration pages: a library, those pages no site;
- or whose one or two pages load scripts or styles from outside the repository (``../OpenLayers-5.3.0/build/ol.js``: they run in
  a larger site) and create an object of a class the project's own scripts define (``new VseCarte("map")``, ``function VseCarte``
  and its prototype): a library shown by its demonstration page, no site of its own."""

from __future__ import annotations

import re

from auditor.facts.build_archives import POM_ARTIFACT, artifact_name
from auditor.lazyre import lazy_compile

# (Jitpack publishes com.github.<owner>:<repository>: colisnc-sdk for the POM's ColisNcSDK, compared without case and punctuation)
_README_GRADLE = lazy_compile(r"""\b(?:implementation|api|compile|compileOnly|runtimeOnly)[\s(]{1,4}['"][\w.-]{1,100}:([\w.-]{1,100})""")
_JAVA_RUN = lazy_compile(r"\bjava\s[^\n]{0,80}-jar\b|\bjava\s+-c(?:p|lasspath)\b")


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _own_artifact(ctx) -> str | None:
    """The artefact the root build publishes: pom.xml's own artifactId (not its parent's), or settings.gradle's rootProject.name."""
    files = ctx.snapshot.files
    for path in ("pom.xml", "settings.gradle", "settings.gradle.kts"):
        name = artifact_name(path, ctx.snapshot.read_text(path, limit=256 * 1024) or "") if path in files else None
        if name:
            return name
    return None


def java_dependency_in_readme(ctx, readme: str, readme_path: str | None) -> tuple[str, int] | None:
    """(README path, line) when the root README adds the project's own Java artefact as a dependency (a Maven ``<dependency>``'s
    ``<artifactId>name</artifactId>``, a Gradle ``implementation 'group:name:version'``) and never runs a jar or a class with
    ``java``: an SDK used from other programs. None otherwise; 64 KB of the README are read."""
    name = _own_artifact(ctx) if readme_path else None
    if not name or _JAVA_RUN.search(readme[:64 * 1024]):
        return None
    own = _norm(name)
    for i, line in enumerate(readme[:64 * 1024].splitlines()):
        if any(_norm(a) == own for a in POM_ARTIFACT.findall(line)) or any(_norm(a) == own for a in _README_GRADLE.findall(line)):
            return readme_path, i + 1
    return None


_TEST_PAGE = lazy_compile(r"(?:^|/)(?:tests?|demos?|examples?|samples?|spec)(?:[_.-][\w.-]*)?\.html?$|"
                          r"(?:^|/)(?:tests?|demos?|examples?|samples?|spec)/", re.I)
_TITLE = lazy_compile(r"^#[^\S\n]+([\w.-]{2,60})[^\S\n]*$", re.M)


def namespace_library(ctx, code: list[str], html: list[str], readme: str, readme_path: str | None) -> tuple[str, int, str] | None:
    """(the script defining the namespace, README line, the call) when a JavaScript project with no package.json has only test or
    demonstration pages (test.html, demo/index.html) and its README calls a global namespace its own scripts define (a root
    script or a src/ file named after it: mdjs.js, or ``var mdjs = …`` / ``mdjs.X = …``), the library's API: ``new mdjs.Metadata()``.
    None otherwise. The README's 64 KB and the first 40 scripts (64 KB each) are read."""
    files = ctx.snapshot.files
    if not readme_path or not html or "package.json" in files or not all(_TEST_PAGE.search(p) for p in html):
        return None
    scripts = [p for p in code if p.lower().endswith(".js") and not p.lower().endswith(".min.js")][:40]
    if not scripts:
        return None
    names = {p.rsplit("/", 1)[-1][:-3] for p in scripts if "/" not in p}
    title = _TITLE.search(readme[:64 * 1024])
    names |= {title.group(1)} if title else set()
    for name in sorted(n for n in names if re.fullmatch(r"[A-Za-z_$][\w$]{1,40}", n)):
        call = re.compile(r"(?:\bnew\s+|[=(,;]\s*|^\s*)" + re.escape(name) + r"\.[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*\(")
        line = next((i for i, text in enumerate(readme[:64 * 1024].splitlines()) if call.search(text)), None)
        if line is None:
            continue
        define = re.compile(r"^[^\S\n]*(?:(?:var|let|const)\s+|window\.)?" + re.escape(name) + r"(?:\s*=|\.[A-Za-z_$][\w$]*\s*=)", re.M)
        where = next((p for p in sorted(scripts, key=lambda p: (p.count("/"), p)) if p.rsplit("/", 1)[-1] == f"{name}.js"
                      or define.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")), None)
        if where:
            return where, line + 1, readme[:64 * 1024].splitlines()[line].strip()[:80]
    return None


_LOADED = lazy_compile(r"""<(?:script|link)\b[^>]{0,300}?\b(?:src|href)[ \t]*=[ \t]*["']([^"'<>\s]{1,300})["']""", re.I)
_CLASS = lazy_compile(r"^[^\S\n]*(?:export[^\S\n]+)?(?:class[^\S\n]+([A-Z][\w$]{1,60})\b|function[^\S\n]+([A-Z][\w$]{1,60})[^\S\n]*\()", re.M)
MAX_DEMO_PAGES, MAX_SCRIPTS = 2, 40


def demo_page_library(ctx, code: list[str], html: list[str]) -> tuple[str, str, str] | None:
    """(the script defining the class, the page, what the page loads from outside the repository) when a JavaScript project with no
    package.json has one or two pages, each loading a script or a style sheet by a relative path that climbs out of the repository, and a
    script of the project (or a page) creates an object of a class another of its scripts defines (a ``class``, or a capitalised
    ``function`` with its ``prototype``). None otherwise. The pages' and the first 40 scripts' 64 KB are read."""
    import posixpath

    files = ctx.snapshot.files
    if "package.json" in files or not 1 <= len(html) <= MAX_DEMO_PAGES:
        return None
    pages, outside = {}, None
    for page in html:
        text = ctx.snapshot.read_head(page, 64 * 1024) or ""
        out = [u for u in _LOADED.findall(text) if "://" not in u and u.split("?")[0].lower().endswith((".js", ".mjs", ".css"))
               and posixpath.normpath(posixpath.join(posixpath.dirname(page), u)).startswith("../")]
        if not out:
            return None
        pages[page], outside = text, outside or out[0]
    scripts = {p: ctx.snapshot.read_head(p, 64 * 1024) or "" for p in [p for p in code if p.lower().endswith(".js")][:MAX_SCRIPTS]}
    for path, text in sorted(scripts.items()):
        for m in _CLASS.finditer(text):
            name = m.group(1) or m.group(2)
            if m.group(2) and f"{name}.prototype." not in text:
                continue
            made = re.compile(r"\bnew[^\S\n]+" + re.escape(name) + r"[^\S\n]*\(")
            if any(made.search(t) for p, t in [*scripts.items(), *pages.items()] if p != path):
                return path, min(pages), outside
    return None
