"""``languages``: languages by file count, from the inventory (vendored, generated and build output
left out; tests and documentation code counted)."""

from __future__ import annotations

from auditor.facts import fact
from auditor.facts.inventory import inventory_of


@fact("languages", version=4)
def languages(ctx) -> dict[str, int]:
    counts: dict[str, int] = {}
    files = ctx.snapshot.files
    for item in inventory_of(ctx).items:
        if item.language is None or item.category in ("vendored", "generated", "build"):
            continue
        if files[item.path].kind not in ("file", "executable"):
            continue
        counts[item.language] = counts.get(item.language, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
