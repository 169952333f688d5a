"""A library copied into a folder of its own name, found by its files' headers (read as text):
``content/Twig/`` whose files say "This file is part of Twig. (c) Fabien Potencier" is the Twig template engine copied
into a PHP back office, not the project's code — while ``org/georchestra/`` whose files say "This file is part of
geOrchestra" in a repository whose other files say so too is the project itself.

A file whose doc block says it is a package published on a forge under the same name, ``@package PHPMailer`` with ``@link
https://github.com/PHPMailer/PHPMailer/`` (a mail library's classes copied into a PHP app's classes/ folder beside its own), is that
package's copy, unless the package is the project (its README's title) or names most of the code files read (a project signing
its own files so).

A folder is a copied package when at least :data:`MIN_FILES` files under it name, in their first bytes, a package whose
name is the folder's (letters and digits compared, case ignored) and no file of the repository outside the folder names
it: a project names itself all over its tree (and in its README's title); a copy names itself only inside its folder. Bounded: at most
:data:`MAX_PROBES` file heads are read, in path order.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PROBES = 600
MIN_FILES = 3
HEAD_BYTES = 1024
CODE_EXT = {"php", "js", "mjs", "java", "py", "ts", "rb", "kt", "scala", "cs"}

_PART_OF = lazy_compile(r"\bThis (?:file|class|script) is part of (?:the )?([A-Za-z][\w.-]{1,40}?)(?: (?:package|library|framework|bundle|"
                        r"component|project))?(?:[.,:;]|\s*$)", re.M)


_PACKAGE = lazy_compile(r"^[^\S\n]*[*#/]*[^\S\n]*@package[^\S\n]+([A-Za-z][\w.-]{1,40})[^\S\n]*$", re.M)
_FORGE_LINK = lazy_compile(r"\b(?:github\.com|gitlab\.com|bitbucket\.org)/[\w.-]+/([\w.-]+?)(?:\.git)?(?:[/#?\s]|$)", re.I)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def copied_by_header(snap, items: list, own_name: str = "") -> set[str]:
    """The paths of the files under folders that are copied packages (see the module's docstring); ``own_name`` is the
    project's own name (its README's title, keyed): a folder of that name is the project's, however few files name it elsewhere
    (a single-module project whose code all sits in src/main/java/fr/ville/monprojet/)."""
    code = [i for i in items if i.category in ("source", "test") and i.path.rsplit(".", 1)[-1].lower() in CODE_EXT]
    names: dict[str, str] = {}  # path -> the package its header names (keyed)
    published: dict[str, str] = {}  # path -> the forge package its doc block names (@package X, @link github.com/X/X)
    probed = code[:MAX_PROBES]
    for i in probed:
        head = (snap.read_bytes(i.path, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")
        m = _PART_OF.search(head)
        if m:
            names[i.path] = _key(m.group(1))
        package = _PACKAGE.search(head)
        if package and any(_key(link.group(1)) == _key(package.group(1)) for link in _FORGE_LINK.finditer(head)):
            published[i.path] = _key(package.group(1))
    copied_files = {path for path, name in published.items() if len(name) >= 3 and not (own_name and (name in own_name or own_name in name))
                    and 2 * sum(1 for n in published.values() if n == name) <= len(probed)}
    if not names:
        return copied_files
    folders: dict[str, int] = {}  # "a/b/Twig" -> files under it naming "twig"
    for path, name in names.items():
        segs = path.split("/")[:-1]
        for n, seg in enumerate(segs):
            if _key(seg) == name:
                folder = "/".join(segs[: n + 1])
                folders[folder] = folders.get(folder, 0) + 1
                break
    copied = set()
    for folder, count in sorted(folders.items()):
        if count < MIN_FILES:
            continue
        name = _key(folder.rsplit("/", 1)[-1])
        if own_name and (name in own_name or own_name in name):
            continue
        if any(n == name and not p.startswith(folder + "/") for p, n in names.items()):
            continue  # the project names itself outside the folder too: its own code
        copied.add(folder + "/")
    if not copied:
        return copied_files
    return copied_files | {i.path for i in items if any(i.path.startswith(f) for f in copied)}
