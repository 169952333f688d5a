"""Qt Linguist's translation sources: XML files (``<!DOCTYPE TS>``, a ``<TS version="2.1">`` root holding ``<context>`` and
``<message>`` elements, doc.qt.io/qt-6/linguist-ts-file-format.html) that share TypeScript's ``.ts`` extension — a QGIS or Qt
plugin's ``i18n/<name>_fr.ts``, compiled by ``lrelease`` into the ``.qm`` beside it. They are translations, like a ``.po``
file, not code in any language.

Read: the first bytes of at most :data:`MAX_PROBES` ``.ts`` files named as translations (a locale suffix, a translations
folder or a ``.qm`` twin), in path order."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

MAX_PROBES, HEAD_BYTES = 100, 512
_TS_ROOT = lazy_compile(r"\A\ufeff?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^>]{0,400}-->\s*)?(?:<!DOCTYPE[^\S\n]+TS\b|<TS\b)")
_TRANSLATION_DIRS = {"i18n", "l10n", "translations", "translation", "locale", "locales", "lang", "langs", "languages", "ts"}


def qt_translation_files(snap, paths: list[str], candidates: list[str], language_codes: frozenset) -> set[str]:
    """The ``.ts`` paths among ``candidates`` whose content is a Qt Linguist translation (see the module's docstring); ``paths``:
    every path of the repository (for the ``.qm`` twins)."""
    have = set(paths)
    named = []
    for p in sorted(candidates):
        if not p.endswith(".ts"):
            continue
        folders, stem = p.split("/")[:-1], p.rsplit("/", 1)[-1][:-3]
        suffix = stem.replace("-", "_").split("_")
        if ({f.lower() for f in folders} & _TRANSLATION_DIRS or p[:-3] + ".qm" in have
                or (len(suffix) > 1 and (suffix[-1].lower() in language_codes or suffix[-2].lower() in language_codes))):
            named.append(p)
    return {p for p in named[:MAX_PROBES] if _TS_ROOT.match((snap.read_bytes(p, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace"))}
