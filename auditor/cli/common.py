"""Options and helpers shared by the subcommands."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from auditor.errors import UsageError
from auditor.report import atomic_write

LANG_OPTION = click.option("--lang", type=click.Choice(["fr", "en"]), default=None, envvar="AUDITOR_LANG",
                           help="Report language (default: fr). / Langue du rapport (défaut : fr).")


def want_color(stream: Any = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def parse_write(items: tuple[str, ...]) -> list[tuple[str, Path]]:
    """``--write FORMAT:PATH`` items."""
    from auditor.reports import formats

    out = []
    for item in items:
        fmt, sep, path = item.partition(":")
        if not sep or not path:
            raise UsageError(f"--write {item!r}: expected FORMAT:PATH, e.g. html:report.html")
        if fmt not in formats():
            raise UsageError(f"--write {item!r}: unknown format {fmt!r} (choose from {', '.join(formats())})")
        out.append((fmt, Path(path)))
    return out


def emit(report: dict[str, Any], fmt: str, lang: str, output: Path | None, quiet: bool) -> None:
    from auditor.reports import render

    if output is not None:
        atomic_write(output, render(report, fmt, lang))
        if not quiet and fmt != "terminal" and sys.stdout.isatty():  # a summary for a person at a terminal only
            click.echo(render(report, "terminal", lang, color=want_color()), nl=False, color=want_color())
        return
    if quiet and fmt == "terminal":
        return
    if fmt == "terminal":
        # color= passed on: click strips styles when stdout is not a terminal, FORCE_COLOR=1 says to keep them
        click.echo(render(report, "terminal", lang, color=want_color()), nl=False, color=want_color())
    else:
        click.echo(render(report, fmt, lang), nl=False)
