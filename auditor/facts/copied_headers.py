"""A library copied into a folder of its own name, found by its files' headers (read as text):
``content/Twig/`` whose files say "This file is part of Twig. (c) Fabien Potencier" is the Twig template engine copied
into a PHP back office, not the project's code — while ``org/georchestra/`` whose files say "This file is part of
geOrchestra" in a repository whose other files say so too is the project itself.

A file whose doc block says it is a package published on a forge under the same name, ``@package PHPMailer`` with ``@link
https://github.com/PHPMailer/PHPMailer/`` (a mail library's classes copied into a PHP app's classes/ folder beside its own), is that
package's copy, unless the package is the project (its README's title) or names most of the code files read (a project signing
its own files so); so is a PHP file whose leading comment is the banner of the class it declares, named after it with its home site
and a copyright line (Parsedown's "# Parsedown / # http://parsedown.org / # (c) Emanuil Rusev" atop includes/parse-markdown.php).

A folder is a copied package when at least :data:`MIN_FILES` files under it name, in their first bytes, a package whose
name is the folder's (letters and digits compared, case ignored) and no file of the repository outside the folder names
it: a project names itself all over its tree (and in its README's title); a copy names itself only inside its folder. A folder named
otherwise is named by the README at its top: ``mviewer1/`` whose README's title is "MVIEWER" and whose ``lib/mviewer.js`` says "This
file is part of mviewer" is a copy of that viewer (an application copied whole beside a portal's own demos), and two files naming it
are enough when the folder also carries a licence of its own at its top (its LICENSE, CREDITS and README came with it); the settings and
data files of such a copy (its apps' config.xml, KML layers) are the project's, which deploys the copy with them. Bounded: at most
:data:`MAX_PROBES` file heads are read, in path order, and :data:`MAX_READMES` folders' READMEs.
"""

from __future__ import annotations

import re

from auditor.facts.vendored import php_class_banner
from auditor.lazyre import lazy_compile

MAX_PROBES = 600
MIN_FILES = 3
MIN_FILES_LICENSED = 2  # (a folder with a licence of its own at its top, named by its README)
MAX_READMES = 50
HEAD_BYTES = 1024
CODE_EXT = {"php", "js", "mjs", "java", "py", "ts", "rb", "kt", "scala", "cs"}

_PART_OF = lazy_compile(r"\bThis (?:file|class|script) is part of (?:the )?([A-Za-z][\w.-]{1,40}?)(?: (?:package|library|framework|bundle|"
                        r"component|project))?(?:[.,:;]|\s*$)", re.M)


# (or the part of it the file is, "@package PlaceLocalInclude … @subpackage simple_html_dom", with the home "Website:
# http://sourceforge.net/projects/simplehtmldom/" atop a PHP map application's classes/html_dom.class.php)
_PACKAGE = lazy_compile(r"^[^\S\n]*[*#/]*[^\S\n]*@(?:sub)?package[^\S\n]+([A-Za-z][\w.-]{1,40})[^\S\n]*$", re.M)
_FORGE_LINK = lazy_compile(r"\b(?:(?:github\.com|gitlab\.com|bitbucket\.org)/[\w.-]+|sourceforge\.net/projects)/([\w.-]+?)(?:\.git)?(?:[/#?\s]|$)", re.I)
DOC_BLOCK_BYTES = 4096  # a doc block's tags may follow a long list of contributors' notes (Simple HTML DOM's: 2.3 KB)
_DOC_BLOCK = lazy_compile(r"\A\ufeff?\s*(?:<\?php\b\s*)?/\*\*[\s\S]*?(?:\*/|\Z)")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_README = lazy_compile(r"^readme(?:\.\w+)?$", re.I)
_LICENCE = lazy_compile(r"^(?:licen[cs]e|copying)(?:[-_.][\w.-]*)?$", re.I)
_TITLE = lazy_compile(r"^[^\S\n]*#+[^\S\n]*(\S[^\n]*)$|^(\S[^\n]*)\n[=-]{3,}[^\S\n]*$", re.M)


