"""A script library's banner that signs it by its author rather than by a copyright line: the file's own name as its title, an
``Author:`` line giving a person and their web site, and the licence it is released under ("Color picker / Author: Stefan Petre
www.eyecon.ro / Dual licensed under the MIT and GPL licenses" atop js/colorpicker/colorpicker.js). A one-file library copied in,
by that author; the other scripts of its folder signed by the same author with their site ("Utilities / Author: Stefan Petre
www.eyecon.ro" atop utils.js) are the same distribution's parts, licence or not.

A project's own file signed by one of its people (the author the root licence or README names, or a name of the project) stays
its own (the caller judges the author); without a web site, a title naming the file or a licence, a header is no library's banner.
"""

from __future__ import annotations

import re

from auditor.facts.vendored import leading_comments, squeeze
from auditor.lazyre import lazy_compile

# "Author: Stefan Petre www.eyecon.ro", "@author Jane Doe http://jane.example" (a person, then their site)
_AUTHOR = lazy_compile(r"^[ \t*/#!]*@?author[ \t]*:?[ \t]+(?P<name>[A-Za-zÀ-ÿ][\w.'À-ÿ-]*(?:[ \t]+[A-Za-zÀ-ÿ][\w.'À-ÿ-]*){0,3}?)[ \t]*[,(<-]?[ \t]*"
                       r"(?P<site>(?:https?://|www\.)[\w.-]+\.[a-z]{2,})", re.I | re.M)
# the licence the banner releases the file under ("Dual licensed under the MIT and GPL licenses", "Released under the MIT license")
_RELEASED = lazy_compile(r"\b(?:licen[cs]ed|released|distributed|available)[ \t]+under[ \t]+(?:the[ \t]+)?[\w .,/-]{0,60}?licen[cs]es?\b", re.I)


def banner_author(text: str) -> tuple[str, str] | None:
    """``(author, site)`` squeezed, when a script's leading comments give an ``Author:`` line with a web site; else None."""
    m = _AUTHOR.search(leading_comments(text, 2048))
    if not m:
        return None
    author = squeeze(m.group("name"))
    return (author, squeeze(m.group("site").split("//")[-1].removeprefix("www."))) if len(author) >= 4 else None


def authored_library(name: str, text: str) -> tuple[str, str] | None:
    """``(author, site)`` when the leading comments are a one-file library's banner signed by its author (see the module's
    docstring): a line of them names the file itself as a title, an author with a site, and a licence it is released under."""
    lead = leading_comments(text, 2048)
    if not _RELEASED.search(lead):
        return None
    key = squeeze(re.sub(r"(\.min)?\.(js|css)$", "", name, flags=re.I))
    if len(key) < 4 or not any(squeeze(line) == key for line in lead.splitlines()[:20]):
        return None
    return banner_author(text)
