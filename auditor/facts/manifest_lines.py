"""The ``manifest_lines`` fact: the line of each declared dependency in its manifest, for evidence
developers can click (the checks name a dependency; this says where it is written)."""

from __future__ import annotations

from auditor.facts import fact

MAX_BYTES = 1_000_000


def first_line(text: str, needle: str) -> int | None:
    """The 1-based line (as ``str.splitlines`` counts them) where ``needle`` first appears, or None."""
    at = text.find(needle)
    if at < 0 or not needle:
        return None
    return len(text[: at + len(needle)].splitlines())


@fact("manifest_lines", version=1, public=False)
def manifest_lines(ctx) -> dict[str, dict[str, int]]:
    """``{manifest path: {dependency name (lower case): line}}`` for the manifests of the
    ``manifests`` fact; a name written in another case, or not at all, has no line."""
    out: dict[str, dict[str, int]] = {}
    for m in ctx.fact("manifests").get("manifests", []):
        text = ctx.snapshot.read_text(m["path"], limit=MAX_BYTES)
        if not text:
            continue
        lines = out.setdefault(m["path"], {})
        for name in m["dependencies"] + m["dev_dependencies"]:
            needle = name.lower()
            if needle not in lines:
                line = first_line(text, needle)
                if line is not None:
                    lines[needle] = line
    return out
