"""``auditor batch PORTFOLIO``: audit a whole portfolio and write the jury's folder."""

from __future__ import annotations

import os
from pathlib import Path

import click

from auditor.cli import EXIT_CODES_HELP, cli
from auditor.cli.common import LANG_OPTION
from auditor.errors import EXIT_GATE, EXIT_TARGET


@cli.command("batch", epilog=EXIT_CODES_HELP)
@click.argument("portfolio", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), required=True, help="Output folder (created if needed).")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None, help="Audits run in parallel (default: CPU count, at most 8).")
@click.option("--resume", is_flag=True, help="Re-run only the projects without a report or whose audit failed.")
@click.option("--url-column", default=None, help="CSV portfolio: the column holding the repository URL.")
@click.option("--name-column", default=None, help="CSV portfolio: the column holding the project's name.")
@click.option("--ruleset", "-r", default=None, envvar="AUDITOR_RULESET", help="Built-in ruleset id or YAML file (default: guichet-selection).")
@LANG_OPTION
@click.option("--offline", is_flag=True, help="Use the cached copies as they are; query no forge or index.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="AUDITOR_CACHE_DIR", help="Cache folder (default: XDG cache).")
@click.option("--timeout", type=click.FloatRange(1, 86400), default=600, show_default=True, help="Seconds allowed for each clone or fetch.")
@click.option("--budget", type=click.FloatRange(1, 86400), default=900, show_default=True, help="Seconds allowed for each analysis.")
@click.option("--db", default=None, envvar="AUDITOR_DB", help="History store: a SQLite file or a database URL (default: XDG data folder).")
@click.option("--no-history", is_flag=True, help="Do not record the audits in the history store.")
@click.option("--csv-sep", type=click.Choice([",", ";", "tab"]), default=",", show_default=True,
              help="portfolio.csv: column separator (';' for French spreadsheets). / séparateur (';' pour les tableurs français).")
@click.option("--csv-bom", is_flag=True, help="portfolio.csv: start with a UTF-8 byte order mark (for Excel). / avec BOM UTF-8 (pour Excel).")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--executor", type=click.Choice(["thread", "process", "serial", "dask"]), default=None,
              help="Where the audits run: threads of this process, local worker processes (the default with --jobs > 1: "
                   "threads share one interpreter lock), here one by one, or a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786); without it --executor dask starts a local cluster.")
def batch_cmd(portfolio: Path, output: Path, jobs: int | None, resume: bool, url_column: str | None, name_column: str | None,
              ruleset: str | None, lang: str | None, offline: bool, cache_dir: Path | None, timeout: float, budget: float,
              db: str | None, no_history: bool, quiet: bool, executor: str | None = None, scheduler: str | None = None,
              csv_sep: str = ",", csv_bom: bool = False) -> int:
    """Audit every project of PORTFOLIO (YAML, or CSV with --url-column) into an output folder.

    Auditer tous les projets d'un portefeuille (YAML, ou CSV) : rapports par projet, tableau de bord
    index.html, exports CSV et XLSX pour le jury.

    \b
    YAML portfolio:
      projects:
        - id: velo-grenoble
          name: Vélo Grenoble
          repository: https://gitlab.example.org/grenoble/velo
          token_env: GRENOBLE_GITLAB_TOKEN   # name of an environment variable, never the token
          phase: acceleration                # candidate, investigation, acceleration, transfer
          territory: Grenoble-Alpes Métropole
          tags: [mobilité, vélo]
          contact: numerique@example.org
    \b
    Examples:
      auditor batch portfolio.yml -o jury-2026-06 --jobs 4
      auditor batch export.csv --url-column "Dépôt" --name-column "Nom du projet" -o out
      auditor batch portfolio.yml -o jury-2026-06 --resume
    """
    lang = lang or "fr"
    jobs = jobs or max(1, min(8, os.cpu_count() or 1))
    # Audits are mostly Python work: threads would run them one at a time (the interpreter lock), so
    # several jobs run in worker processes (one pool for the whole run, started once), forked from this
    # process once it has loaded the engine (auditor.executors.fork_context). Where that is not possible,
    # their server process starts first: it loads the auditor while this process reads the portfolio.
    executor = executor or ("process" if jobs > 1 else "thread")
    if executor == "process" and jobs > 1:
        from auditor.executors import fork_safe, worker_context

        if not fork_safe():  # else the workers are forked from this process once it has loaded the engine
            worker_context()
    from auditor.context import AuditConfig
    from auditor.engine import AuditOptions
    from auditor.portfolio import BatchOptions, run_batch

    options = AuditOptions(ruleset=ruleset, offline=offline, cache_dir=cache_dir, timeout=timeout, budget=budget,
                           config=AuditConfig(cache_dir=cache_dir, offline=offline, lang=lang, network=not offline))
    bopts = BatchOptions(output=output, audit=options, jobs=jobs, resume=resume, lang=lang, db=db, history=not no_history,
                         progress="none" if quiet else "auto", csv_sep=csv_sep, csv_bom=csv_bom)

    def invalid(e) -> None:  # noqa: ANN001
        click.echo(f"auditor: {portfolio.name}: skipped invalid entry at line {e.line}: {e.message}", err=True)

    if executor == "thread":  # the runner's own pool of --jobs threads
        summary = run_batch(portfolio, bopts, url_column, name_column, on_invalid=invalid)
    else:
        from auditor.executors import make_executor

        with make_executor(executor, jobs, scheduler) as pool:
            summary = run_batch(portfolio, bopts, url_column, name_column, on_invalid=invalid, executor=pool)
    if not quiet:
        click.echo(f"{summary['ok']}/{summary['total']} audited, {summary['failed']} failed"
                   + (f", {summary['invalid']} invalid entries skipped" if summary["invalid"] else "")
                   + f" → {output / 'index.html'}", err=True)
    if summary["ok"] == 0:
        return EXIT_TARGET
    if summary["failed"] or summary.get("gate_missed"):
        # exit 1, and why, on one line: a scheduler or a CI job reads the code, a person the line
        click.echo(f"auditor: batch: exit 1: {summary['failed']} project(s) failed to audit, "
                   f"{summary.get('gate_missed', 0)} missed the gate (see {output / 'index.html'})", err=True)
        return EXIT_GATE
    return 0
