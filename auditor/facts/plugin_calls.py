"""A project's short script that only calls a plugin loaded elsewhere, its first comment lines naming that plugin's release and
site (issue 12, s43 fd43 = Guklam/Echinghen): ``// v3.1.0 // http://simpleweatherjs.com`` over ``$(document).ready(function () {
$.simpleWeather({location: 'Echinghen, FR', …}) })`` in js/weather.js, the plugin itself loaded from a CDN by the pages. A version
and a web address in a leading comment make a library's banner only when the file is a library: this one defines nothing (no named
function, no function assigned to a name, no jQuery plugin ``$.fn.x =``, no prototype, class, module export or loader wrapper) and
calls a plugin, the project's configuration of it. Bounded: files of :data:`MAX_BYTES` at most are judged so, from their first bytes.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_BYTES = 3000  # (a copied library, even a small plugin, is longer)
# what a library defines: a named function, a function or arrow given to a name or property, a jQuery plugin, a prototype, a class,
# a module's exports or a loader's wrapper
_DEFINES = lazy_compile(r"\bfunction[ \t]+[A-Za-z_$]|[\w$\]][ \t]*=[ \t]*(?:function\b|\([^()\n]*\)[ \t]*=>|[\w$]+[ \t]*=>)|"
                        r"\.fn\.[\w$]+[ \t]*=|\.prototype\b|\bclass[ \t]+[A-Za-z_$]|\bmodule\.exports\b|\bexports\.[\w$]+[ \t]*=|"
                        r"\bdefine[ \t]*\(|^[ \t]*[;!(]+[ \t]*function\b", re.M)
# a plugin called: jQuery's utility ($.simpleWeather({…})) or a plugin method on a selection ($('#x').slick({…}))
_CALLS = lazy_compile(r"(?:\$|\bjQuery)(?:\.|\([^()\n]*\)\.)[A-Za-z_$][\w$]*[ \t]*\(")
_COMMENT = lazy_compile(r"\A(?:[ \t]*(?://[^\n]*|/\*[\s\S]*?\*/)?[ \t]*\r?\n)*")
_CLAIMS = lazy_compile(r"\(c\)|©|copyright|licen[cs]e|\bMIT\b|\bBSD\b|\bGPL\b|@author\b|\bauthor\b", re.I)


def plugin_call_script(text: str, size: int) -> bool:
    """Whether a script is such a call of a plugin (see the module's docstring): at most :data:`MAX_BYTES`, its leading comment
    claiming no copyright, licence or author, its code defining nothing and calling a jQuery plugin."""
    if size > MAX_BYTES:
        return False
    lead = _COMMENT.match(text)
    comment, code = (lead.group(0), text[lead.end():]) if lead else ("", text)
    return not _CLAIMS.search(comment) and not _DEFINES.search(code) and bool(_CALLS.search(code))
