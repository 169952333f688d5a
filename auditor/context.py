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
    """Fact values on disk, keyed by :meth:`AuditContext.cache_key` (every input of the value)."""

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
_BASE_FINGERPRINT: str | None = None
_FILE_DIGESTS: dict[str, str] = {}

# Modules outside facts/ whose code decides fact values (what a snapshot lists and reads, how a
# key is made): a change to one of them must not be served an old value.
_ENGINE_FILES = ("snapshot.py", "context.py", "gitio.py", "safejson.py", "safeyaml.py")
# Environment settings that can change a fact's value (never a token: those only open doors that
# the ``cache="none"`` network facts walk through).
FACT_ENV = ("AUDITOR_OFFLINE_INDEX", "AUDITOR_GITHUB_HOSTS", "AUDITOR_GITLAB_HOSTS", "AUDITOR_GITHUB_API", "AUDITOR_GITLAB_API")


def _file_digest(path: str) -> str:
    if path not in _FILE_DIGESTS:
        import hashlib

        try:
            _FILE_DIGESTS[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            _FILE_DIGESTS[path] = "unreadable"
    return _FILE_DIGESTS[path]


def code_fingerprint() -> str:
    """A digest of the tool's version and of the code that computes facts — the fact modules and
    their data, the snapshot and this module, and the module of every registered fact, plugins
    included: a cached fact value is reused only by the very code that computed it (a forgotten
    version bump cannot serve a stale one)."""
    import hashlib
    import inspect

    global _BASE_FINGERPRINT
    root = Path(__file__).resolve().parent
    if _BASE_FINGERPRINT is None:
        from auditor import __version__

        digest = hashlib.sha256(__version__.encode())
        paths = [root / name for name in _ENGINE_FILES]
        for folder in ("facts", "licenses", "publiccode", "data"):
            paths += [p for p in sorted((root / folder).rglob("*")) if p.suffix in (".py", ".gz", ".json", ".yml") and p.is_file()]
        for path in paths:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(_file_digest(str(path)).encode())
        _BASE_FINGERPRINT = digest.hexdigest()
    # Facts registered from elsewhere (plugins, checks' own facts): their module's code counts too.
    outside = set()
    for spec in FACTS.values():
        try:
            source = inspect.getsourcefile(spec.func)
        except TypeError:
            source = None
        if source and not Path(source).resolve().is_relative_to(root):
            outside.add(str(Path(source).resolve()))
    if not outside:
        return _BASE_FINGERPRINT[:16]
    digest = hashlib.sha256(_BASE_FINGERPRINT.encode())
    for source in sorted(outside):
        digest.update(source.encode() + _file_digest(source).encode())
    return digest.hexdigest()[:16]


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
        self._computing: list[str] = []  # facts being computed, innermost last
        self._partial: set[str] = set()  # facts whose value is partial (a bound hit, a dependency failed)
        self.notes: list[dict[str, str]] = []  # audit-level warnings for the report

    def fact(self, name: str) -> Any:
        """The value of a fact, computed on first use; raises :class:`FactError` if it failed."""
        if name in self._fact_errors:
            self._taint()
            raise FactError(self._fact_errors[name])
        value = self._facts.get(name, _MISSING)
        if value is not _MISSING:
            if name in self._partial:
                self._taint()
            return value
        spec = FACTS.get(name)
        if spec is None:
            raise FactError(f"unknown fact {name!r}")
        key = self.cache_key(spec) if self._cache is not None and spec.cache != "none" else None
        if key is not None:
            cached = self._cache.get(key)
            if cached is not None:
                self._facts[name] = cached
                return cached
        self._computing.append(name)
        try:
            value = spec.func(self)
        except BudgetExceeded:
            self._taint()
            raise
        except FactError as exc:
            self._fact_errors[name] = str(exc)
            self._taint()
            raise
        except Exception as exc:
            log.debug("fact %s failed", name, exc_info=True)
            self._fact_errors[name] = f"{name}: {type(exc).__name__}: {exc}"
            self._taint()
            raise FactError(self._fact_errors[name]) from exc
        finally:
            self._computing.pop()
        self._facts[name] = value
        if name in self._partial:
            self._taint()  # whoever asked for this value is partial too
        elif key is not None:
            self._cache.put(key, value)
        return value

    def partial(self) -> None:
        """Called by a fact whose value is incomplete (a time or count bound was hit, an input was
        missing): the value is used by this audit but never cached, nor is any fact built on it."""
        self._taint()

    def _taint(self) -> None:
        self._partial.update(self._computing)

    def cache_key(self, spec: Any) -> str | None:
        """The fact cache key: every input that can change the value — the commit, the fact's name
        and version, the code that computes facts (:func:`code_fingerprint`), the snapshot's limits
        and depth, the settings that open or close the network, ``as_of`` for dated facts."""
        snap = self.snapshot
        if not snap.commit:
            return None
        import hashlib
        import os

        cfg = self.config
        inputs = {
            "commit": snap.commit, "fact": spec.name, "version": spec.version, "code": code_fingerprint(),
            "max_blob": snap.max_blob, "max_files": snap.max_files, "truncated": snap.truncated,
            "shallow": snap.shallow, "history": snap.has_history,
            "offline": cfg.offline, "network": cfg.network, "extra": cfg.extra,
            "env": {k: os.environ[k] for k in FACT_ENV if k in os.environ},
        }
        if spec.cache == "commit+as_of":
            inputs["as_of"] = self.as_of.strftime("%Y%m%d")
        blob = json.dumps(inputs, sort_keys=True, default=str).encode()
        return f"{snap.commit}-{spec.name}-{hashlib.sha256(blob).hexdigest()[:24]}"

    @property
    def has_history(self) -> bool:
        """Whether the audited commit comes with its git history (checks ask this, not the snapshot)."""
        return self.snapshot.has_history

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
