"""The audit context handed to facts and checks.

Longer than 400 lines: the one class every fact and check reads through (facts computed once, their cache, what a value was built
from, partial or live values, the files' pool) keeps its bookkeeping in one place."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor import blobwork, bounded, safejson
from auditor.blobwork import _MEMO as _BLOB_MEMO  # noqa: F401 - per-file values of this process (tests clear it)
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

    def has(self, key: str) -> bool:  # an entry exists (not read: a damaged one is found out by get)
        return self._path(key).is_file()

    def put(self, key: str, value: Any) -> None:
        """Stored in its own key order (a warm audit reads back the value a cold one used: the same
        report), checked by the digest of its sorted form."""
        try:
            body = json.dumps(value, separators=(",", ":"))
            check = self._digest(json.dumps(value, sort_keys=True, separators=(",", ":")))
        except (TypeError, ValueError) as exc:
            log.debug("fact %s not cached: %s", key, exc)
            return
        bounded.write_atomic(self._path(key), '{"check":"' + check + '","value":' + body + "}", best_effort=True)


_MISSING = object()
_BASE_FINGERPRINT: str | None = None
_FILE_DIGESTS: dict[str, str] = {}

# What decides fact values besides the fact modules: the package's own top-level modules and data (what a snapshot lists and
# reads, how a key is made, the helpers facts import — lazyre, people and people.yml, langid and its model, spdx, drafts…) and
# these folders. A change to any of them must not be served an old value; over-including only costs cache hits after an upgrade.
_FINGERPRINT_FOLDERS = ("facts", "licenses", "publiccode", "data", "forge", "schema")
_FINGERPRINT_SUFFIXES = (".py", ".gz", ".json", ".yml", ".yaml", ".txt")  # (the .bin licence index and language model are built from digested sources)


def fingerprint_paths(root: Path) -> list[Path]:
    """The files :func:`code_fingerprint` digests, in a fixed order."""
    paths = [p for p in sorted(root.iterdir()) if p.suffix in _FINGERPRINT_SUFFIXES and p.is_file()]
    for folder in _FINGERPRINT_FOLDERS:
        paths += [p for p in sorted((root / folder).rglob("*")) if p.suffix in _FINGERPRINT_SUFFIXES and p.is_file()
                  and "__pycache__" not in p.parts]
    return paths
# Environment settings that can change a fact's value (never a token: those only open doors that
# the ``cache="none"`` network facts walk through).
FACT_ENV = ("AUDITOR_OFFLINE_INDEX", "AUDITOR_PYPI_API", "AUDITOR_GITHUB_HOSTS", "AUDITOR_GITLAB_HOSTS", "AUDITOR_GITHUB_API", "AUDITOR_GITLAB_API")


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
    their data, the package's top-level modules and data (:func:`fingerprint_paths`), and the module of
    every registered fact, plugins included: a cached fact value is reused only by the very code that computed it (a forgotten
    version bump cannot serve a stale one)."""
    import hashlib
    import inspect

    global _BASE_FINGERPRINT
    root = Path(__file__).resolve().parent
    if _BASE_FINGERPRINT is None:
        from auditor import __version__

        digest = hashlib.sha256(__version__.encode())
        for path in fingerprint_paths(root):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(_file_digest(str(path)).encode())
        _BASE_FINGERPRINT = digest.hexdigest()
    # Facts registered from elsewhere (plugins, checks' own facts): their module's code counts too.
    registered = (_BASE_FINGERPRINT, *(spec.func for spec in FACTS.values()))
    found = _FINGERPRINTS.get(registered)
    if found is not None:  # asked for every fact and per-file analysis: computed once per set of registered facts
        return found
    outside = set()
    for func in registered[1:]:
        try:
            source = inspect.getsourcefile(func)
        except TypeError:
            source = None
        if source and not Path(source).resolve().is_relative_to(root):
            outside.add(str(Path(source).resolve()))
    if not outside:
        found = _BASE_FINGERPRINT[:16]
    else:
        digest = hashlib.sha256(_BASE_FINGERPRINT.encode())
        for source in sorted(outside):
            digest.update(source.encode() + _file_digest(source).encode())
        found = digest.hexdigest()[:16]
    _FINGERPRINTS[registered] = found
    return found


_FINGERPRINTS: dict[tuple, str] = {}


# Uncached facts (cache="none") that read no network (size, settings): every other uncached fact is live data.
SETTLED_UNCACHED = frozenset({"project", "declarations", "people", "contributor_types", "tree", "publiccode_suggestion"})


def is_live(name: str) -> bool:
    spec = FACTS.get(name)
    return spec is not None and spec.cache == "none" and name not in SETTLED_UNCACHED


