"""A catalogue given as an https URL is downloaded once, bounded in size and time, to a temporary file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from auditor.errors import TargetError, UsageError

MAX_DOWNLOAD = 512 * 1024 * 1024


@contextmanager
def local_copy(source: str | None, timeout: float) -> Iterator[Path | None]:
    """``source`` as a local path: itself when it is one, a downloaded copy when it is an https URL."""
    if not source:
        yield None
        return
    if not source.startswith(("http://", "https://")):
        yield Path(source)
        return
    if not source.startswith("https://") and not source.startswith(("http://127.", "http://localhost", "http://[::1]")):
        raise UsageError(f"{source}: only https URLs are downloaded")
    import urllib.error
    import urllib.request

    from auditor.target import redact

    suffix = ".csv" if source.lower().split("?", 1)[0].endswith(".csv") else ".json"
    fd, tmp = tempfile.mkstemp(prefix="auditor-catalogue-", suffix=suffix)
    try:
        req = urllib.request.Request(source, headers={"User-Agent": "readiness-auditor", "Accept": "application/json, text/csv"})
        try:
            with urllib.request.urlopen(req, timeout=min(timeout, 120)) as resp, os.fdopen(fd, "wb") as out:  # noqa: S310 - https only
                total = 0
                while chunk := resp.read(1 << 20):
                    total += len(chunk)
                    if total > MAX_DOWNLOAD:
                        raise UsageError(f"{redact(source)}: over {MAX_DOWNLOAD} bytes, not a catalogue")
                    out.write(chunk)
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", None) or getattr(exc, "code", None) or type(exc).__name__
            raise TargetError(f"{redact(source)}: cannot download the catalogue: {reason}") from None
        yield Path(tmp)
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
