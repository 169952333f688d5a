"""``auditor fix [PATH]``: write the missing files an audit found, never overwriting one."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.cli import EXIT_CODES_HELP, cli
from auditor.errors import UsageError


@cli.command("fix", epilog=EXIT_CODES_HELP)
@click.argument("path", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--only", "only", multiple=True, metavar="CHECK", help="Only fix what these check ids found (repeatable).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default=None, envvar="AUDITOR_LANG", help="Language of the files written (default: fr).")
@click.option("--license", "license_id", default=None, metavar="SPDX",
              help="The license to write in LICENSE, from the French list (without it, the compatible ones are proposed).")
@click.option("--dry-run", is_flag=True, help="Print the patch (new files only) instead of writing.")
@click.option("--branch", default=None, metavar="NAME", help="Commit the new files on this new branch (never pushed; hooks off).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="AUDITOR_CACHE_DIR")
def fix_cmd(path: Path, only: tuple[str, ...], lang: str | None, license_id: str | None, dry_run: bool, branch: str | None,
            cache_dir: Path | None) -> int:
    """Write into the working tree PATH the missing pieces the audit found: LICENSE, publiccode.yml,
    CONTRIBUTING, SECURITY, CODE_OF_CONDUCT, .env.example, README (or README.sections.md beside an
    existing README, which is never changed) and an .auditor.yml skeleton. Never overwrites a file;
    unknown values are marked « À COMPLÉTER » and reported as drafts until edited.

    Écrit dans l'arbre de travail PATH les pièces manquantes relevées par l'audit, sans jamais
    écraser un fichier ; ce qui est inconnu est marqué « À COMPLÉTER ».
    """
    from auditor.context import AuditConfig
    from auditor.engine import AuditOptions, audit
    from auditor.fix import diff, plan

    lang = lang or "fr"
    _check_options(path, only, license_id, dry_run, branch)
    options = AuditOptions(offline=True, cache_dir=cache_dir, config=AuditConfig(cache_dir=cache_dir, offline=True, network=False, lang=lang))
    report = audit(str(path), options)
    fp = plan(path.resolve(), report, lang, license_id, list(only) or None)
    say = (lambda m: click.echo(m, err=True)) if dry_run else click.echo
    fr = lang == "fr"
    _say_skipped_and_licenses(fp, say, fr)
    if not fp.proposals:
        say("Rien à écrire." if fr else "Nothing to write.")
        return 0
    if dry_run:
        click.echo(diff(fp.proposals), nl=False)
    else:
        _write(path, fp, branch, say, fr)
    say("Remplacez chaque « À COMPLÉTER » puis relancez `auditor audit`." if fr else "Replace each 'TO COMPLETE', then run `auditor audit` again.")
    return 0


def _check_options(path: Path, only: tuple[str, ...], license_id: str | None, dry_run: bool, branch: str | None) -> None:
    """A one-line UsageError (exit 2) for options that cannot work together or name nothing known."""
    from auditor.checks import load_checks
    from auditor.fix import allowed_licenses

    if dry_run and branch:
        raise UsageError("--dry-run and --branch exclude each other")
    if not path.is_dir():
        raise UsageError(f"{path}: not a folder (auditor fix writes into a local working tree)")
    if license_id and license_id not in allowed_licenses():
        raise UsageError(f"--license {license_id!r}: not on the French list ({', '.join(allowed_licenses())})")
    unknown = [c for c in only if c not in load_checks()]
    if unknown:
        raise UsageError(f"--only: unknown check id(s): {', '.join(unknown)}")


_VERDICT_LABELS = {"ok": ("compatible", "compatible"), "conditional": ("sous condition", "conditional"),
                   "incompatible": ("incompatible", "incompatible"), "unchecked": ("non vérifiée", "unchecked")}


def _say_skipped_and_licenses(fp, say, fr: bool) -> None:
    """Files left alone, and the licences of the French list proposed when there is none."""
    for s in fp.skipped:
        say((f"déjà présent, non modifié : {s['path']}" if fr else f"already there, left alone: {s['path']}")
            + ((f" (le projet a déjà une licence : --license {s['license']} ignorée)" if fr else
                f" (the project already has a license: --license {s['license']} ignored)") if s["reason"] == "license-kept" else ""))
    if fp.license_proposals and all(p["verdict"] == "unchecked" for p in fp.license_proposals):
        say("(compatibilité avec les dépendances non vérifiée : aucune licence de dépendance dans un package-lock.json ou composer.lock)" if fr else
            "(compatibility with the dependencies unchecked: no dependency license in a package-lock.json or composer.lock)")
    if fp.license_proposals:
        say("Aucune licence : choisissez-en une avec --license (licences de la liste française, compatibles d'abord) :" if fr else
            "No license: choose one with --license (licenses of the French list, compatible first):")
        for p in fp.license_proposals:
            label = _VERDICT_LABELS[p["verdict"]][0 if fr else 1]
            extra = f" — {p['against']}: {p['reason']}" if p["against"] else ""
            say(f"  {p['id']:<18} {label}{extra}")


def _write(path: Path, fp, branch: str | None, say, fr: bool) -> None:
    """Write the new files (never over an existing one), then commit them on a new branch if asked."""
    from auditor.fix import commit_on_branch, write

    written = write(path, fp.proposals)
    for p in fp.proposals:
        if p.path in written:
            notes = "".join(f" ({n['fr' if fr else 'en']})" for n in p.notes)
            say((f"écrit : {p.path}{notes}" if fr else f"written: {p.path}{notes}"))
    if branch and written:
        message = ("Ajoute les fichiers proposés par auditor fix : " if fr else "Add the files proposed by auditor fix: ") + ", ".join(written)
        sha = commit_on_branch(path, branch, written, message)
        say((f"commit {sha[:12]} sur la nouvelle branche {branch} (non poussée)" if fr else
             f"commit {sha[:12]} on the new branch {branch} (not pushed)"))