class AuditContext:
    """What facts and checks see: the snapshot, the target, ``as_of`` and the settings."""

    def __init__(self, snapshot: Snapshot, target: Target, as_of: datetime, config: AuditConfig | None = None,
                 fact_cache: FactCache | None = None) -> None:
        load_facts()
        from auditor.facts.archive_copies import archived_versions
        from auditor.facts.repo_copies import repository_copies

        snapshot.fold_copies(repository_copies, archived_versions)  # (before any fact reads the files: the snapshot layer imports no fact)
        self.snapshot = snapshot
        self.target = target
        self.as_of = as_of
        self.config = config or AuditConfig()
        self.params: dict[str, Any] = {}
        self._facts: dict[str, Any] = {}
        self._fact_errors: dict[str, str] = {}
        self._cache = fact_cache
        self._computing: list[str] = []  # facts being computed, innermost last
        self._ahead: str | None = None  # the fact being started ahead (see prefetch)
        self.pool_waits = True  # False: a fact that would wait for the pool raises blobwork.NotReady (engine.evaluate)
        self._not_ready: set[str] = set()  # facts that raised NotReady while pool_waits was False
        self._partial: set[str] = set()  # facts whose value is partial (a bound hit, a dependency failed)
        self._live: set[str] = set()  # facts whose value read live data (network), themselves or through another fact
        self.used_facts: dict[str, None] = {}  # every fact asked, in order (the engine clears it around each check)
        self.asked_facts: dict[str, None] = {}  # asked by a check or the engine, not by a fact: the report's (see facts_for_report)
        self.notes: list[dict[str, str]] = []  # audit-level warnings for the report

    def fact(self, name: str) -> Any:
        """The value of a fact, computed on first use; raises :class:`FactError` if it failed."""
        self.used_facts.setdefault(name)
        if not self._computing:
            self.asked_facts.setdefault(name)
        if name in self._live or is_live(name):
            self._live.update(self._computing)  # whoever asked for this value read live data too
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
        if not self.pool_waits and name in self._not_ready:  # it said so already: not again before the pool is done
            raise blobwork.NotReady(name)
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
        except BaseException as exc:  # blobwork's Ahead or NotReady: this fact is computed later, when asked again
            if isinstance(exc, blobwork.NotReady):
                self._not_ready.add(name)
            raise
        finally:
            self._computing.pop()
        self._facts[name] = value
        if name in self._partial:
            self._taint()  # whoever asked for this value is partial too
        elif key is not None and name not in self._live:  # a value read from the network this time is not stored
            self._cache.put(key, value)
        return value

    def partial(self) -> None:
        """Called by a fact whose value is incomplete (a time or count bound was hit, an input was
        missing): the value is used by this audit but never cached, nor is any fact built on it."""
        self._taint()

    def read_live(self) -> None:
        """Called by a fact that read live data (a package index, a forge) this time: neither its value nor
        a result built on it is stored (a fact reading the network only online is cached offline)."""
        self._live.update(self._computing)

    def _taint(self) -> None:
        self._partial.update(self._computing)

    def known(self, name: str) -> Any:
        """A fact's value if this audit has it already (never computes it), else None."""
        value = self._facts.get(name, _MISSING)
        return None if value is _MISSING else value

    def restore(self, name: str, value: Any) -> None:
        """A fact's value as a stored check result recorded it, unless this audit has computed it already."""
        self._facts.setdefault(name, value)

    def settled(self, names: list[str]) -> bool:
        """Whether values built from these facts depend on the cache key's inputs alone (none partial, failed or live)."""
        return not any(n in self._partial or n in self._fact_errors or n in self._live or is_live(n) for n in names)

    def cache_key(self, spec: Any) -> str | None:
        """The fact cache key: every input that can change the value — the commit, the fact's name
        and version, the code that computes facts (:func:`code_fingerprint`), the snapshot's limits
        and depth, the settings that open or close the network, whose repository it is (forge, owner, name),
        ``as_of`` for dated facts."""
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
            # whose repository it is: the same commit under another owner (a fork) classes hosts and forks otherwise
            "target": [getattr(self.target, "forge", None), getattr(self.target, "host", None), getattr(self.target, "owner", None),
                       getattr(self.target, "name", None)],
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
        """Public facts a check or the engine asked for, by name: not in the order computed (a warm audit computes fewer, in another
        order), nor those a fact was built from (read from the cache, that fact brings none of them: the cache's state would show)."""
        return {k: self._facts[k] for k in sorted(self._facts) if FACTS[k].public and k in self.asked_facts}

    @property
    def fact_errors(self) -> dict[str, str]:
        return dict(sorted(self._fact_errors.items()))

    def _blob_store(self):
        if self._cache is None or not self.snapshot.commit:
            return None
        return blobwork.store_for(self._cache.root.parent)  # <cache>/blobs.sqlite, beside <cache>/facts

    def map_blobs(self, kind: str, version: int, entries: list, task: Callable[..., Any], *, binary: bool = False,
                  limit: int | None = None, by_path: bool = True, options: Any = None) -> dict[str, Any]:
        """``{path: task(path, contents[, options])}`` for the files ``entries`` (see :mod:`auditor.blobwork`).

        The general path for per-file analyses inside a fact: ``task`` is a module-level function of
        the path and the contents (text, or bytes with ``binary``; None when unreadable) returning
        JSON. A file analysed before — by this process (backfill, batch) or by an earlier audit using
        the same cache — is not analysed again; the others run in a process pool when there are many.
        ``kind`` names the analysis and ``version`` its meaning (bump it when ``task`` changes;
        the fact code's digest is in the key too); ``by_path=False`` when ``task`` ignores the path.
        Values are shared: never mutate them."""
        snap = self.snapshot
        reader = snap.iter_bytes if binary else snap.iter_text

        def read_many(group: list) -> dict[str, Any]:  # pipelined batches, as read_bytes/read_text would give
            return dict(reader([e.path for e in group], limit))

        # Ahead (see prefetch): only the call made by the fact being started ahead itself, not by the facts it reads.
        ahead = self if self._ahead is not None and self._computing and self._computing[-1] == self._ahead else None
        return blobwork.run(kind, version, entries, read_many, task, max_blob=snap.max_blob, cache=self._blob_store(),
                            fingerprint=code_fingerprint(), by_path=by_path,
                            options=options, deadline=snap.deadline, use_pool=self.config.extra.get("pool"), keyed=bool(snap.commit),
                            ahead=ahead, wait=self.pool_waits)

    def prefetch(self) -> None:
        """Start the per-file analyses of the facts marked ``ahead`` in the pool without waiting: each runs
        until its ``map_blobs`` call, which submits the files and stops it (:class:`auditor.blobwork.Ahead`);
        the fact is computed for real when a check asks, with the values submitted here. Changes no value."""
        if self.snapshot.commit is None or blobwork.workers() == 0:
            return
        todo = [n for n in sorted((n for n, spec in FACTS.items() if spec.ahead), key=lambda n: (FACTS[n].ahead, n))
                if n not in self._facts and n not in self._fact_errors and not self._cached(FACTS[n])]
        if todo:  # (an unchanged commit audited again has them all: no pool to start)
            blobwork.start_workers([e.size for e in self.snapshot.files.values() if e.kind in ("file", "executable")])
        for name in todo:
            was_partial, was_live = name in self._partial, name in self._live
            self._ahead = name
            try:
                self.fact(name)
            except blobwork.Ahead:
                pass
            except (FactError, BudgetExceeded):
                pass  # recorded as the fact's own computation would record it
            finally:
                self._ahead = None
                if not was_partial:  # what a stopped computation marked is marked again by the real one
                    self._partial.discard(name)
                if not was_live:
                    self._live.discard(name)

    def _cached(self, spec) -> bool:
        key = self.cache_key(spec) if self._cache is not None and spec.cache != "none" else None
        return key is not None and self._cache.has(key)

    def drop_prefetched(self) -> None:
        blobwork.drop_ahead(self)

    def __enter__(self) -> "AuditContext":
        return self

    def __exit__(self, *exc: object) -> None:
        """The audit is over: this thread's connection to the blob store closed (a later use opens it again)."""
        store = self._blob_store()
        if store is not None:
            store.close()

    def per_blob(self, kind: str, version: int, entry: Any, func: Callable[[Any], Any], *, by_path: bool = True) -> Any:
        """``func(entry)`` for one file, kept by blob id in this process and in the cache folder.

        For a per-file analysis that cannot be a task of :meth:`map_blobs` (prefer that one: it
        also uses the pool). The value goes through JSON (same types from memory, disk or a fresh
        computation); ``kind``/``version``/``by_path`` as for :meth:`map_blobs`."""
        oid = getattr(entry, "oid", None)
        if not oid or not self.snapshot.commit:
            return json.loads(json.dumps(func(entry)))
        key = blobwork.blob_key(kind, version, entry, self.snapshot.max_blob, by_path, task=func, fingerprint=code_fingerprint())
        value = blobwork.memo_get(key)
        if value is not blobwork._MISSING:
            return value
        store = self._blob_store()
        found = store.get_many([key]) if store is not None else {}
        if key in found:
            value = found[key]
        else:
            text = json.dumps(func(entry))
            value = json.loads(text)
            if store is not None:
                store.put_many([(key, text)])
        blobwork.memo_put(key, value)
        return value
