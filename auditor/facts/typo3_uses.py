"""``typo3_uses``: the other TYPO3 extensions a TYPO3 extension's PHP code requires (issue 12, s42 fc42 =
TYPO3-svn-archive/ren_documents: a document base whose ext_emconf.php depends on 'cms' only, while its backend module sits under DAM's
main module — ``addModule('txdamM1', …)`` —, its code calls ``tx_dam_db::getPid()`` and its TCA points to the tables of two other
extensions, ``'foreign_table' => 'tx_renlocaliser_services'``, ``'tx_icscategories_categories'``).

Read in the extension's own PHP files: a static call, an instantiation or a subclass of another extension's class (``tx_dam::``,
``new tx_news_…``, ``extends tx_…``, ``makeInstance('tx_…')``), a TCA relation to its table (``foreign_table``), a backend module
added under its main module (``addModule('txdamM1', …)``), a path into it (``extPath('dam')``, ``extRelPath``, ``siteRelPath``,
``'EXT:dam/…'``). ``isLoaded('x')`` is a test for an optional extension, not counted. The extension's own prefix (its classes'
``tx_<key>``, its tables' in ext_tables.sql) its key in EXT: paths to the repository's own files, and TYPO3's system extensions (cms, lang, version, scheduler…) are no other
extension.

Value: ``[[key, path, line, excerpt], …]``, the first use of each key in path order, keys without underscores as class and table
prefixes write them (``renlocaliser``); at most 200 PHP files of 256 kB, at most 20 keys. The PHP is never run."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

MAX_FILES = 200
MAX_BYTES = 256 * 1024
MAX_KEYS = 20
_USES = lazy_compile(
    r"""\btx_([a-z0-9]+)(?:_\w+)?\s*::|\bnew\s+tx_([a-z0-9]+)|\bextends\s+tx_([a-z0-9]+)|makeInstance(?:Class)?\(\s*['"]tx_([a-z0-9]+)|"""
    r"""['"]foreign_table['"]\s*=>\s*['"]tx_([a-z0-9]+)_|\baddModule\(\s*['"]tx([a-z0-9]+)M\d+['"]|"""
    r"""\b(?:extPath|extRelPath|siteRelPath)\(\s*['"]([a-z0-9_]+)['"]|['"](?:FILE:|LLL:)?EXT:([a-z0-9_]+)/""", re.I)
_EXT_PATH = lazy_compile(r"""EXT:([a-z0-9_]+)/([\w./-]{1,200}?)(?=[:'"\s])""", re.I)
_OWN_CLASS = lazy_compile(r"^[ \t]*(?:abstract[ \t]+|final[ \t]+)?class[ \t]+(?:ux_)?tx_([a-z0-9]+)", re.I | re.M)
_OWN_TABLE = lazy_compile(r"\bCREATE\s+TABLE\s+[`\"]?tx_([a-z0-9]+)_", re.I)
# TYPO3's system extensions (their keys without underscores): part of the host, no other extension to declare
SYSTEM = frozenset(("cms", "core", "frontend", "backend", "extbase", "fluid", "lang", "sv", "em", "extensionmanager", "install", "t3skin",
                    "rtehtmlarea", "rteckeditor", "felogin", "indexedsearch", "scheduler", "version", "workspaces", "cssstyledcontent",
                    "fluidstyledcontent", "impexp", "recycler", "tstemplate", "func", "funcwizards", "info", "infopagetsconfig", "setup",
                    "viewpage", "beuser", "belog", "reports", "about", "aboutmodules", "cshmanual", "opendocs", "recordlist", "filelist",
                    "saltedpasswords", "rsaauth", "sysaction", "taskcenter", "wizardcrpages", "wizardsortpages", "dbal", "adodb",
                    "statictemplates", "documentation", "form", "linkvalidator", "lowlevel", "sysnote", "t3editor", "feedit",
                    "filemetadata", "mediace", "openid", "seo", "redirects", "dashboard", "adminpanel", "context", "sysext", "t3lib",
                    "typo3", "php", "cshmanual", "simulatestatic", "tsconfighelp", "contexthelp", "extra_page_cm_options",
                    "extrapagecmoptions", "perm", "t3editor", "cms_layout", "cmslayout"))


@fact("typo3_uses", version=3, public=False)
def typo3_uses(ctx) -> list[list]:
    snap = ctx.snapshot
    if not any(p.rsplit("/", 1)[-1] == "ext_emconf.php" and p.count("/") <= 1 for p in snap.files):
        return []
    inv = inventory_of(ctx)
    php = [i.path for i in inv.items if i.category in ("source", "configuration") and i.path.lower().endswith(".php")][:MAX_FILES]
    own: set[str] = set()
    for sql in sorted(p for p in snap.files if p.rsplit("/", 1)[-1] == "ext_tables.sql" and p.count("/") <= 1)[:2]:
        own |= {m.lower() for m in _OWN_TABLE.findall(snap.read_text(sql, limit=MAX_BYTES) or "")}
    texts = list(snap.iter_text(php, limit=MAX_BYTES))
    files = set(snap.files)
    for _, text in texts:
        own |= {m.lower() for m in _OWN_CLASS.findall(text)}
        # (a key whose EXT: paths are the repository's own files: EXT:my_site/Resources/Private/Templates/Page.html beside it)
        own |= {m.group(1).replace("_", "").lower() for m in _EXT_PATH.finditer(text) if m.group(2) in files}
    # (and the repository's name when ext_emconf.php is at its root: the key the extension is installed under, t3_meilhan's
    # EXT:t3_meilhan/Resources/Public/… in its own TypoScript)
    name = (getattr(getattr(ctx, "target", None), "name", None) or "").strip()
    if name:
        own.add(name.replace("_", "").replace("-", "").lower())
    for path in snap.files:  # (the extension's key, its folder's name when kept one folder down: ren_documents)
        if path.rsplit("/", 1)[-1] == "ext_emconf.php" and path.count("/") == 1:
            own.add(path.split("/", 1)[0].replace("_", "").lower())
    found: dict[str, list] = {}
    for path, text in sorted(texts):
        for m in _USES.finditer(text):
            key = next(g for g in m.groups() if g).lower()
            norm = key.replace("_", "")
            if norm in own or norm in SYSTEM or key in found or len(found) >= MAX_KEYS:
                continue
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            if text[start:m.start()].lstrip().startswith(("//", "#", "*")):
                continue  # (a commented-out line)
            found[key] = [key, path, text.count("\n", 0, m.start()) + 1, text[start:end if end != -1 else len(text)].strip()[:160]]
    # the Fluid templates and TypoScript of the extension: a path into another extension (LLL:EXT:cal/Resources/Private/Language/
    # locallang.xml, a template of it) that is none of the repository's files (issue 12, s45 ff45 = CDG47-Dev/t3_Calendar: templates
    # for the `cal` extension, which ext_emconf.php does not declare)
    others = sorted(i.path for i in inv.items if i.category not in ("vendored", "build")
                    and (i.path.lower().endswith((".html", ".htm")) and "resources/private/" in i.path.lower()
                         or i.path.lower().endswith((".typoscript", ".tsconfig")) or i.path.lower().endswith(".txt") and "configuration/typoscript/" in i.path.lower()
                         or i.path.rsplit("/", 1)[-1] in ("ext_typoscript_setup.txt", "ext_typoscript_constants.txt")))[:MAX_FILES]
    folders = {p[:i + 1] for p in files for i in range(len(p)) if p[i] == "/"} if others else set()  # (EXT:x/Resources/Private/Templates/)
    other_texts = sorted(snap.iter_text(others, limit=MAX_BYTES))
    # (a key one of whose EXT: paths is the repository's own file or folder is the extension's own key in all its paths, also where a
    # path names a folder not committed: t3_Cancon_V8's EXT:t3_cancon/Resources/Private/Layouts/IndexedSearch/ beside its committed
    # …/Templates/IndexedSearch/; issue 12, s45 lead, a regression of f28da978 found by re-reading)
    own |= {m.group(1).replace("_", "").lower() for _, text in other_texts for m in _EXT_PATH.finditer(text)
            if m.group(2) in files or m.group(2) in folders}
    for path, text in other_texts:
        guards = _loaded_guards(text) if "isloaded" in text.lower() else []
        for m in _EXT_PATH.finditer(text):
            key = m.group(1).lower()
            norm = key.replace("_", "")
            if m.group(2) in files or m.group(2) in folders or norm in own or norm in SYSTEM or key in found or len(found) >= MAX_KEYS:
                continue
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            if text[start:m.start()].lstrip().startswith(("//", "#", "<!--", "*")):
                continue
            if norm in _guard_at(guards, m.start()) or norm in _loaded_keys(text[start:end if end != -1 else len(text)]):
                continue  # (used only when that extension is installed: an optional integration, for 'suggests', not 'depends')
            found[key] = [key, path, text.count("\n", 0, m.start()) + 1, text[start:end if end != -1 else len(text)].strip()[:160]]
    return [found[k] for k in sorted(found)]


# A TypoScript condition testing that an extension is installed (``[userFunc = TYPO3\CMS\Core\Utility\ExtensionManagementUtility::
# isLoaded('news')]`` … ``[global]``, ``[userFunc('…ExtensionManagementUtility::isLoaded', 'news')]``, an include's
# ``condition="[…isLoaded(news)]"``): what it guards is read only on a site where that extension is installed, an optional
# integration ext_emconf.php lists under 'suggests', if anywhere, never a dependency to declare under 'depends' (issue 12, s46 fe46 =
# CDG47-Dev/t3_template_v8: EXT:rx_shariff's TypoScript included under isLoaded('rx_shariff') was called an undeclared dependency).
_IS_LOADED = lazy_compile(r"""\bisLoaded['"]?\s*(?:\(\s*|,\s*)['"]?([a-z0-9_]{1,60})['"]?\s*\)""", re.I)  # (quoted or not: isLoaded(news))
_CONDITION = lazy_compile(r"^[ \t]*\[([^\n]{0,400})\][ \t]*$", re.M)  # (old conditions joined on one line: [a] || [b])
_CLOSERS = ("global", "end", "else")


def _loaded_keys(text: str) -> frozenset[str]:
    """The extension keys (without underscores) a condition's text requires to be installed (a negated test, an alternative of
    several, requires none)."""
    if "!" in text or "||" in text or re.search(r"\b(?:not|or)\b", text, re.I):
        return frozenset()
    return frozenset(m.group(1).replace("_", "").lower() for m in _IS_LOADED.finditer(text))


def _loaded_guards(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """``(start, end, keys)`` of each TypoScript condition block requiring extensions to be installed: from its condition line to the
    next condition line (``[global]``, ``[end]``, ``[else]`` or another condition), at most 2,000 of them."""
    out: list[tuple[int, int, frozenset[str]]] = []
    opened: tuple[int, frozenset[str]] | None = None
    for m in _CONDITION.finditer(text):
        if opened is not None and opened[1]:
            out.append((opened[0], m.start(), opened[1]))
        opened = None if m.group(1).strip().lower() in _CLOSERS else (m.end(), _loaded_keys(m.group(1)))
        if len(out) >= 2000:
            break
    if opened is not None and opened[1] and len(out) < 2000:
        out.append((opened[0], len(text), opened[1]))
    return out


def _guard_at(guards: list[tuple[int, int, frozenset[str]]], pos: int) -> frozenset[str]:
    """The keys the condition block around ``pos`` requires (none outside a block)."""
    return next((keys for start, end, keys in guards if start <= pos < end), frozenset())
