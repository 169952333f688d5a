"""What a page documenting software holds (a code block, fenced or indented; an HTTP request; an API's or a program's words): the mark
content_site reads in a static site's pages (a city's API documentation in Middleman: "GET http://…/parkings", "L'API renvoie du
JSON") and doc_demo in a published site's pages. Kept apart so that both read it without importing each other."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

TECHNICAL = lazy_compile(r"^(?:```|~~~|(?: {4}|\t)(?:GET|POST|PUT|DELETE|curl|\$|npm|pip|git|docker|make)\b)|\b(?:API|JSON|XML|HTTP|SQL|endpoint|curl|npm|"
                         r"docker|(?i:param[eè]tres? d['’]appel|requ[eê]te|request|source code|code source|ligne de commande|command line))\b", re.M)


def speaks_of_software(text: str) -> bool:
    """The text holds what a page documenting software holds."""
    return bool(TECHNICAL.search(text))
