"""Exceptions and the exit codes they map to (documented in the README and ``--help``)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_GATE = 1
EXIT_USAGE = 2
EXIT_TARGET = 3
EXIT_INTERNAL = 4


class AuditorError(Exception):
    """Root of every expected error; carries the exit code the CLI returns."""

    exit_code = EXIT_INTERNAL


class UsageError(AuditorError):
    """Bad option, bad input file, broken ruleset."""

    exit_code = EXIT_USAGE


class RulesetError(UsageError):
    """A ruleset that cannot be loaded: names the file, line and key."""

    def __init__(self, path: str, line: int | None, key: str, message: str) -> None:
        self.path, self.line, self.key = path, line, key
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


class TargetError(AuditorError):
    """Target unreachable, not found, or with nothing to audit."""

    exit_code = EXIT_TARGET
