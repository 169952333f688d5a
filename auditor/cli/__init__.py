"""Command-line interface: ``auditor audit|report|checks|rulesets …``.

Exit codes: 0 done; 1 gate not met (--fail-under / --min-level); 2 usage error (bad option,
broken ruleset); 3 target unreachable, not found or with nothing to audit; 4 internal error.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback

import click

from auditor import __version__
from auditor.errors import EXIT_INTERNAL, EXIT_USAGE, AuditorError

EXIT_CODES_HELP = """\b
Exit codes / codes de sortie:
  0  done / terminé
  1  gate not met (--fail-under, --min-level); batch: a project failed or missed its gate / seuil non atteint ; lot : un projet en échec
  2  usage error: bad option, broken ruleset / erreur d'utilisation
  3  target unreachable, not found, or nothing to audit / cible injoignable ou vide
  4  internal error / erreur interne
"""


# Subcommand -> (module that defines it, its short help). ``auditor --help`` lists them from this
# table, and a subcommand's module (with the engine, jsonschema, the analysers…) is imported only
# when that subcommand runs: the fixed cost of every command stays near zero. A new command is one
# line here; a test checks that every ``@cli.command``/``@cli.group`` of auditor/cli/ is listed,
# with its own short help.
COMMANDS: dict[str, tuple[str, str]] = {
    "audit": ("auditor.cli.audit", "Audit TARGET: a repository URL, git@host:group/name.git, owner/name (GitHub), or a local path."),
    "batch": ("auditor.cli.batch", "Audit every project of PORTFOLIO (YAML, or CSV with --url-column) into an output folder."),
    "checks": ("auditor.cli.info", "List and explain the checks."),
    "declarations": ("auditor.cli.declarations", ".auditor.yml: what a project declares (instances, reusers, statements, maintainers, exceptions)."),
    "diff": ("auditor.cli.history", "What changed between two audits: OLD and NEW report files, or TARGET --since DATE (from the history store)."),
    "discover": ("auditor.cli.discover", "Rank the public sector's catalogue (code.gouv.fr) for the Guichet: ecological-transition relevance from descriptions, topics and READMEs, then a light audit of the short list."),
    "fix": ("auditor.cli.fix", "Write into the working tree PATH the missing pieces the audit found: LICENSE, publiccode.yml, CONTRIBUTING, SECURITY, CODE_OF_CONDUCT, .env.example, README (or README.sections.md beside an existing README, which is never changed) and an .auditor.yml skeleton."),
    "history": ("auditor.cli.history", "The recorded audits of TARGET over time (table and sparkline; --format json|csv)."),
    "merge": ("auditor.cli.discover", "Merge the output folders of sharded `auditor discover` runs (--shard I/N) into one ranked list."),
    "publiccode": ("auditor.cli.publiccode", "publiccode.yml: suggest one for a repository, or validate a file (versions 0.2 to 0.7)."),
    "report": ("auditor.cli.audit", "Re-render a saved JSON report without auditing again."),
    "rulesets": ("auditor.cli.info", "List, show and validate rulesets."),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use (see :data:`COMMANDS`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module = COMMANDS[cmd_name][0]
            try:
                __import__(module)  # the module registers its commands on ``cli``
            except ModuleNotFoundError as exc:
                if exc.name != module:
                    raise
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = []
        for name in names:
            cmd = self.commands.get(name)
            if cmd is not None:
                if cmd.hidden:
                    continue
                rows.append((name, cmd.get_short_help_str(limit)))
            else:
                rows.append((name, click.utils.make_default_short_help(COMMANDS[name][1], limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="auditor")
@click.option("--debug", is_flag=True, envvar="AUDITOR_DEBUG", help="Show tracebacks and debug logs.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Readiness auditor for public digital services' codebases (open source and scaling).

    Auditeur de maturité des codes sources des services publics numériques.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(_RedactingFilter())


def redact(text: str) -> str:
    """:func:`auditor.target.redact`, imported only when there is something to print."""
    from auditor.target import redact as _redact

    return _redact(text)


def one_line(text: str) -> str:
    """:func:`auditor.target.one_line`, imported only when there is an error to print."""
    from auditor.target import one_line as _one_line

    return _one_line(text)


class _RedactingFilter(logging.Filter):
    """Every log line (ours and libraries') goes through the one redaction."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            record.msg, record.args = redact(record.getMessage()), None
        except Exception:  # noqa: BLE001 - a badly formatted record stays as it is
            pass
        if record.exc_info:
            import traceback as tb

            record.exc_text = redact("".join(tb.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def _trace() -> None:
    sys.stderr.write(redact(traceback.format_exc()))


def _register() -> None:
    """Import every subcommand now (for callers that read ``cli.commands``)."""
    for name in COMMANDS:
        cli.get_command(click.Context(cli), name)


def main(argv: list[str] | None = None) -> None:
    """Entry point: maps every error to one clear line on stderr and a documented exit code."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or bool(os.environ.get("AUDITOR_DEBUG"))
    try:
        rv = cli.main(args=args, prog_name="auditor", standalone_mode=False)
        sys.exit(rv or 0)
    except click.exceptions.Abort:
        click.echo("auditor: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"auditor: error: {one_line(exc.format_message())}", err=True)
        sys.exit(exc.exit_code if exc.exit_code else EXIT_USAGE)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except AuditorError as exc:
        if debug:
            _trace()
        click.echo(f"auditor: error: {one_line(str(exc))}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("auditor: interrupted", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # noqa: BLE001
        if debug:
            _trace()
        click.echo(f"auditor: internal error: {type(exc).__name__}: {one_line(str(exc))} (run with --debug for the trace)", err=True)
        sys.exit(EXIT_INTERNAL)
