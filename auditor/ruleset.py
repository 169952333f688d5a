"""Rulesets: YAML data that says which checks run, their weights and parameters, how families roll
up into the jury's criteria, the readiness levels and the CI gate.

A ruleset is loaded against a JSON Schema; every error names the file, the line and the key.
``extends: other-id`` (or a relative path) reuses another ruleset: mappings are merged key by key,
lists (levels) are replaced.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from auditor import bounded, safeyaml
from auditor.errors import RulesetError, UsageError
from auditor.facts.project import KINDS as PROJECT_KINDS
from auditor.families import FAMILIES

DEFAULT_RULESET = "guichet-selection"

_TEXT = {"type": "object", "required": ["fr", "en"], "properties": {"fr": {"type": "string", "minLength": 1}, "en": {"type": "string", "minLength": 1}}, "additionalProperties": False}
_WEIGHTS = {"type": "object", "additionalProperties": {"type": "number", "minimum": 0}}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["id", "version"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$"},
        "version": {"type": ["string", "number"]},
        "title": _TEXT,
        "description": _TEXT,
        "extends": {"type": "string", "minLength": 1},
        "checks": {
            "type": "object",
            "propertyNames": {"pattern": "^[a-z][a-z0-9_-]*\\.[a-z0-9][a-z0-9._-]*$"},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "enabled": {"type": "boolean"},
                    "weight": {"type": "number", "minimum": 0},
                    "weight_by_kind": {"type": "object", "propertyNames": {"enum": list(PROJECT_KINDS)},
                                       "additionalProperties": {"type": "number", "minimum": 0}},
                    "params": {"type": "object"},
                    "standard": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "families": {
            "type": "object",
            "propertyNames": {"enum": list(FAMILIES)},
            "additionalProperties": {"type": "object", "additionalProperties": False, "properties": {"title": _TEXT, "weight": {"type": "number", "minimum": 0}}},
        },
        "criteria": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["families"],
                "additionalProperties": False,
                "properties": {"title": _TEXT, "description": _TEXT, "families": {**_WEIGHTS, "propertyNames": {"enum": list(FAMILIES)}}},
            },
        },
        "overall": {"type": "object", "additionalProperties": False, "properties": {"criteria": _WEIGHTS}},
        "levels": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "title"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "title": _TEXT,
                    "description": _TEXT,
                    "requires": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {
                            "checks": {"type": "array", "items": {"oneOf": [
                                {"type": "string"},
                                {"type": "object", "required": ["id"], "additionalProperties": False,
                                 "properties": {"id": {"type": "string"}, "status": {"enum": ["pass", "warn"]}}},
                            ]}},
                            "min_score": {"type": "number", "minimum": 0, "maximum": 100},
                            "min_criteria": {"type": "object", "additionalProperties": {"type": "number", "minimum": 0, "maximum": 100}},
                        },
                    },
                },
            },
        },
        "gate": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"fail_under": {"type": ["number", "null"], "minimum": 0, "maximum": 100}, "min_level": {"type": ["string", "null"]}},
        },
        "human_criteria": {"type": "array", "items": {"type": "object"}},
        "exceptions": {"type": "object", "additionalProperties": False, "properties": {"counted": {"type": "boolean"}},
                       "description": "Whether a finding covered by a valid .auditor.yml exception scores as a pass (it stays listed)."},
    },
}


def _compose(text: str, path: str) -> tuple[Any, dict[tuple, int]]:
    """Parse YAML (with the caps of :mod:`auditor.safeyaml`), returning plain data and a map from key path to line."""
    try:
        data, lines = safeyaml.load_with_lines(text)
    except safeyaml.YAMLLocatedError as exc:
        raise RulesetError(path, exc.line, exc.key, exc.message) from None
    if data is None:
        raise RulesetError(path, None, "", "empty ruleset")
    return data, lines


_line_for = safeyaml.line_for


def _builtin(text: str) -> dict[str, Any]:
    """A shipped ruleset's data, parsed by libyaml when present (the pure-Python parser with line
    numbers and the schema check cost a tenth of a second at every audit; a user's file gets both)."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass
class Ruleset:
    id: str
    version: str
    data: dict[str, Any]
    source: str
    chain: list[str] = field(default_factory=list)

    @property
    def title(self) -> dict[str, str]:
        return self.data.get("title") or {"fr": self.id, "en": self.id}

    def check_config(self, check_id: str) -> dict[str, Any]:
        return self.data.get("checks", {}).get(check_id, {})

    def enabled_checks(self) -> list[str]:
        return [cid for cid, cfg in self.data.get("checks", {}).items() if cfg.get("enabled", True)]

    def weight(self, check_id: str, kind: str | None = None) -> float:
        """The check's weight; ``weight_by_kind`` overrides it for one kind of project."""
        cfg = self.check_config(check_id)
        by_kind = cfg.get("weight_by_kind") or {}
        if kind is not None and kind in by_kind:
            return float(by_kind[kind])
        return float(cfg.get("weight", 1))

    def params(self, check_id: str, defaults: dict[str, Any]) -> dict[str, Any]:
        merged = dict(defaults)
        merged.update(self.check_config(check_id).get("params") or {})
        return merged

    @property
    def levels(self) -> list[dict[str, Any]]:
        return self.data.get("levels") or []

    @property
    def gate(self) -> dict[str, Any]:
        return self.data.get("gate") or {}

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "title": self.title, "source": self.source, "extends": self.chain[1:]}


