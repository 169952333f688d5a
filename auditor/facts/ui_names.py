"""Names a page gives its own elements, not data: the value of an HTML ``id`` or ``class`` attribute made of a widget's words
(``<span class="input-group-addon" id="btn_rech_siret" title="Rechercher sur www.societe.com/">``, ``class="siret-search-icon"``).
A button that searches a company's SIRET is named after it; the SIRET field is the input beside it, or the model's column
(interoperability.identifiers reads data fields, s41 fl41 = SMMAR11/styx)."""

from __future__ import annotations

import functools
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


# An icon package of a JavaScript front end (lucide-react, lucide-vue-next, react-icons/fa, @heroicons/react/24/solid,
# @mui/icons-material, @material-ui/icons, @fortawesome/free-solid-svg-icons, @tabler/icons-react, react-feather, phosphor-react,
# @radix-ui/react-icons, @ant-design/icons, @iconify/react…): the names it exports are pictures (Siren, a siren's icon)
_ICON_PACKAGE = lazy_compile(r"""^(?:@[\w.-]+/)?(?:[\w.-]*[-/])?(?:lucide|heroicons|fortawesome|feather|phosphor|iconify|ionicons|"""
                             r"""icons?)(?:[-/.][\w./-]*)?$|^@(?:heroicons|fortawesome|iconify|phosphor-icons|tabler)/""", re.I)
# import { Search, Siren as SirenIcon } from "lucide-react"; import Siren from "@mui/icons-material/Siren"; const { Siren } = require("…")
_IMPORT_FROM = lazy_compile(r"""\bimport\s+(?:type\s+)?([\w$]+\s*,?\s*)?(?:\{([^{}]{0,4000})\}\s*)?from\s*["']([^"'\n]{1,120})["']"""
                            r"""|\b(?:const|let|var)\s+\{([^{}]{0,4000})\}\s*=\s*require\(\s*["']([^"'\n]{1,120})["']\s*\)""")


@functools.lru_cache(maxsize=32)
def _icon_names(text: str) -> frozenset[str]:
    """The names a JavaScript file imports from an icon package (their local names, an alias's too)."""
    names: set[str] = set()
    if "import" not in text and "require" not in text:
        return frozenset()
    for m in _IMPORT_FROM.finditer(text):
        package = m.group(3) or m.group(5)
        if not _ICON_PACKAGE.search(package):
            continue
        if m.group(1):
            names.add(m.group(1).strip(" ,"))
        for item in (m.group(2) or m.group(4) or "").split(","):
            words = re.split(r"\s+as\s+|\s*:\s*", item.strip())
            names.update(w.strip() for w in words if re.fullmatch(r"[\w$]+", w.strip()))
    return frozenset(names)


def icon_component(m: re.Match, group: int = 1) -> bool:
    """The name (group ``group`` of the match, as written) is a component the file imports from an icon package (``import { Siren }
    from "lucide-react"``, then ``<Siren size={22} />``): a picture on the page, never a field of data (issue 12, s42 fr42 =
    Sdis76-bilans). Only the name as imported, a capital first: a lower-case ``siren`` beside it stays a field."""
    name = m.group(group)
    return bool(name) and name[:1].isupper() and name in _icon_names(m.string)
