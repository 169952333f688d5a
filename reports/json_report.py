"""JSON: the canonical report itself."""

from __future__ import annotations

from typing import Any

from auditor.report import to_json


def render(report: dict[str, Any], lang: str = "fr", **_: Any) -> str:
    return to_json(report)
