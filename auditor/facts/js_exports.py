"""What a JavaScript file offers to others, read from its text and tokens for the ``code-comments`` fact: the names a CommonJS
module exports, the functions an ES module's default object gathers, and a classic script's namespace members
(``GEOR.Addons.profile = function…``, ``OpenLayers.Format.WPSExecute = OpenLayers.Class(…)``, ``X.Y = Ext.extend(…)``)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

CJS_OBJECT = lazy_compile(r"\bmodule\.exports\s*=\s*\{([^{}]{0,4000})\}")
CJS_NAME = lazy_compile(r"\bmodule\.exports\s*=\s*([A-Za-z_$][\w$]*)\s*;?\s*$", re.M)
CJS_MEMBER = lazy_compile(r"\b(?:module\.)?exports\.([A-Za-z_$][\w$]*)\s*=")


ES_DEFAULT_OBJECT = lazy_compile(r"\bexport\s+default\s*\{([^{}]{0,4000})\}")
# a declaration exported by a later statement: `const Widget = (props) => {…}` then `export default Widget;` (a React component), or
# `function a() {…}` then `export { a, b as c };` (the local names a and b)
ES_DEFAULT_NAME = lazy_compile(r"^[^\S\n]*export[^\S\n]+default[^\S\n]+([A-Za-z_$][\w$]*)[^\S\n]*;?[^\S\n]*$", re.M)
ES_EXPORT_LIST = lazy_compile(r"^[^\S\n]*export[^\S\n]*\{([^{}]{0,4000})\}[^\S\n]*;?[^\S\n]*$", re.M)


def es_later_exports(text: str) -> set[str]:
    """The local names an ES module exports by a statement after their declaration (see ES_DEFAULT_NAME, ES_EXPORT_LIST)."""
    names = {m.group(1) for m in ES_DEFAULT_NAME.finditer(text)} - {"function", "class", "async", "abstract"}
    for m in ES_EXPORT_LIST.finditer(text):
        for part in m.group(1).split(","):
            item = part.strip().split()[0] if part.strip() else ""
            if re.fullmatch(r"[A-Za-z_$][\w$]*", item) and item != "type":
                names.add(item)
    return names


def object_names(rx: re.Pattern, text: str) -> set[str]:
    """The values named in the object literals ``rx`` finds ({ a, b: c } gives a and c)."""
    names: set[str] = set()
    for m in rx.finditer(text):
        for part in m.group(1).split(","):
            item = part.split(":", 1)[-1].strip()
            if re.fullmatch(r"[A-Za-z_$][\w$]*", item):
                names.add(item)
    return names


def cjs_exports(text: str) -> set[str]:
    """Names a CommonJS module exports: module.exports = { a, b: c } (a, c), module.exports = a, exports.a = …"""
    names = object_names(CJS_OBJECT, text)
    names.update(m.group(1) for m in CJS_NAME.finditer(text))
    names.update(m.group(1) for m in CJS_MEMBER.finditer(text))
    return names


# A class built by a library's class helper: OpenLayers.Class(…), Ext.extend(…), Class.create(…), L.Class.extend(…), dojo's declare(…)
_CLASS_CALLS = {"Class", "extend", "create", "declare"}


def namespace_member(toks, sig, k: int, roots: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """``(name, next index)`` when the statement starting at ``sig[k]`` assigns a function or a class to a member of a global
    namespace (a capitalised first name and at least one dot: ``GEOR.Addons.profile = function (…)``,
    ``OpenLayers.Format.WPSExecute = OpenLayers.Class(…)``), or of a namespace a wrapping function receives (``roots``, see
    ``iife_roots``: ``mdjs.Metadata.prototype.setXml = function…`` inside ``(function (mdjs) {…}(window.mdjs = …))``): the
    public constructors and methods of a classic browser script (``this.x = …``, ``self.x = …`` and other lower-case objects
    are not)."""
    first = toks[sig[k]][1]
    before = toks[sig[k - 1]] if k > 0 else None
    if not (re.fullmatch(r"[A-Z][\w$]*", first) or first in roots) or (before and not _ends_statement(before)):
        return None
    j, names = k + 1, [first]
    while j + 1 < len(sig) and toks[sig[j]][1] == "." and re.fullmatch(r"[A-Za-z_$][\w$]*", toks[sig[j + 1]][1]):
        names.append(toks[sig[j + 1]][1])
        j += 2
    if len(names) < 2 or j + 1 >= len(sig) or toks[sig[j]][1] != "=":
        return None
    value = [toks[sig[m]][1] for m in range(j + 1, min(len(sig), j + 12))]
    if value[0] == "function" or (len(value) > 2 and value[0] == "(" and "=>" in value):
        return ".".join(names), j
    call = next((i for i, v in enumerate(value) if v == "("), None)
    if call and value[call - 1] in _CLASS_CALLS and all(re.fullmatch(r"[A-Za-z_$][\w$]*|\.", v) for v in value[:call]):
        return ".".join(names), j
    return None


def iife_roots(toks, sig) -> frozenset[str]:
    """The parameters of the functions a classic script wraps itself in and calls at once, at its top level:
    ``(function (mdjs, undefined) {…}(window.mdjs = window.mdjs || {}))``, ``;(function ($) {…})(jQuery)``,
    ``!function (ns) {…}(…)``: the namespaces through which the script publishes its members (``undefined``, ``window``,
    ``document`` and ``this`` are not namespaces of the script)."""
    roots: set[str] = set()
    depth = 0
    for k, i in enumerate(sig):
        v = toks[i][1]
        if (depth == 0 and v == "function" and k > 0 and toks[sig[k - 1]][1] in ("(", "!", "+", "~", "void")
                and (k == 1 or _ends_statement(toks[sig[k - 2]]))):  # not $(document).ready(function ($) {…})
            n = k + 1
            if n < len(sig) and toks[sig[n]][1] != "(":
                n += 1  # a named function expression
            if n < len(sig) and toks[sig[n]][1] == "(":
                names, n = [], n + 1
                while n + 1 < len(sig) and re.fullmatch(r"[A-Za-z_$][\w$]*", toks[sig[n]][1]) and toks[sig[n + 1]][1] in (",", ")"):
                    names.append(toks[sig[n]][1])
                    n += 2 if toks[sig[n + 1]][1] == "," else 1
                if n + 1 < len(sig) and toks[sig[n]][1] == ")" and toks[sig[n + 1]][1] == "{":
                    roots.update(x for x in names if x not in ("undefined", "window", "document", "global", "self"))
        if toks[i][0] in _punctuation():
            depth = max(0, depth + v.count("{") - v.count("}"))
    return frozenset(roots)


def _punctuation():
    from pygments.token import Punctuation

    return Punctuation


def _ends_statement(tok) -> bool:
    """A token a statement can follow: a comment, or punctuation ending in ``;``, ``{`` or ``}``."""
    from pygments.token import Comment, String

    return tok[0] in Comment or tok[0] in String.Doc or tok[1].rstrip().endswith((";", "{", "}"))
