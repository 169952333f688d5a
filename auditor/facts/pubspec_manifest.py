"""A Dart/Flutter pubspec.yaml's dependency blocks, read line by line (the file is never executed nor fully parsed as YAML:
a templated or broken pubspec still gives its package names)."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_PUBSPEC_ENTRY = lazy_compile(r"([ \t]+)([A-Za-z0-9_]+)[ \t]*:")


def pubspec_block(text: str, key: str) -> list[str]:
    """The package names of a pubspec's top-level ``dependencies:`` (or ``dev_dependencies:``) block.

    The block runs to the next line at column 0: blank lines and comment lines inside it (Flutter's
    generated pubspec puts both after ``flutter: sdk: flutter``) do not end it. A package's name is a
    key at the block's first indentation; deeper keys (``sdk:``, ``git:``, ``path:``) are its details."""
    names: list[str] = []
    inside, indent = False, None
    for line in text.splitlines():
        if not inside:
            inside = line.rstrip() == key + ":" or (line.startswith(key + ":") and line[len(key) + 1:].lstrip().startswith("#"))
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[:1] not in (" ", "\t"):
            break
        m = _PUBSPEC_ENTRY.match(line)
        if m is None:
            continue
        if indent is None:
            indent = m.group(1)
        if m.group(1) == indent:
            names.append(m.group(2))
    return names
