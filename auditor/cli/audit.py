"""``auditor audit TARGET``: audit one repository and print or write the report."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import click

from auditor.cli import EXIT_CODES_HELP, cli
from auditor.cli.common import LANG_OPTION, emit, parse_write
from auditor.errors import EXIT_GATE, EXIT_TARGET, UsageError
from auditor.report import atomic_write


def _format_choices() -> list[str]:
    from auditor.reports import formats

    return formats()


@cli.command("audit", epilog=EXIT_CODES_HELP)
@click.argument("target")
@click.option("--ruleset", "-r", default=None, envvar="AUDITOR_RULESET", help="Built-in ruleset id or YAML file (default: guichet-selection).")
@click.option("--ref", default=None, help="Branch, tag or commit to audit (default: HEAD).")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="Audit the last commit on or before this date; time windows end that day.")
@click.option("--format", "-f", "fmt", default=None, help="Output format: terminal (default on a TTY), json, and the other renderers.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write the report in --format to this file.")
@click.option("--write", "writes", multiple=True, metavar="FORMAT:PATH", help="Also write FORMAT to PATH (repeatable), e.g. --write html:report.html.")
@LANG_OPTION
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--offline", is_flag=True, help="Use the cached copy as it is; query no forge or index.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="AUDITOR_CACHE_DIR", help="Cache folder (default: XDG cache).")
@click.option("--timeout", type=click.FloatRange(1, 86400), default=600, show_default=True, help="Seconds allowed for the clone or fetch.")
@click.option("--budget", type=click.FloatRange(1, 86400), default=900, show_default=True, help="Seconds allowed for the analysis.")
@click.option("--max-file-size", type=click.IntRange(1024, 1 << 30), default=2 * 1024 * 1024, show_default=True, help="Files larger than this many bytes are not read.")
@click.option("--sponsor-type", "sponsor_type", default=None, metavar="TYPE",
              help="Who carries the project: state, local-authority, opsn, association, company (default: from publiccode.yml, else unknown).")
@click.option("--only", multiple=True, metavar="CHECK_ID", help="Run only these checks (repeatable).")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, help="Exit 1 when the overall score is below this.")
@click.option("--min-level", default=None, help="Exit 1 when the readiness level is below this level id.")
@click.option("--db", default=None, envvar="AUDITOR_DB", help="History store: a SQLite file or a database URL (default: XDG data folder).")
@click.option("--no-history", is_flag=True, help="Do not record this audit in the history store.")
@click.option("--backfill", type=click.Choice(["monthly", "weekly"]), default=None, help="Audit the last commit of each month/week since --since, and record each.")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="With --backfill: the first period.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="With --backfill: the last period (default: today).")
@click.option("--debug", is_flag=True, hidden=True)
@click.pass_context
def audit_cmd(ctx: click.Context, target: str, ruleset: str | None, ref: str | None, as_of: str | None, fmt: str | None,
              output: Path | None, writes: tuple[str, ...], lang: str | None, quiet: bool, offline: bool, cache_dir: Path | None,
              timeout: float, budget: float, max_file_size: int, only: tuple[str, ...], fail_under: float | None,
              min_level: str | None, debug: bool, db: str | None = None, no_history: bool = False, backfill: str | None = None,
              since: str | None = None, until: str | None = None, sponsor_type: str | None = None) -> int:
    """Audit TARGET: a repository URL, git@host:group/name.git, owner/name (GitHub), or a local path.

    Auditer TARGET : URL de dépôt, adresse SSH, owner/name (GitHub) ou chemin local.

    \b
    Examples:
      auditor audit https://gitlab.com/group/sub/project
      auditor audit . --format json -o report.json
      auditor audit owner/name --as-of 2025-06-30 --lang en
      auditor audit ./repo --write html:report.html --write sarif:report.sarif --fail-under 60
      auditor audit owner/name --backfill monthly --since 2025-01-01
    """
    from auditor.acquire import parse_as_of
    from auditor.context import AuditConfig
    from auditor.engine import AuditOptions, audit

    lang = lang or "fr"
    choices = _format_choices()
    fmt = fmt or ("terminal" if output is None else _guess_format(output, choices))
    if fmt not in choices:
        raise UsageError(f"--format: unknown format {fmt!r} (choose from {', '.join(choices)})")
    writes_parsed = parse_write(writes)
    extra = {}
    if sponsor_type is not None:
        from auditor.facts.project import SPONSOR_TYPES, normalise_sponsor

        extra["sponsor_type"] = normalise_sponsor(sponsor_type)
        if extra["sponsor_type"] is None:
            raise UsageError(f"--sponsor-type: unknown type {sponsor_type!r} (choose from {', '.join(SPONSOR_TYPES)})")
    options = AuditOptions(
        ruleset=ruleset, ref=ref, as_of=parse_as_of(as_of), offline=offline, cache_dir=cache_dir, timeout=timeout,
        budget=budget, max_blob=max_file_size, only=list(only) or None, fail_under=fail_under, min_level=min_level,
        config=AuditConfig(cache_dir=cache_dir, offline=offline, lang=lang, network=not offline, extra=extra),
    )
    if min_level is not None:
        from auditor.engine import resolve_ruleset

        rs = resolve_ruleset(options)
        ids = [lv["id"] for lv in rs.levels]
        if min_level not in ids:
            raise UsageError(f"--min-level: unknown level {min_level!r} (levels of {rs.id}: {', '.join(ids)})")
    if backfill or since or until:
        from auditor.cli.history import run_backfill

        return run_backfill(target, options, backfill, since, until, db, no_history, fmt, output, lang, quiet)
    from auditor.cli.progress import AuditProgress, wanted

    with hard_deadline(timeout + budget + 60), AuditProgress(wanted(quiet), lang) as progress:
        options.progress = progress.update
        report = audit(target, options)
    options.progress = None
    decl_error = ((report.get("facts") or {}).get("declarations") or {}).get("error")
    if decl_error:  # one line on stderr; the audit went on without the declarations (documentation.declarations says so)
        from auditor.declarations import error_line

        click.echo(f"auditor: warning: {error_line(decl_error)} (declarations ignored / déclarations ignorées)", err=True)
    if not no_history:
        from auditor.history import record_cli_audit

        record_cli_audit(target, report, db)
    for wfmt, wpath in writes_parsed:
        from auditor.reports import render

        atomic_write(wpath, render(report, wfmt, lang))
    emit(report, fmt, lang, output, quiet)
    if report["gate"]["passed"]:
        return 0
    click.echo(f"auditor: exit 1: {gate_reason(report)}", err=True)  # one line, whatever -q or -o hide
    return EXIT_GATE


def gate_reason(report: dict) -> str:
    """Why the gate is not met, in one line (level titles, scores as the report shows them)."""
    from auditor.i18n import fmt_score, pick

    levels = {lv.get("id"): pick(lv.get("title"), "en") for lv in report.get("levels") or []}
    bits = []
    for r in (report.get("gate") or {}).get("reasons") or []:
        if r.get("kind") == "score":
            bits.append(f"overall score {fmt_score(r.get('actual'), 'en')} is below --fail-under {fmt_score(r.get('needed'), 'en')}")
        elif r.get("kind") == "level":
            have = levels.get(r.get("actual"), "none") if r.get("actual") else "none"
            bits.append(f"level reached '{have}' is below --min-level '{levels.get(r.get('needed'), r.get('needed'))}'")
    return "gate not met: " + ("; ".join(bits) or "see the report")


_WATCHDOG = """
import os, signal, sys, time
parent, seconds = int(sys.argv[1]), float(sys.argv[2])
deadline = time.monotonic() + seconds
while time.monotonic() < deadline:
    time.sleep(min(1.0, max(0.01, deadline - time.monotonic())))
    if os.getppid() != parent:
        sys.exit(0)
