"""Python declarations documented by the comment right above them (``# Fonction qui récupère les fiches des catalogues…``
over a ``def``), as scripts written for one service often are, and as the R, shell and script-JavaScript measures already
credit: a comment of words, not a pragma (``# noqa``, ``# type: ignore``, ``# -*- coding``) nor a line of commented-out code."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_PRAGMA = lazy_compile(r"^#\s*(?:!|-\*-|type:|noqa|pylint:|pragma|fmt:|isort:|mypy:|pyright:|ruff:|coding[:=])")
_WORDS = lazy_compile(r"[^\W\d_]{2,}[\s',.-]+[^\W\d_]{2,}")
_COMMENTED_CODE = lazy_compile(r"^#\s*(?:import\s+\w|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+\s*[(:]|print\s*\("
                                r"|[\w.\[\]'\"]+\s*=\s*\S|[\w.]+\()")


def comment_above(lines: list[str], first: int) -> bool:
    """Is the line above ``first`` (1-based: the ``def``/``class`` line or its first decorator) such a comment?"""
    line = lines[first - 2].strip() if first >= 2 and len(lines) >= first - 1 else ""
    return line.startswith("#") and not _PRAGMA.match(line) and not _COMMENTED_CODE.match(line) and bool(_WORDS.search(line))
