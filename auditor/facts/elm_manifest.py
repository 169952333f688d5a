"""Elm's manifests, read as JSON (nothing is run): ``elm-package.json`` (Elm 0.14 to 0.18: ``"dependencies"`` as version ranges)
and ``elm.json`` (Elm 0.19: a package's ``"dependencies"`` as ranges; an application's ``"dependencies": {"direct", "indirect"}``,
every package at one exact version, which ``elm make`` installs as they are — the application's own lock), with their
``"test-dependencies"`` (guide.elm-lang.org and github.com/elm/compiler docs/elm.json, read 2026-12-05)."""

from __future__ import annotations

from auditor import safejson


def _names(block) -> list[str]:
    if isinstance(block, dict) and ("direct" in block or "indirect" in block):
        return [k for part in ("direct", "indirect") if isinstance(block.get(part), dict) for k in block[part]]
    return [k for k in block] if isinstance(block, dict) else []


def parse_elm(name: str, text: str) -> tuple[str | None, list[str], list[str]]:
    """(package name, dependencies, test dependencies) of an Elm manifest; raises ValueError when it is no JSON object."""
    data = safejson.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    own = data.get("name") if isinstance(data.get("name"), str) else None
    return own, list(dict.fromkeys(_names(data.get("dependencies"))))[:2000], list(dict.fromkeys(_names(data.get("test-dependencies"))))[:2000]


def elm_pinned(text: str) -> bool:
    """An Elm 0.19 application's elm.json: every package pinned at one version, its own lock."""
    try:
        data = safejson.loads(text)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("type") == "application" and isinstance(data.get("dependencies"), dict)
