"""``auditor declarations schema|validate``: the ``.auditor.yml`` format."""

from __future__ import annotations

import json
from pathlib import Path

import click

from auditor.cli import EXIT_CODES_HELP, cli
from auditor.errors import EXIT_GATE, UsageError


@cli.group("declarations", epilog=EXIT_CODES_HELP)
def declarations_group() -> None:
    """.auditor.yml: what a project declares (instances, reusers, statements, maintainers, exceptions).

    .auditor.yml : ce que le projet déclare (instances, réutilisateurs, déclarations, mainteneurs, exceptions).
    """


@declarations_group.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of .auditor.yml. / Imprime le schéma JSON de .auditor.yml."""
    from auditor.declarations import schema

    click.echo(json.dumps(schema(), indent=2, ensure_ascii=False))


@declarations_group.command("validate", epilog=EXIT_CODES_HELP)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), default=".auditor.yml")
def validate_cmd(file: Path) -> None:
    """Check FILE against the schema; one line with the line and key of the first error, exit 1.

    Vérifie FILE selon le schéma ; une ligne avec la ligne et la clé de la première erreur, code 1.
    """
    from auditor.declarations import MAX_BYTES, error_line, parse

    if file.is_symlink():
        raise UsageError(f"{file}: is a symbolic link; give the file itself")
    try:
        if file.stat().st_size > MAX_BYTES:
            raise UsageError(f"{file}: larger than {MAX_BYTES} bytes")
        data = file.read_bytes()
    except OSError as exc:
        raise UsageError(f"{file}: cannot read: {exc.strerror or exc}") from None
    _, _, error = parse(data, str(file))
    if error:
        click.echo(error_line(error), err=True)
        click.get_current_context().exit(EXIT_GATE)
    click.echo(f"{file}: valid / valide")