sys.stderr.write("auditor: error: the audit did not finish within %ds and was stopped (an analyser is stuck)\\n" % int(seconds))
sys.stderr.flush()
os.kill(parent, signal.SIGKILL)
"""


@contextmanager
def hard_deadline(seconds: float, grace: float = 30.0):
    """Last line of defence against a repository that makes an analyser spin. The budget is checked
    between reads; past ``seconds`` a timer stops the process with one clear line and exit code 3.
    A pattern stuck inside one C call holds the interpreter lock, so the timer cannot run: a small
    watchdog process then kills the audit ``grace`` seconds later (exit status 137)."""
    def stop() -> None:
        click.echo(f"auditor: error: the audit did not finish within {int(seconds)}s (see --timeout and --budget)", err=True)
        sys.stderr.flush()
        os._exit(EXIT_TARGET)

    timer = threading.Timer(seconds, stop)
    timer.daemon = True
    timer.start()
    watchdog = None
    try:
        watchdog = subprocess.Popen([sys.executable, "-I", "-S", "-c", _WATCHDOG, str(os.getpid()), str(seconds + grace)],
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    except OSError:  # pragma: no cover - no process to spare: the timer alone remains
        watchdog = None
    try:
        yield
    finally:
        timer.cancel()
        if watchdog is not None:
            watchdog.kill()
            watchdog.wait(timeout=5)


def _guess_format(path: Path, choices: list[str]) -> str:
    from auditor.reports import format_for_extension

    fmt = format_for_extension(path.suffix) or "json"
    return fmt if fmt in choices else "json"


@cli.command("report", epilog=EXIT_CODES_HELP)
@click.argument("report_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", default="terminal", show_default=True, help="Format to render.")
@LANG_OPTION
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write to this file instead of stdout.")
@click.option("--csv-bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark (for Excel). / CSV : avec BOM UTF-8 (pour Excel).")
@click.option("--csv-sep", type=click.Choice([",", ";", "tab"]), default=",", show_default=True,
              help="CSV: column separator (';' for French spreadsheets). / CSV : séparateur (';' pour les tableurs français).")
def report_cmd(report_file: Path, fmt: str, lang: str | None, output: Path | None, csv_bom: bool, csv_sep: str) -> int:
    """Re-render a saved JSON report without auditing again. / Re-rendre un rapport JSON enregistré."""
    from auditor.report import load_report
    from auditor.reports import formats, render

    if fmt not in formats():
        raise UsageError(f"--format: unknown format {fmt!r} (choose from {', '.join(formats())})")
    report = load_report(report_file)
    opts: dict = {"color": False} if fmt == "terminal" else {"bom": csv_bom, "sep": csv_sep} if fmt == "csv" else {}
    text = render(report, fmt, lang or "fr", **opts)
    if output:
        atomic_write(output, text)
    else:
        click.echo(text, nl=False)
    return 0
