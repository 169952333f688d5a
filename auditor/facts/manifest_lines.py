"""The ``manifest_lines`` fact: the line of each declared dependency in its manifest, for evidence
developers can click (the checks name a dependency; this says where it is written)."""

from __future__ import annotations

import re

from auditor.facts import fact

MAX_BYTES = 1_000_000


def first_line(text: str, needle: str) -> int | None:
    """The 1-based line (as ``str.splitlines`` counts them) where ``needle`` first appears as a name of its own — not inside a
    longer name ("openai" in the project's own ``name = "whisper-openai-api"``, "react" in "react-dom") — on a line that is not
    the manifest's own ``name`` field; or None (issue 12, s36 lead, after verifier v21b: vendor lock-in pointed at
    pyproject.toml:2, the project's name, for its openai dependency on line 8). Nor inside a scoped npm name: "hcaptcha" in
    "@hcaptcha/react-hcaptcha" is its scope, "react-hcaptcha" after the slash part of that name (s46 ff46)."""
    if not needle:
        return None
    for m in re.finditer(r"(?<![\w.@/-])" + re.escape(needle) + r"(?![\w/-]|\.\w)", text):
        start = text.rfind("\n", 0, m.start()) + 1
        if _OWN_NAME.match(text, start):
            continue
        return len(text[: m.end()].splitlines())
    return None


# the manifest's own name field (package.json's "name": …, pyproject.toml's name = …, Cargo.toml's, composer.json's)
_OWN_NAME = re.compile(r"[ \t]*[\"']?name[\"']?[ \t]*[:=]")


@fact("manifest_lines", version=2, public=False)
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