def _readme_titles(snap, items: list, folders: set[str]) -> tuple[dict[str, str], set[str]]:
    """The titles (keyed) of the READMEs at the top of these folders, and those of them carrying a licence file at their top."""
    tops: dict[str, str] = {}
    licensed: set[str] = set()
    for i in items:
        folder, _, name = i.path.rpartition("/")
        if folder in folders:
            if _README.match(name) and folder not in tops:
                tops[folder] = i.path
            elif _LICENCE.match(name):
                licensed.add(folder)
    titles = {}
    for folder, path in sorted(tops.items())[:MAX_READMES]:
        m = _TITLE.search(snap.read_text(path, limit=snap.max_blob) or "")
        if m:
            titles[folder] = _key(m.group(1) or m.group(2))
    return titles, licensed


def copied_by_header(snap, items: list, own_name: str = "") -> set[str]:
    """The paths of the files under folders that are copied packages (see the module's docstring); ``own_name`` is the
    project's own name (its README's title, keyed): a folder of that name is the project's, however few files name it elsewhere
    (a single-module project whose code all sits in src/main/java/fr/ville/monprojet/)."""
    code = [i for i in items if i.category in ("source", "test") and i.path.rsplit(".", 1)[-1].lower() in CODE_EXT]
    names: dict[str, str] = {}  # path -> the package its header names (keyed)
    published: dict[str, str] = {}  # path -> the forge package its doc block names (@package X, @link github.com/X/X)
    probed = code[:MAX_PROBES]
    for i in probed:
        data = snap.read_bytes(i.path, limit=snap.max_blob) or b""
        head = data[:HEAD_BYTES].decode("utf-8", "replace")
        m = _PART_OF.search(head)
        if m:
            names[i.path] = _key(m.group(1))
        # (the file's leading doc block, whole up to DOC_BLOCK_BYTES: its tags may come after the first kilobyte)
        block = _DOC_BLOCK.match(data[:DOC_BLOCK_BYTES].decode("utf-8", "replace"))
        doc = block.group(0) if block and len(block.group(0)) > len(head) else head  # (the block, longer, holds all the head says)
        links = {_key(link.group(1)) for link in _FORGE_LINK.finditer(doc)}
        package = next((p for p in _PACKAGE.finditer(doc) if _key(p.group(1)) in links), None)
        if package:
            published[i.path] = _key(package.group(1))
        elif i.path.lower().endswith(".php") and (banner := php_class_banner(data[:DOC_BLOCK_BYTES].decode("utf-8", "replace"))):
            published[i.path] = _key(banner["name"])  # (or the banner of the class it declares, whatever the file's name: Parsedown)
    copied_files = {path for path, name in published.items() if len(name) >= 3 and not (own_name and (name in own_name or own_name in name))
                    and 2 * sum(1 for n in published.values() if n == name) <= len(probed)}
    if not names:
        return copied_files
    # (the folders above the files naming a package, to read the READMEs at their tops: a folder named otherwise may be named by it)
    above = {"/".join(path.split("/")[: n + 1]) for path in names for n in range(path.count("/"))}
    titles, licensed = _readme_titles(snap, items, above)
    folders: dict[str, int] = {}  # "a/b/Twig" -> files under it naming "twig"
    named_as: dict[str, str] = {}  # folder -> the package's name (keyed): its own, or its README's title
    for path, name in names.items():
        segs = path.split("/")[:-1]
        for n, seg in enumerate(segs):
            folder = "/".join(segs[: n + 1])
            if _key(seg) == name or titles.get(folder) == name:
                folders[folder] = folders.get(folder, 0) + 1
                named_as[folder] = name
                break
    copied = set()
    for folder, count in sorted(folders.items()):
        if count < (MIN_FILES_LICENSED if folder in licensed and titles.get(folder) == named_as[folder] else MIN_FILES):
            continue
        name = named_as[folder]
        if own_name and (name in own_name or own_name in name):
            continue
        if any(n == name and not p.startswith(folder + "/") for p, n in names.items()):
            continue  # the project names itself outside the folder too: its own code
        copied.add(folder + "/")
    if not copied:
        return copied_files
    # (an application copied whole under a name of the project's choosing is deployed with the project's settings and data: its
    # apps' config.xml, layers and KML stay the project's, its code, documents and licence are the copy's)
    deployed = {f for f in copied if _key(f.rstrip("/").rsplit("/", 1)[-1]) != named_as[f.rstrip("/")]}
    return copied_files | {i.path for i in items if any(i.path.startswith(f) for f in copied)
                           and not (i.category in ("configuration", "data") and any(i.path.startswith(f) for f in deployed))}
