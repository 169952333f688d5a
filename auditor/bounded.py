"""Reading the user's own files (portfolios, rulesets, reports) with a size cap: a wrong path
(``/dev/zero``, a 10 GB export) ends in one line and exit 2 within milliseconds, never in minutes
of reading or an out-of-memory kill."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from auditor.errors import UsageError

log = logging.getLogger(__name__)

MAX_USER_FILE = 64_000_000


def read_bytes(path: str | Path, *, limit: int = MAX_USER_FILE, what: str = "file") -> bytes:
    """At most ``limit`` bytes of ``path``; :class:`UsageError` (one line) when it is larger or unreadable."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except IsADirectoryError:
        raise UsageError(f"{path}: is a folder, not a {what}") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise UsageError(f"{path}: {what} larger than {limit} bytes, not read")
    return data


def read_text(path: str | Path, *, limit: int = MAX_USER_FILE, what: str = "file") -> str:
    """:func:`read_bytes` decoded as UTF-8 (a byte-order mark is dropped)."""
    data = read_bytes(path, limit=limit, what=what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text (byte {exc.start})") from None


_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once, at import: os.umask is process-wide and not thread-safe


def write_atomic(path: str | Path, text: str | bytes, *, best_effort: bool = False) -> bool:
    """Write then rename: a reader never sees a half-written file, and a failed write (read-only
    folder, full disk) leaves no partial or zero-byte temporary file. It ends in one line
    (:class:`UsageError`, exit 2), or returns False when ``best_effort`` (caches).

    A path that exists and is not a regular file (``-o /dev/null``, ``/dev/stdout``, a FIFO) is
    written in place: renaming over it would replace the device node with a regular file.
    """
    path = Path(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    tmp = None
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            with open(path, "wb") as out:
                out.write(data)
            return True
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~_UMASK)  # mkstemp's 0600 would hide reports from a web server or a colleague
            fh.write(data)
            fh.flush()
            if not best_effort:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError as exc:
        if best_effort:
            log.debug("cache write failed: %s: %s", path, exc)
            return False
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
