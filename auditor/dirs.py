"""Where the auditor keeps things on this machine: the cache (mirrors, fact values, HTTP answers)
and the data (the history store). platformdirs gives each platform's place (``$XDG_CACHE_HOME`` and
``$XDG_DATA_HOME`` on Linux, ``~/Library/…`` on macOS, ``%LOCALAPPDATA%`` on Windows)."""

from __future__ import annotations

from pathlib import Path

APP = "readiness-auditor"


def user_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))
