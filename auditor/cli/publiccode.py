"""``auditor publiccode suggest [TARGET]`` and ``auditor publiccode validate FILE``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from auditor.cli import EXIT_CODES_HELP, cli
from auditor.cli.common import LANG_OPTION
from auditor.errors import EXIT_GATE, UsageError


@cli.group("publiccode", epilog=EXIT_CODES_HELP)
def publiccode_group() -> None:
    """publiccode.yml: suggest one for a repository, or validate a file (versions 0.2 to 0.7).

    publiccode.yml : en proposer un pour un dépôt, ou valider un fichier (versions 0.2 à 0.7).
    """


@publiccode_group.command("validate", epilog=EXIT_CODES_HELP)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@LANG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def validate_cmd(file: Path, lang: str | None, as_json: bool) -> int:
    """Validate FILE against the publiccode.yml standard (no network checks). Exit 1 when invalid.

    Valide FILE selon le standard publiccode.yml (sans vérification réseau). Code 1 s'il est invalide.
    """
    from auditor.publiccode import validate

    lang = lang or "fr"
    if file.is_symlink():
        raise UsageError(f"{file}: is a symbolic link; give the file itself")
    try:
        if file.stat().st_size > 1024 * 1024:
            raise UsageError(f"{file}: larger than 1 MiB")
        data = file.read_bytes()
    except OSError as exc:
        raise UsageError(f"{file}: cannot read: {exc.strerror or exc}") from None
    result = validate(data)
    if as_json:
        click.echo(json.dumps({"file": str(file), **result.to_dict()}, ensure_ascii=False, indent=2))
    else:
        for issue in result.issues:
            click.echo(issue.format(lang, str(file)))
        if result.valid:
            msg = {"fr": f"{file} : valide (version {result.version}), {len(result.warnings)} avertissement(s).",
                   "en": f"{file}: valid (version {result.version}), {len(result.warnings)} warning(s)."}
        else:
            msg = {"fr": f"{file} : invalide, {len(result.errors)} erreur(s), {len(result.warnings)} avertissement(s).",
                   "en": f"{file}: invalid, {len(result.errors)} error(s), {len(result.warnings)} warning(s)."}
        click.echo(msg[lang], err=not result.valid)
    if not result.valid:
        click.get_current_context().exit(EXIT_GATE)
    return 0


@publiccode_group.command("suggest", epilog=EXIT_CODES_HELP)
@click.argument("target", default=".")
@click.option("--ref", default=None, help="Branch, tag or commit to read (default: HEAD).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write the suggestion to this file.")
@click.option("--offline", is_flag=True, help="Use the cached copy as it is.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="AUDITOR_CACHE_DIR")
def suggest_cmd(target: str, ref: str | None, output: Path | None, offline: bool, cache_dir: Path | None) -> int:
    """Print a minimal valid publiccode.yml for TARGET (default: the current folder), prefilled from an audit.

    Imprime un publiccode.yml minimal et valide pour TARGET (défaut : dossier courant), prérempli par l'audit.
    """
    from auditor.context import AuditConfig
    from auditor.engine import AuditOptions, audit
    from auditor.report import atomic_write

    options = AuditOptions(ref=ref, offline=offline, cache_dir=cache_dir, only=["documentation.publiccode"],
                           config=AuditConfig(cache_dir=cache_dir, offline=offline, network=not offline))
    report = audit(target, options)
    result = next((r for r in report.get("results", []) if r.get("id") == "documentation.publiccode"), None)
    if result is None:
        raise UsageError("the documentation.publiccode check did not run")
    text = (result.get("details") or {}).get("suggestion")
    if not text:
        click.echo("publiccode.yml: " + result["message"]["en"] + " / " + result["message"]["fr"], err=True)
        return 0
    if output is not None:
        atomic_write(output, text)
    else:
        click.echo(text, nl=False)
    return 0
