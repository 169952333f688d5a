"""Seconds (CPU) to parse a README of N unclosed "[" (one line, and lines of "[a "), with and without bound_open_brackets.

usage: python benchmarks/markdown_brackets.py [N ...]   (default 10000 50000 200000)
markdown-it tries a link at each "[" (some twenty steps each); bound_open_brackets escapes the unclosed ones past the first
MAX_OPEN_BRACKETS of a block, which markdown-it then reads as plain text in one step."""

from __future__ import annotations

import sys
import time
from unittest import mock

from auditor.facts import document


def seconds(text: str, bounded: bool) -> float:
    start = time.process_time()
    if bounded:
        document.parse_markdown(text)
    else:
        with mock.patch.object(document, "bound_open_brackets", lambda t: t):
            document.parse_markdown(text)
    return time.process_time() - start


def main(sizes: list[int]) -> None:
    for n in sizes:
        for shape, text in (("one line", "# T\n\n" + "[" * n + "\n"), ("lines of '[a '", "# T\n\n" + "[a \n" * n)):
            before, after = seconds(text, False), seconds(text, True)
            print(f"{n:>7} '[' {shape:<15} before {before:6.2f} s   after {after:6.2f} s", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 50_000, 200_000])
