"""Java server pages and their kin: the pages of a Java web application, a Jalios JCMS plugin or a Lutece plugin.

A ``.jsp`` page, a ``.jspf`` fragment it includes, a ``.jspx`` page in XML syntax and a tag file (``.tag``, ``.tagx``, which
the JSP specification places under ``WEB-INF/tags/`` or a jar's ``META-INF/tags/``) mix the HTML they write with Java code:
scriptlets (``<% … %>``), declarations (``<%! … %>``), expressions (``<%= … %>``), and EL/JSTL. They are server code as a
PHP or classic ASP page is: the text scan reads them as code (:mod:`auditor.facts.textscan`), and a page whose scriptlets
hold the application's logic (a condition, a loop, an exception caught) is a source file of the project for the test ratio
(:func:`holds_logic`), where a page that only writes markup or calls one bean's method (a Lutece admin page's stub) is not.
A ``.tag`` file elsewhere is not one (Riot.js components are ``.tag`` files too).
"""

from __future__ import annotations

from auditor.lazyre import lazy_compile

JSP_EXT = frozenset({"jsp", "jspf", "jspx"})
TAG_EXT = frozenset({"tag", "tagx"})
_TAG_DIR = lazy_compile(r"(?:^|/)(?:WEB-INF|META-INF)/tags/")
# Java's control flow in a scriptlet: the page decides or loops in Java (JCMS pages' `if (Util.notEmpty(box)) {`, `for (…)`)
_LOGIC = lazy_compile(r"\b(?:if|for|while|switch|catch)\s*\(|\btry\s*\{|\belse\b")
MAX_SCRIPTLETS = 2000  # per page: a bound on the scan (a page of a few hundred KB holds far fewer)


def _ext(path: str) -> str:
    name = path.rsplit("/", 1)[-1].lower()
    return name.rsplit(".", 1)[-1] if "." in name[1:] else ""


def is_server_page(path: str) -> bool:
    """A JSP page or fragment, or a JSP tag file where the specification places them."""
    ext = _ext(path)
    return ext in JSP_EXT or (ext in TAG_EXT and bool(_TAG_DIR.search(path)))


def scriptlets(text: str):
    """The Java of a page's scriptlets and declarations (``<% … %>``, ``<%! … %>``, ``<jsp:scriptlet>`` in XML syntax), in
    order; not its directives (``<%@``), comments (``<%--``) nor expressions (``<%=``)."""
    i, n = 0, 0
    while n < MAX_SCRIPTLETS:
        i = text.find("<%", i)
        if i < 0:
            break
        end = text.find("%>", i + 2)
        if end < 0:
            break
        if text[i + 2:i + 3] not in ("@", "=", "-"):
            yield text[i + 2:end].lstrip("!")
        i, n = end + 2, n + 1
    i = 0
    while n < MAX_SCRIPTLETS:
        i = text.find("<jsp:scriptlet>", i)
        if i < 0:
            break
        end = text.find("</jsp:scriptlet>", i)
        if end < 0:
            break
        yield text[i + 15:end]
        i, n = end + 16, n + 1


def holds_logic(text: str | None) -> bool:
    """Whether a page's scriptlets hold Java control flow (a condition, a loop, an exception caught): code a test would cover."""
    return bool(text) and any(_LOGIC.search(s) for s in scriptlets(text))
