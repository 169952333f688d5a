"""``addon_package``: the packed file a browser extension's README has its users install, when the repository neither holds it nor
says how to make it.

A WebExtension (``kind_browser``) is installed from its store, from a packed file (Firefox's ``.xpi``, Chrome's ``.crx``) or from
its folder loaded unpacked (Firefox's about:debugging, Chrome's chrome://extensions in developer mode). A README whose install
chapter says "Téléchargez le fichier .xpi" and "Installer un module depuis un fichier" sends its readers to a file that the
repository does not hold, with no build (web-ext build, a zip of the folder), no address to download it from and no way to load the
folder: another organisation cannot install the add-on from the repository as it is (issue 12, s43 fa43 =
alexisboizardsdis01/nexsis-notification, its README's "1. Téléchargez le fichier .xpi").

Value: ``{"manifest": path, "packed": ".xpi", "path": readme path, "line": n}`` when so, else ``{}``.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.kind_browser import browser_extension
from auditor.lazyre import lazy_compile

_PACKED = lazy_compile(r"(?<![\w/])(?:[\w-]{1,80})?(\.xpi|\.crx)\b", re.I)
# what says how to make the packed file or to do without it: a build (web-ext, a zip of the folder), loading the folder unpacked, or an
# address to download it from (a release page, a store listing)
_OTHER_WAY = lazy_compile(r"web-ext|\bzip\b|about:debugging|chrome://extensions|edge://extensions|\bunpacked\b|non[ -]empaquet|"
                          r"temporaire|temporary|mode d[ée]veloppeur|developer mode|https?://|\]\(", re.I)
_HEADING = lazy_compile(r"^(?:#{1,6}[ \t]|[^\n]+\n[=-]{3,}[ \t]*$)", re.M)
_README = lazy_compile(r"^(?:readme|lisezmoi)(?:\.(?:md|markdown|txt|rst))?$", re.I)
_MAX = 128 * 1024


@fact("addon_package", version=1, public=False)
def addon_package(ctx) -> dict:
    manifest = browser_extension(ctx.snapshot)
    if manifest is None:
        return {}
    files = ctx.snapshot.files
    if any(p.lower().endswith((".xpi", ".crx")) for p in files):  # (the packed file committed: installable as it is)
        return {}
    readme = next((p for p in sorted(files) if "/" not in p and _README.match(p)), None)
    text = (ctx.snapshot.read_text(readme, limit=_MAX) or "") if readme else ""
    chapter = _install_chapter(text)
    if chapter is None:
        return {}
    start, body = chapter
    m = _PACKED.search(body)
    if not m or _OTHER_WAY.search(body):
        return {}
    return {"manifest": manifest, "packed": m.group(1).lower(), "path": readme, "line": start + body[:m.start()].count("\n")}


def _install_chapter(text: str) -> tuple[int, str] | None:
    """(first line, text) of the README's install chapter: the heading naming installation down to the next heading."""
    heads = list(_HEADING.finditer(text))
    for i, h in enumerate(heads):
        title = text[h.start():text.find("\n", h.start()) if "\n" in text[h.start():] else len(text)]
        if re.search(r"\binstall", title, re.I):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
            return text[:h.start()].count("\n") + 1, text[h.start():end]
    return None
