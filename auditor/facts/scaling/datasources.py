"""The JNDI datasources a Java web application declares and never looks up (issue 12, s35 i35).

A servlet container's context (``META-INF/context.xml``, a Tomcat ``context.xml`` kept beside the sources) declares datasources
by name (``<Resource name="jdbc/db2" driverClassName=… url=…>``), and ``web.xml`` refers to them (``<res-ref-name>``); the
application uses one when its code or settings name it: ``lookup("java:comp/env/jdbc/gasel")``, a Cayenne node's
``datasource="jdbc/gasel"``, Spring's ``jndi-name``, a ``persistence.xml``'s ``<jta-data-source>``. A datasource the declarations
alone name, while the application names another one, is a leftover (a CCAS application's old AS/400 source beside the
PostgreSQL one every Cayenne map goes to): its driver and address are no use of that database. When no declared datasource is
named anywhere (a lookup built at run time, a stub), nothing says which one is used: none is set aside.

Read in path order, within MAX_FILES files of MAX_BYTES each; over the bounds, none is set aside."""

from __future__ import annotations

import re

from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES = 3000, 256 * 1024
_READ_EXT = frozenset({"xml", "java", "kt", "groovy", "scala", "properties", "yml", "yaml", "json", "jsp", "conf", "cfg", "ini", "xmi"})
# a declaration of a datasource by name: a container's Resource or ResourceLink, web.xml's references
_RESOURCE_TAG = lazy_compile(r"<Resource(?:Link)?\b[^>]{0,4000}>", re.I)
_TAG_NAME = lazy_compile(r"""\bname\s*=\s*["']([^"'<>\s]{1,200})["']""")
_REF_NAME = lazy_compile(r"<(res-ref-name|resource-env-ref-name|resource-ref-name)>\s*[^<]{0,200}</\1>", re.I)
_XML_COMMENT = lazy_compile(r"<!--(?:(?!<!--).)*?-->", re.S)  # tempered by its opener: linear on unclosed <!-- runs (tests/test_regex_openers.py)
_CODE_COMMENT = lazy_compile(r"/\*(?:(?!/\*).)*?\*/|(?<![:\w])//[^\n]*", re.S)


def _blank(m: re.Match) -> str:
    """The match replaced by spaces, its line breaks kept (line numbers stay)."""
    return re.sub(r"[^\n]", " ", m.group(0))


class Datasources:
    """The datasources declared in the repository and which of them nothing but their declarations names."""

    def __init__(self, ctx):
        self.ctx = ctx
        self._unused: set[str] | None = None

    def _compute(self) -> set[str]:
        snap = self.ctx.snapshot
        inv = inventory_of(self.ctx)
        paths = [p for p in sorted(snap.files) if snap.files[p].kind in ("file", "executable") and inv.category(p) != "vendored"
                 and p.rsplit(".", 1)[-1].lower() in _READ_EXT]
        if len(paths) > MAX_FILES:
            return set()
        declared: set[str] = set()
        rest: list[str] = []  # (each file without its comments and declarations)
        for p in paths:
            if snap.files[p].size > MAX_BYTES:
                return set()
            text = snap.read_text(p, limit=MAX_BYTES) or ""
            text = _XML_COMMENT.sub(_blank, text)
            if not p.lower().endswith((".xml", ".xmi", ".jsp")):
                text = _CODE_COMMENT.sub(_blank, text)
            for m in _RESOURCE_TAG.finditer(text):
                if (n := _TAG_NAME.search(m.group(0))):
                    declared.add(n.group(1))
            for m in _REF_NAME.finditer(text):
                declared.add(re.sub(r"<[^>]*>", "", m.group(0)).strip())
            rest.append(_REF_NAME.sub(" ", _RESOURCE_TAG.sub(" ", text)))
        if len(declared) < 2:
            return set()
        body = "\n".join(rest)
        named = {d for d in declared if re.search(r"(?<![\w.-])" + re.escape(d) + r"(?![\w.-])", body)}
        return declared - named if named else set()

    def unused(self) -> set[str]:
        if self._unused is None:
            self._unused = self._compute()
        return self._unused

    def declared_at(self, path: str, line: int | None) -> str | None:
        """The name of the datasource whose declaration holds this line of the file, or None."""
        if not line:
            return None
        text = self.ctx.snapshot.read_text(path, limit=MAX_BYTES) or ""
        for m in _RESOURCE_TAG.finditer(text):
            first = text.count("\n", 0, m.start()) + 1
            last = first + m.group(0).count("\n")
            if first <= line <= last and (n := _TAG_NAME.search(m.group(0))):
                return n.group(1)
        return None

    def unused_at(self, path: str, line: int | None) -> bool:
        """The line is inside the declaration of a datasource nothing looks up (see the module's docstring)."""
        if not path.lower().endswith(".xml"):
            return False
        name = self.declared_at(path, line)
        return bool(name) and name in self.unused()
