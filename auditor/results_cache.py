"""Check results kept for a commit audited again: where they are stored (:func:`result_key`) and
the code they depend on (:func:`results_code_digest`). The engine stores a result only when it was
built on settled facts (``AuditContext.settled``: none partial, failed or read from the network) and
reads it back, with the facts it used, when every input in the key is the same (a warm re-audit of
an unchanged commit then costs almost nothing beyond loading the facts).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from auditor import __version__
from auditor.checks import load_checks

# Checks that read live data other than through a fact (none today: the package indexes are read by
# the dependency_licenses fact): their results are never stored.
LIVE_CHECKS: frozenset[str] = frozenset()
_CODE_DIGESTS: dict[tuple, str] = {}


def results_code_digest() -> str:
    """The code a check result depends on: every source and data file of the auditor package and
    of the checks (whatever a check imports: labels, declarations, licence knowledge…), the fact
    code's fingerprint (plugin facts included) and the module of every plugin check."""
    import hashlib
    import inspect

    import auditor
    import auditor.checks
    from auditor.context import code_fingerprint

    registry = load_checks()
    fingerprint = code_fingerprint()
    memo_key = (fingerprint, *(spec.func for spec in registry.values()))
    if memo_key not in _CODE_DIGESTS:
        roots = [Path(auditor.__file__).resolve().parent, Path(auditor.checks.__file__).resolve().parent]
        files = {p for root in roots for p in root.rglob("*")
                 if p.suffix in (".py", ".yml", ".yaml", ".json", ".gz", ".txt") and p.is_file() and "__pycache__" not in p.parts}
        for spec in registry.values():  # plugin checks: their own modules
            try:
                source = inspect.getsourcefile(spec.func)
            except TypeError:
                source = None
            if source:
                files.add(Path(source).resolve())
        digest = hashlib.sha256(f"{__version__}\n{fingerprint}\n".encode())
        for path in sorted(files):
            digest.update(str(path).encode() + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"unreadable")
        _CODE_DIGESTS[memo_key] = digest.hexdigest()[:16]
    return _CODE_DIGESTS[memo_key]


def result_key(ctx: Any, cid: str, params: dict[str, Any], weight: float, kind: str | None) -> str | None:
    """Where a check's result for this commit is kept, None when it cannot be reused. The key covers
    every input a result can depend on: the commit, the check, its parameters and weight, the
    project's kind, the code (:func:`results_code_digest`), the audited day, the target, the
    settings that reach checks and facts (language, network, extra settings, environment), the
    snapshot's limits and history."""
    snap = ctx.snapshot
    if ctx._cache is None or not snap.commit or snap.shallow or cid in LIVE_CHECKS:
        return None  # a shallow clone's history depends on how deep it was fetched: not in the key, so never reused
    import hashlib
    import json
    import os

    from auditor.context import FACT_ENV

    cfg = ctx.config
    inputs = {
        "check": cid, "params": params, "weight": weight, "kind": kind, "day": ctx.as_of.strftime("%Y%m%d"),
        "target": ctx.target.to_dict(), "offline": cfg.offline, "network": cfg.network, "lang": cfg.lang, "extra": cfg.extra,
        "env": {k: os.environ[k] for k in FACT_ENV if k in os.environ}, "max_blob": snap.max_blob, "max_files": snap.max_files,
        "files": len(snap.files), "truncated": snap.truncated, "shallow": snap.shallow, "history": snap.has_history,
    }
    try:
        blob = json.dumps(inputs, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return None
    return f"{snap.commit}-check-{cid}-{results_code_digest()}-{hashlib.sha256(blob.encode()).hexdigest()[:24]}"
