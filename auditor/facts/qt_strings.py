"""The texts a Qt plugin gives to tr() / QCoreApplication.translate(), read on the lines the text scan found (reusability.portability)."""

from __future__ import annotations

import re


# The text a Qt tr() call or QCoreApplication.translate(context, text) is given, as a literal: a helper's translate("GLViewer", message)
# translates no string of its own (Plugin Builder's scaffold wraps tr() around QCoreApplication.translate)
_QT_LITERAL = re.compile(r"""(?:\bself\.|(?<![\w.]))tr\(\s*(?:u|f)?(['"])((?:\\.|(?!\1).){1,300}?)\1|"""
                         r"""\b(?:QCoreApplication|QApplication)\.translate\(\s*(['"])[^'"\n]{0,120}\3\s*,\s*(?:u|f)?(['"])((?:\\.|(?!\4).){1,300}?)\4""")
MAX_QT_HITS = 400


def distinct_qt_strings(ctx, hits: list) -> set[str]:
    """The distinct texts given to Qt's tr()/translate() on the lines of ``hits`` (the i18n.qt-string signal's, the first
    :data:`MAX_QT_HITS`): Plugin Builder's scaffold wraps two, its menu's name and its action's, a translated plugin many (issue 12,
    s43 fg43 = cazitouni/QgisGLViewer: "&Equirectangular Viewer" twice and "360° view", every dialog label a plain string)."""
    lines: dict[str, list[str]] = {}
    out: set[str] = set()
    for h in hits[:MAX_QT_HITS]:
        if h[0] not in lines:
            lines[h[0]] = (ctx.snapshot.read_text(h[0], limit=512 * 1024) or "").split("\n")
        text = lines[h[0]][h[1] - 1] if 0 < h[1] <= len(lines[h[0]]) else ""
        out.update(m.group(2) or m.group(5) for m in _QT_LITERAL.finditer(text))
    return out
