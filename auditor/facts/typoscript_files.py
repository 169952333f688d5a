"""TYPO3's TypoScript and TSconfig files, whatever their extension: a TYPO3 extension's configuration code, never documentation.

TYPO3 up to version 8 keeps them in ``.txt`` files (Configuration/TypoScript/setup.txt, constants.txt, ContentElement/*.txt,
Configuration/PageTS/*.txt), which a reading by extension alone takes for plain-text documents. One path rule for the text scan
(s41 fb41 = CDG47-Dev/t3_Serignac: their code) and the documentation facts (s42 fr42 = CDG47-Dev/t3_Menu: no documentation folder,
no page, no language of the docs), and one reading of the text for the ``.txt`` files of a TYPO3 extension kept elsewhere
(a TYPO3 4 extension's static/<name>/setup.txt, :func:`auditor.facts.guide_content.typoscript`)."""

from __future__ import annotations

from auditor.facts.guide_content import typoscript
from auditor.lazyre import lazy_compile

# the files of an extension's Configuration/TypoScript/, PageTS/, TsConfig/ (.txt, .typoscript, .tsconfig, .t3s), its
# ext_typoscript_setup.txt and ext_typoscript_constants.txt, and any .typoscript or .tsconfig file
TYPOSCRIPT_PATH = lazy_compile(r"(?:^|/)Configuration/(?:TypoScript|PageTS|PageTSconfig|TSconfig|TsConfig|UserTS)/(?:[^/]+/)*[^/]+\.(?:txt|typoscript|tsconfig|t3s)$"
                               r"|(?:^|/)ext_typoscript_(?:setup|constants)\.(?:txt|typoscript)$|\.(?:typoscript|tsconfig)$")
# a TYPO3 extension's declaration at its root (or one folder down: a repository of extensions)
_TYPO3_EXTENSION = lazy_compile(r"^(?:[^/]+/)?ext_(?:emconf|localconf)\.php$")
MAX_READ = 100  # .txt files read at most, in path order
MAX_BYTES = 64 * 1024


def typoscript_path(path: str) -> bool:
    """The path is a TypoScript or TSconfig file by TYPO3's own layout (:data:`TYPOSCRIPT_PATH`)."""
    return TYPOSCRIPT_PATH.search(path) is not None


def typoscript_files(snap, entries: list) -> set[str]:
    """The TypoScript files among ``entries``: by path, and in a TYPO3 extension (its ext_emconf.php or ext_localconf.php) the
    ``.txt`` files whose text is TypoScript (at most :data:`MAX_READ` read, :data:`MAX_BYTES` each)."""
    found = {e.path for e in entries if typoscript_path(e.path)}
    if not any(_TYPO3_EXTENSION.match(e.path) for e in entries):
        return found
    texts = sorted(e.path for e in entries if e.path not in found and e.ext == "txt" and 0 < e.size <= MAX_BYTES
                   and e.kind in ("file", "executable"))[:MAX_READ]
    return found | {p for p in texts if typoscript(snap.read_text(p, limit=MAX_BYTES) or "")}
