"""The canonical report: a versioned JSON document. Every other format renders from it."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from auditor import bounded, safejson
from auditor.errors import UsageError

SCHEMA_VERSION = "1.0"


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    return json.loads(resources.files("auditor.schema").joinpath("report.schema.json").read_text(encoding="utf-8"))


def validate_report(report: dict[str, Any]) -> list[str]:
    """Schema errors of a report (empty when valid)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(report_schema())
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(report)]


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False, default=str) + "\n"


atomic_write = bounded.write_atomic  # reports and batch outputs: written then renamed


def load_report(path: str | Path) -> dict[str, Any]:
    """Read a saved report; a clear usage error when it is not one this version can render."""
    text = bounded.read_text(path, what="report")
    try:
        data = safejson.loads(text)
    except ValueError as exc:
        raise UsageError(f"{path}: not JSON: {exc}") from None
    if not isinstance(data, dict) or "schema_version" not in data:
        raise UsageError(f"{path}: not a readiness-auditor report (no schema_version)")
    major = str(data["schema_version"]).split(".")[0]
    if major != SCHEMA_VERSION.split(".")[0]:
        raise UsageError(f"{path}: report schema {data['schema_version']} is not supported (this version reads {SCHEMA_VERSION})")
    errors = validate_report(data)
    if errors:
        raise UsageError(f"{path}: invalid report: {errors[0]}")
    return data