def builtin_dir() -> Path:
    return Path(str(resources.files("auditor.rulesets")))


def builtin_rulesets() -> dict[str, Path]:
    return {p.stem: p for p in sorted(builtin_dir().glob("*.yml"))}


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if key == "extends":
            continue
        if isinstance(value, dict) and isinstance(out.get(key), dict) and key not in ("title", "description"):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _resolve(ref: str, relative_to: Path | None) -> Path:
    builtins = builtin_rulesets()
    if ref in builtins:
        return builtins[ref]
    candidate = Path(ref)
    if relative_to is not None and not candidate.is_absolute():
        candidate = relative_to.parent / candidate
    return candidate


def load_ruleset(ref: str | None = None, *, known_checks: set[str] | None = None, _seen: tuple = ()) -> Ruleset:
    """Load a built-in ruleset by id, or a YAML file by path; validate it and resolve ``extends``."""
    ref = ref or DEFAULT_RULESET
    path = _resolve(ref, None)
    return _load_path(path, ref, known_checks, _seen)


def _load_path(path: Path, ref: str, known_checks: set[str] | None, seen: tuple) -> Ruleset:
    shown = str(path) if not str(path).startswith(str(builtin_dir())) else f"rulesets/{path.name}"
    if not path.is_file():
        raise RulesetError(ref, None, "", "no such ruleset (built-in ids: " + ", ".join(builtin_rulesets()) + ")")
    if str(path.resolve()) in seen:
        raise RulesetError(shown, None, "extends", "circular extends")
    try:
        text = bounded.read_text(path, limit=safeyaml.MAX_BYTES, what="ruleset")
    except UsageError as exc:
        raise RulesetError(shown, None, "", str(exc).removeprefix(f"{path}: ")) from None
    if shown != str(path):  # a built-in ruleset: the package's own file, checked against SCHEMA by the tests (test_engine)
        data, lines = _builtin(text), {}
    else:
        data, lines = _compose(text, shown)
        if not isinstance(data, dict):
            raise RulesetError(shown, 1, "", "a ruleset is a mapping")
        err = safeyaml.first_schema_error(SCHEMA, data, lines)
        if err is not None:
            raise RulesetError(shown, err.line, err.key, err.message)
    chain = [data["id"]]
    if "extends" in data:
        parent = _load_path(_resolve(data["extends"], path), data["extends"], known_checks, seen + (str(path.resolve()),))
        merged = _merge(parent.data, data)
        chain += parent.chain
    else:
        merged = data
    merged["id"], merged["version"] = data["id"], str(data["version"])
    rs = Ruleset(id=data["id"], version=str(data["version"]), data=merged, source=shown, chain=chain)
    _semantic_checks(rs, lines, shown, known_checks, own=data)
    return rs


def _semantic_checks(rs: Ruleset, lines: dict, shown: str, known: set[str] | None, own: dict) -> None:
    if known is not None:
        for cid in own.get("checks", {}):
            if cid not in known:
                raise RulesetError(shown, _line_for(lines, ("checks", cid)), f"checks.{cid}", "unknown check id")
    level_ids = [lv["id"] for lv in rs.levels]
    if len(set(level_ids)) != len(level_ids):
        raise RulesetError(shown, _line_for(lines, ("levels",)), "levels", "level ids must be unique")
    for i, lv in enumerate(own.get("levels") or []):
        for j, req in enumerate((lv.get("requires") or {}).get("checks", [])):
            cid = req if isinstance(req, str) else req["id"]
            if known is not None and cid not in known:
                raise RulesetError(shown, _line_for(lines, ("levels", i, "requires", "checks", j)), f"levels.{i}.requires.checks", f"unknown check id {cid!r}")
        for crit in (lv.get("requires") or {}).get("min_criteria", {}):
            if crit not in rs.data.get("criteria", {}):
                raise RulesetError(shown, _line_for(lines, ("levels", i, "requires", "min_criteria", crit)), f"levels.{i}.requires.min_criteria.{crit}", "unknown criterion")
    gate_level = (own.get("gate") or {}).get("min_level")
    if gate_level and gate_level not in level_ids:
        raise RulesetError(shown, _line_for(lines, ("gate", "min_level")), "gate.min_level", f"unknown level {gate_level!r}")
    for crit, cfg in (own.get("overall") or {}).get("criteria", {}).items():
        if crit not in rs.data.get("criteria", {}):
            raise RulesetError(shown, _line_for(lines, ("overall", "criteria", crit)), f"overall.criteria.{crit}", "unknown criterion")

