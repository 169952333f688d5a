"""Reading the user's own files (portfolios, rulesets, reports) with a size cap: a wrong path
(``/dev/zero``, a 10 GB export) ends in one line and exit 2 within milliseconds, never in minutes
of reading or an out-of-memory kill."""

from __future__ import annotations

from pathlib import Path

from auditor.errors import UsageError

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
