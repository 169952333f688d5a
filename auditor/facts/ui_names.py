"""Names a page gives its own elements, not data: the value of an HTML ``id`` or ``class`` attribute made of a widget's words
(``<span class="input-group-addon" id="btn_rech_siret" title="Rechercher sur www.societe.com/">``, ``class="siret-search-icon"``).
A button that searches a company's SIRET is named after it; the SIRET field is the input beside it, or the model's column
(interoperability.identifiers reads data fields, s41 fl41 = SMMAR11/styx)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# an id, class or label's for attribute opened on the line before the name, its value's start (escaped quotes too: HTML in a string)
_ATTR_OPEN = lazy_compile(r"""(?<![\w-])(?:id|class|className|for)[^\S\n]*=[^\S\n]*\\?["']([^"'\n]{0,120})$""")
_ATTR_BEFORE_QUOTE = lazy_compile(r"""(?<![\w-])(?:id|class|className|for)[^\S\n]*=[^\S\n]*\\?$""")
_VALUE_REST = lazy_compile(r"""[^"'\n\\]{0,120}""")
# the words of a control, an icon or a page's layout (btn_rech_siret, siret-search-icon, lbl_siret, modal_siret, tab-siren;
# not search_siret: a search input holds a SIRET)
WIDGET_WORDS = frozenset({"btn", "bt", "button", "bouton", "ico", "icon", "icone", "glyph", "lbl", "label", "link", "lnk", "modal", "menu",
                          "tab", "nav", "spinner", "img", "tooltip", "toggle", "popup", "dropdown"})


def widget_name(m: re.Match, group: int = 1) -> bool:
    """The name (group ``group`` of the match) stands in an HTML id, class or for attribute whose value holds a widget's word
    (btn_, icon, search…): the element's own name, not a field of data."""
    s, start = m.string, m.start(group)
    line = s.rfind("\n", 0, start) + 1
    before = s[line:start]
    opened = _ATTR_OPEN.search(before)
    if opened:
        head = opened.group(1)
    elif before.endswith(("'", '"')) and _ATTR_BEFORE_QUOTE.search(before[:-1]):
        head = ""
    else:
        return False
    value = head + s[start:m.end(group)] + _VALUE_REST.match(s, m.end(group)).group(0)
    words = set(re.split(r"[^a-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", value).lower()))
    return bool(words & WIDGET_WORDS)
