"""``auditor history TARGET`` and ``auditor diff OLD NEW``: a project's trajectory and what changed."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import click

from auditor.cli import EXIT_CODES_HELP, cli
from auditor.cli.common import LANG_OPTION
from auditor.errors import UsageError

DB_OPTION = click.option("--db", default=None, envvar="AUDITOR_DB",
                         help="History store: a SQLite file or a database URL (default: XDG data folder).")


@cli.command("history", epilog=EXIT_CODES_HELP)
@click.argument("target")
@DB_OPTION
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@LANG_OPTION
def history_cmd(target: str, db: str | None, fmt: str, lang: str | None) -> int:
    """The recorded audits of TARGET over time (table and sparkline; --format json|csv).

    Les audits enregistrés d'un projet au fil du temps.
    """
    from auditor.history import find_key, open_store
    from auditor.reports.diff import sparkline

    lang = lang or "fr"
    with open_store(db) as store:
        key = find_key(store, target)
        rows = store.rows(key)
    items = [{"as_of": r["as_of"], "commit": r["commit_sha"], "overall": r["overall"], "coverage": r["coverage"], "level": r["level_id"],
              "criteria": r["scores"].get("criteria") or {}, "ruleset": f"{r['ruleset_id']} {r['ruleset_version']}",
              "batch": r["batch_id"], "recorded_at": r["recorded_at"], "id": r["id"]} for r in rows]
    crit_ids = list(dict.fromkeys(c for it in items for c in it["criteria"]))
    if fmt == "json":
        click.echo(json.dumps({"target": key, "audits": items}, ensure_ascii=False, indent=2))
        return 0
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["as_of", "commit", "overall", "coverage", "level", *crit_ids, "ruleset", "batch", "recorded_at"])
        for it in items:
            w.writerow([it["as_of"], it["commit"], it["overall"], it["coverage"], it["level"],
                        *[it["criteria"].get(c) for c in crit_ids], it["ruleset"], it["batch"] or "", it["recorded_at"]])
        click.echo(buf.getvalue(), nl=False)
        return 0
    fr = lang == "fr"
    click.echo(f"{'Historique' if fr else 'History'} — {key}  ({len(items)} audit{'s' if len(items) > 1 else ''})")
    click.echo(f"{'Score global' if fr else 'Overall'}: {sparkline([it['overall'] for it in items])}")
    head = ["date", "commit", "score", "niveau" if fr else "level", *crit_ids]
    table = [[it["as_of"][:10], (it["commit"] or "")[:10], _n(it["overall"], lang), it["level"] or "—",
              *[_n(it["criteria"].get(c), lang) for c in crit_ids]] for it in items]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *table)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(head, widths)))
    for row in table:
        click.echo("  ".join(str(x).ljust(w) for x, w in zip(row, widths)))
    return 0


def _n(v, lang: str) -> str:  # noqa: ANN001
    if v is None:
        return "—"
    s = f"{v:.1f}"
    return s.replace(".", ",") if lang == "fr" else s


@cli.command("diff", epilog=EXIT_CODES_HELP)
@click.argument("old")
@click.argument("new", required=False)
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="With a TARGET: compare its audit on or before this date with its latest one.")
@DB_OPTION
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "md", "json"]), default="text", show_default=True)
@LANG_OPTION
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write to this file instead of stdout.")
def diff_cmd(old: str, new: str | None, since: str | None, db: str | None, fmt: str, lang: str | None, output: Path | None) -> int:
    """What changed between two audits: OLD and NEW report files, or TARGET --since DATE (from the history store).

    Checks fixed, regressed and new; score and level changes. --format md writes a coach's note.
    """
    from auditor.history import audit_at, diff_reports, find_key, open_store
    from auditor.reports.diff import render_diff
    from auditor.report import atomic_write, load_report

    lang = lang or "fr"
    if new is not None:
        if since:
            raise UsageError("--since goes with one TARGET, not with two report files")
        a, b = load_report(old), load_report(new)
    else:
        if not since:
            raise UsageError("give two report files, or a TARGET and --since YYYY-MM-DD")
        try:
            day = date.fromisoformat(since)
        except ValueError:
            raise UsageError(f"--since: {since!r} is not a date in the form YYYY-MM-DD") from None
        with open_store(db) as store:
            key = find_key(store, old)
            first = audit_at(store, key, day)
            rows = store.rows(key)
            a, b = store.report(first["id"]), store.report(rows[-1]["id"])
    d = diff_reports(a, b)
    text = json.dumps(d, ensure_ascii=False, indent=2) + "\n" if fmt == "json" else render_diff(d, lang, fmt)
    if output:
        atomic_write(output, text)
    else:
        click.echo(text, nl=False)
    return 0


def run_backfill(target: str, options, step: str | None, since: str | None, until: str | None, db: str | None,  # noqa: ANN001
                 no_history: bool, fmt: str, output: Path | None, lang: str, quiet: bool) -> int:
    """``auditor audit TARGET --backfill monthly --since DATE``: one audit per period, each recorded."""
    import sys

    from auditor.acquire import parse_as_of
    from auditor.cli.common import emit
    from auditor.history import backfill, open_store
    from auditor.reports.diff import sparkline

    if not step or not since:
        raise UsageError("--backfill monthly|weekly and --since YYYY-MM-DD go together")
    if options.as_of is not None:
        raise UsageError("--as-of and --backfill cannot be combined (each backfill point is audited as of its period's end)")
    start, end = parse_as_of(since), parse_as_of(until)
    fr = lang == "fr"

    def progress(day, report, skipped) -> None:  # noqa: ANN001
        if quiet:
            return
        if report is None:
            sys.stderr.write(f"  {day.isoformat()}  {'ignoré' if fr else 'skipped'}: {skipped}\n")
        else:
            sc = report["scores"]
            sys.stderr.write(f"  {day.isoformat()}  {report['target']['commit'][:10]}  {_n(sc.get('overall'), lang):>5}  "
                             f"{(sc.get('level') or {}).get('id', '—')}\n")
        sys.stderr.flush()

    store = None if no_history else open_store(db)
    try:
        reports = backfill(target, options, start, step, end, store, progress)
    finally:
        if store is not None:
            store.close()
    if not reports:
        raise UsageError(f"{target}: no commit in the backfill period")
    if not quiet:
        sys.stderr.write(f"{len(reports)} audits{'' if no_history else (' enregistrés' if fr else ' recorded')}: "
                         f"{sparkline([r['scores'].get('overall') for r in reports])}\n")
    if output is not None:
        emit(reports[-1], fmt, lang, output, True)
    return 0
