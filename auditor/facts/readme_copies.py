"""Folders the project's README says were copied from someone else's work ("Le code FFL a été copié dans [FFL](FFL/).", "The
library was copied into vendor_lib/", "lib/ is a fork of …"): a third party's package kept in the repository, whose licence
texts and manifests speak for that package, not for the project.

A line counts when it says so in a participle or a copula (copié(e)(s), copied, vendored, forked, a copy/fork of, une copie de,
repris de, taken/imported from), never an instruction (« copiez », "copy … to"), and names the folder as a path: a link's target
(``[FFL](FFL/)``) or a name ending with a slash (``FFL/``), that is a folder of the repository. Pure function of the README's text
and the repository's paths.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_COPIED = lazy_compile(r"\b(?:copiée?s?|copied|vendored|forked|(?:a|the)\s+(?:copy|fork)\s+of|(?:une\s+)?(?:copie|fork)\s+d(?:e|u|es|')"
                       r"|repris(?:e|es)?\s+d(?:e|u|es|')|taken\s+from|imported\s+from)(?!\w)", re.I)
_LINK_TARGET = lazy_compile(r"\]\(\s*(?:\./)?([\w.-]+(?:/[\w.-]+)*)/?\s*\)")
_SLASHED = lazy_compile(r"(?<![\w./:@-])(?:\./)?([\w.-]+(?:/[\w.-]+)*)/(?![\w.-])")


def readme_copied_dirs(readme: str | None, paths) -> list[str]:
    """The folders (no trailing slash) the README says were copied, sorted; ``paths``: the repository's file paths."""
    if not readme:
        return []
    dirs = {p.rsplit("/", 1)[0] for p in paths if "/" in p}
    dirs |= {d.rsplit("/", i)[0] for d in list(dirs) for i in range(1, d.count("/") + 1)}
    found: set[str] = set()
    for line in readme[:200_000].splitlines()[:2000]:
        if len(line) > 600 or not _COPIED.search(line):
            continue
        for m in (*_LINK_TARGET.finditer(line), *_SLASHED.finditer(line)):
            d = m.group(1).strip("/")
            if d in dirs and not re.match(r"^\.+$", d):
                found.add(d)
    return sorted(found)
