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
from auditor.target import one_line, redact

EXIT_CODES_HELP = """\b
Exit codes / codes de sortie:
  0  done / terminé
  1  gate not met (--fail-under, --min-level) / seuil non atteint
  2  usage error: bad option, broken ruleset / erreur d'utilisation
  3  target unreachable, not found, or nothing to audit / cible injoignable ou vide
  4  internal error / erreur interne
"""


@click.group(epilog=EXIT_CODES_HELP, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
    from auditor.cli import audit as _audit  # noqa: F401
    from auditor.cli import info as _info  # noqa: F401
    for extra in ("auditor.cli.batch", "auditor.cli.history", "auditor.cli.publiccode", "auditor.cli.discover", "auditor.cli.declarations",
                  "auditor.cli.fix"):
        try:
            __import__(extra)
        except ModuleNotFoundError as exc:
            if exc.name != extra:
                raise


def main(argv: list[str] | None = None) -> None:
    """Entry point: maps every error to one clear line on stderr and a documented exit code."""
    _register()
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
