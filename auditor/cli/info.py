"""``auditor checks list|explain`` and ``auditor rulesets list|show|validate``."""

from __future__ import annotations

import json
from pathlib import Path

import click
import yaml

from auditor.checks import load_checks
from auditor.cli import cli
from auditor.cli.common import LANG_OPTION
from auditor.errors import UsageError
from auditor.i18n import pick, t
from auditor.ruleset import builtin_rulesets, load_ruleset


@cli.group("checks")
def checks_group() -> None:
    """List and explain the checks. / Lister et expliquer les contrôles."""


@checks_group.command("list")
@LANG_OPTION
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def checks_list(lang: str | None, fmt: str) -> None:
    """Every available check with its family and title."""
    lang = lang or "fr"
    specs = sorted(load_checks().values(), key=lambda s: (s.family, s.id))
    if fmt == "json":
        click.echo(json.dumps([s.metadata() for s in specs], ensure_ascii=False, indent=2))
        return
    for s in specs:
        click.echo(f"{s.id:<45} {t('family.' + s.family, lang):<18} {pick(s.title, lang)}")


@checks_group.command("explain")
@click.argument("check_id")
@LANG_OPTION
def checks_explain(check_id: str, lang: str | None) -> None:
    """Title, rationale, remediation and parameters of one check."""
    lang = lang or "fr"
    spec = load_checks().get(check_id)
    if spec is None:
        raise UsageError(f"unknown check id {check_id!r} (see 'auditor checks list')")
    click.echo(f"{spec.id} — {pick(spec.title, lang)}")
    click.echo(f"{t('family.' + spec.family, lang)} · {t('report.effort', lang)}: {t('effort.' + spec.effort, lang)}")
    click.echo("")
    click.echo(f"{t('report.rationale', lang)}:\n  {pick(spec.rationale, lang)}")
    click.echo(f"{t('report.remediation', lang)}:\n  {pick(spec.remediation, lang)}")
    if spec.params:
        click.echo("Parameters / paramètres:")
        for k, v in spec.params.items():
            click.echo(f"  {k}: {json.dumps(v, ensure_ascii=False)}")


@cli.group("rulesets")
def rulesets_group() -> None:
    """List, show and validate rulesets. / Lister, afficher et valider les référentiels."""


@rulesets_group.command("list")
@LANG_OPTION
def rulesets_list(lang: str | None) -> None:
    """Built-in rulesets."""
    known = set(load_checks())
    for rid in builtin_rulesets():
        rs = load_ruleset(rid, known_checks=known)
        click.echo(f"{rs.id:<28} {rs.version:<10} {pick(rs.title, lang or 'fr')}")


@rulesets_group.command("show")
@click.argument("ruleset")
def rulesets_show(ruleset: str) -> None:
    """The effective ruleset (after extends), as YAML."""
    rs = load_ruleset(ruleset, known_checks=set(load_checks()))
    click.echo(yaml.safe_dump(rs.data, allow_unicode=True, sort_keys=False), nl=False)


@rulesets_group.command("validate")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def rulesets_validate(file: Path) -> None:
    """Check a ruleset file; exit 2 with file, line and key on the first error."""
    rs = load_ruleset(str(file), known_checks=set(load_checks()))
    click.echo(f"{file}: valid ({rs.id} {rs.version}, {len(rs.enabled_checks())} checks)")
