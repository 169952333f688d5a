"""The audit context handed to facts and checks."""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor import bounded, safejson
from auditor.facts import FACTS, FactError, load_facts
from auditor.snapshot import BudgetExceeded, Snapshot
from auditor.target import Target

log = logging.getLogger(__name__)


@dataclass
class AuditConfig:
    """Settings of one audit run (from the CLI, the environment or a batch)."""

    cache_dir: Path | None = None
    offline: bool = False
    lang: str = "fr"
    tokens: dict[str, str] = field(default_factory=dict, repr=False)  # host -> token; never serialised
    fact_cache: bool = True
    network: bool = True  # forge APIs and package indexes may be queried
    extra: dict[str, Any] = field(default_factory=dict)


class FactCache:
    """Fact values on disk, keyed by (commit, fact name, version[, as_of])."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    @staticmethod
    def _digest(text: str) -> str:
        import hashlib

        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def get(self, key: str) -> Any:
        """The cached value, or None when absent or damaged (truncated, of the wrong shape, edited):
        a damaged entry is removed and the fact computed again, never an internal error."""
        path = self._path(key)
        try:
            with open(path, encoding="utf-8") as fh:
                data = safejson.loads(fh.read(64_000_000))
            body = json.dumps(data["value"], sort_keys=True, separators=(",", ":"))
            if data.get("check") == self._digest(body):
                return data["value"]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
        log.debug("fact cache entry %s damaged: computed again", key)
        try:
            path.unlink()
        except OSError:
            pass
        return None

    def put(self, key: str, value: Any) -> None:
        try:
            body = json.dumps(value, sort_keys=True, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            log.debug("fact %s not cached: %s", key, exc)
            return
        bounded.write_atomic(self._path(key), '{"check":"' + self._digest(body) + '","value":' + body + "}", best_effort=True)


_MISSING = object()
_FINGERPRINT: str | None = None


def code_fingerprint() -> str:
    """A digest of the tool's version and of the code that computes facts: a cached fact value is
    reused only by the very code that computed it (a forgotten version bump cannot serve a stale one)."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        import hashlib

        from auditor import __version__

        digest = hashlib.sha256(__version__.encode())
        root = Path(__file__).resolve().parent
        for folder in ("facts", "licenses", "publiccode", "data"):
            for path in sorted((root / folder).rglob("*")):
                if path.suffix in (".py", ".gz", ".json", ".yml") and path.is_file():
                    digest.update(path.relative_to(root).as_posix().encode())
                    digest.update(path.read_bytes())
        _FINGERPRINT = digest.hexdigest()[:12]
    return _FINGERPRINT


class AuditContext:
    """What facts and checks see: the snapshot, the target, ``as_of`` and the settings."""

    def __init__(self, snapshot: Snapshot, target: Target, as_of: datetime, config: AuditConfig | None = None,
                 fact_cache: FactCache | None = None) -> None:
        load_facts()
        self.snapshot = snapshot
        self.target = target
        self.as_of = as_of
        self.config = config or AuditConfig()
        self.params: dict[str, Any] = {}
        self._facts: dict[str, Any] = {}
        self._fact_errors: dict[str, str] = {}
        self._cache = fact_cache
        self.notes: list[dict[str, str]] = []  # audit-level warnings for the report

    def fact(self, name: str) -> Any:
        """The value of a fact, computed on first use; raises :class:`FactError` if it failed."""
        if name in self._fact_errors:
            raise FactError(self._fact_errors[name])
        value = self._facts.get(name, _MISSING)
        if value is not _MISSING:
            return value
        spec = FACTS.get(name)
        if spec is None:
            raise FactError(f"unknown fact {name!r}")
        key = None
        if self._cache is not None and spec.cache != "none" and self.snapshot.commit:
            key = f"{self.snapshot.commit}-{name}-v{spec.version}-{code_fingerprint()}"
            if spec.cache == "commit+as_of":
                key += "-" + self.as_of.strftime("%Y%m%d")
            if self.snapshot.shallow:
                key += "-shallow"  # the same commit, once deepened, must be measured again
            cached = self._cache.get(key)
            if cached is not None:
                self._facts[name] = cached
                return cached
        try:
            value = spec.func(self)
        except BudgetExceeded:
            raise
        except FactError as exc:
            self._fact_errors[name] = str(exc)
            raise
        except Exception as exc:
            log.debug("fact %s failed", name, exc_info=True)
            self._fact_errors[name] = f"{name}: {type(exc).__name__}: {exc}"
            raise FactError(self._fact_errors[name]) from exc
        self._facts[name] = value
        if key is not None:
            self._cache.put(key, value)
        return value

    def facts_for_report(self) -> dict[str, Any]:
        return {k: v for k, v in self._facts.items() if FACTS[k].public}

    @property
    def fact_errors(self) -> dict[str, str]:
        return dict(self._fact_errors)

    def per_blob(self, kind: str, version: int, entry: Any, func: Callable[[Any], Any], *, by_path: bool = True) -> Any:
        """``func(entry)`` for one file, memoised in this process by blob id (see :data:`_BLOB_MEMO`).

        For per-file analyses inside a fact (metrics, secret scans…): a file unchanged between two
        commits — the months of a backfill, the projects of a batch sharing vendored code — is
        analysed once. ``kind`` names the analysis and ``version`` its meaning (bump it when ``func``
        changes); the path is part of the key unless ``by_path=False`` (when ``func`` reads the
        content only). The value is shared: never mutate it.
        """
        oid = getattr(entry, "oid", None)
        if not oid or not self.snapshot.commit:
            return func(entry)
        key = (kind, version, oid, entry.path if by_path else None, getattr(entry, "kind", None), self.snapshot.max_blob)
        with _BLOB_LOCK:
            if key in _BLOB_MEMO:
                _BLOB_MEMO.move_to_end(key)
                return _BLOB_MEMO[key]
        value = func(entry)
        with _BLOB_LOCK:
            _BLOB_MEMO[key] = value
            while len(_BLOB_MEMO) > _BLOB_MEMO_MAX:
                _BLOB_MEMO.popitem(last=False)
        return value


# Per-file analysis results by (kind, version, blob id, path…), shared by every audit of this process.
_BLOB_MEMO: "OrderedDict[tuple, Any]" = OrderedDict()
_BLOB_MEMO_MAX = 100_000
_BLOB_LOCK = threading.Lock()
