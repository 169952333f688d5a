"""Run a check on facts alone: no git repository, no snapshot (for tests, here and in plugins).

    from auditor.testing import run_with_facts
    result = run_with_facts("reusability.build-output", {"inventory": {...}})

A check that reads ``ctx.snapshot`` instead of asking facts fails here with a clear error: facts are
the only door to the repository.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from auditor.checks.interface import Result


class FactsOnlyContext:
    """What a check sees, made of given fact values."""

    def __init__(self, facts: dict[str, Any], *, as_of: datetime | None = None, config: Any = None, has_history: bool = True) -> None:
        from auditor.context import AuditConfig
        from auditor.facts import FactError

        self._facts = dict(facts)
        self._error = FactError
        self.as_of = as_of or datetime(2026, 1, 1, tzinfo=timezone.utc)
        self.config = config or AuditConfig(offline=True, network=False, fact_cache=False)
        self.params: dict[str, Any] = {}
        self.notes: list[dict[str, str]] = []
        self.has_history = has_history

    def fact(self, name: str) -> Any:
        if name not in self._facts:
            raise self._error(f"fact {name!r} not given to the harness")
        value = self._facts[name]
        if isinstance(value, Exception):
            raise self._error(str(value))
        return value

    @property
    def snapshot(self) -> Any:
        raise AttributeError("this check reads the snapshot: give it facts (ctx.fact) instead")


def run_with_facts(check_id: str, facts: dict[str, Any], params: dict[str, Any] | None = None, **context: Any) -> Result:
    """The result of one registered check on the given facts (a fact given as an exception fails)."""
    from auditor.checks import load_checks
    from auditor.engine import run_check

    spec = load_checks()[check_id]
    ctx = FactsOnlyContext(facts, **context)
    return run_check(spec, ctx, {**spec.params, **(params or {})})  # type: ignore[arg-type]
