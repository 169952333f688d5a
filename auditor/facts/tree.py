"""The ``tree`` fact: every entry of the audited commit (path, kind, size), in the snapshot's order.

The listing checks filter by name, extension or size (locale folders, fonts, geographic files…);
what a path *is* (source, test, vendored, documentation…) is the inventory's to say. Not cached on
disk: the snapshot lists it in memory already.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.facts import fact
from auditor.pathparts import PathParts


@dataclass(frozen=True, slots=True)
class Listed(PathParts):
    """One entry of the ``tree`` fact (``name``, ``dir``, ``ext`` as the snapshot's entries have them)."""

    path: str
    kind: str  # "file", "executable", "symlink", "submodule"
    size: int
    missing: bool = False  # (an object the copy lacks, listed at size 0: no empty file, doc_pages.no_document)


def listing(value: list) -> list[Listed]:
    """The ``tree`` fact's value as entries (``[path, kind, size]`` rows, as a test may give them)."""
    return [row if isinstance(row, Listed) else Listed(row[0], row[1], row[2]) for row in value]


def placeholder(entry) -> bool:
    """Whether a listed file is empty (0 bytes, not an object the copy lacks): a placeholder kept for later (data/centres.json
    committed empty beside the pages meant to read it), no data nor document of the project's (issue 12, s43 fa43)."""
    return entry.size == 0 and not entry.missing and entry.kind in ("file", "executable")


def tree_of(ctx) -> list[Listed]:
    """The entries of the ``tree`` fact of ``ctx`` (for checks: ``tree_of(ctx)`` rather than the snapshot)."""
    return listing(ctx.fact("tree"))


@fact("tree", version=1, public=False, cache="none")
def tree(ctx) -> list[Listed]:
    return [Listed(e.path, e.kind, e.size, bool(getattr(e, "missing", False))) for e in ctx.snapshot.files.values()]
