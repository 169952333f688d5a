"""Python declarations documented by the comment right above them (``# Fonction qui récupère les fiches des catalogues…``
over a ``def``), as scripts written for one service often are, and as the R, shell and script-JavaScript measures already
credit: a comment of words, not a pragma (``# noqa``, ``# type: ignore``, ``# -*- coding``) nor a line of commented-out code.

Neither is a pasted data literal (``# {'id': 4, 'code': 'U401402001', …}``, ``# [{"id": 31, "title": …}]``: an API's answer
kept as an example) nor a to-do marker (``# TODO``, ``#FIXME:``, ``#COULD: could be fastened``, ``# XXX``): they do not describe
the function. Such lines are passed over to the comment of words above them in the same block, at most :data:`MAX_SKIPPED`
(issue 12, s41 ff41 = SBVR-jeremy/sbvr_observatory_myliaq)."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_PRAGMA = lazy_compile(r"^#\s*(?:!|-\*-|type:|noqa|pylint:|pragma|fmt:|isort:|mypy:|pyright:|ruff:|coding[:=])")
_WORDS = lazy_compile(r"[^\W\d_]{2,}[\s',.-]+[^\W\d_]{2,}")
_COMMENTED_CODE = lazy_compile(r"^#\s*(?:import\s+\w|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+\s*[(:]|print\s*\("
                                r"|[\w.\[\]'\"]+\s*=\s*\S|[\w.]+\()")
# a data literal: a dict or a list of dicts, strings or numbers opening the comment ({'id': 4, …}, [{"id": 31, …}], ["a", "b"])
_DATA_LITERAL = lazy_compile(r"""^#\s*(?:\{\s*['"\w]|\[\s*[\[{'"\d-])""")
# a to-do marker opening the comment, in capitals (TODO, FIXME, XXX, HACK, COULD, TBD), or todo/fixme before a colon
_TODO = lazy_compile(r"^#\s*(?:(?:TODO|FIXME|XXX|HACK|COULD|TBD)\b|(?i:todo|fixme)\s*:)")
MAX_SKIPPED = 5


def comment_above(lines: list[str], first: int) -> bool:
    """Is the line above ``first`` (1-based: the ``def``/``class`` line or its first decorator) such a comment, or, when that line is a
    data literal or a to-do marker, a comment line of words above it in the same block?"""
    at = first - 2
    for _ in range(MAX_SKIPPED + 1):
        line = lines[at].strip() if 0 <= at < len(lines) else ""
        if not line.startswith("#") or _PRAGMA.match(line) or _COMMENTED_CODE.match(line):
            return False
        if not (_DATA_LITERAL.match(line) or _TODO.match(line)):
            return bool(_WORDS.search(line))
        at -= 1
    return False
