"""``auditor discover CATALOGUE`` and ``auditor merge DIR…``: find candidates in the public sector's catalogue."""

from __future__ import annotations

from pathlib import Path

import click

from auditor.cli import EXIT_CODES_HELP, cli
from auditor.cli.common import LANG_OPTION


def _progress(quiet: bool):  # noqa: ANN202
    import sys

    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, label: str) -> None:
        click.echo(f"\r[{done}/{total}] {label[:70]:<70}", err=True, nl=done == total)

    return show


@cli.command("discover", epilog=EXIT_CODES_HELP)
@click.argument("catalogue")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), required=True, help="Output folder (created if needed).")
@click.option("--organisations", default=None, help="The catalogue's organisations (JSON or CSV file, or URL): names, types, territories.")
@click.option("--org-type", "org_types", multiple=True, default=("local_authority", "opsn"), show_default=True,
              help="Organisation types kept (repeat; 'all' keeps every type): local_authority, opsn, state, public_operator, research, unknown.")
@click.option("--include-archived", is_flag=True, help="Keep archived repositories.")
@click.option("--include-forks", is_flag=True, help="Keep forks.")
@click.option("--since", default=None, help="Keep repositories changed on or after this date (YYYY-MM-DD).")
@click.option("--platform", "platforms", multiple=True, help="Keep repositories of this platform (repeat): github.com, gitlab.com, a host…")
@click.option("--min-relevance", type=click.FloatRange(0, 100), default=35, show_default=True, help="Relevance (0–100) an entry needs to be listed.")
@click.option("--shortlist", type=click.IntRange(0, 100_000), default=100, show_default=True, help="How many of the most relevant get the light audit.")
@click.option("--full-audit", "full", type=click.IntRange(0, 10_000), default=0, show_default=True, help="Run the full audit on the top N.")
@click.option("--themes", default=None, help="Thematic taxonomy (YAML) replacing the shipped one.")
@click.option("--org-types-file", default=None, help="Organisation-type rules (YAML) replacing the shipped ones.")
@click.option("--executor", type=click.Choice(["process", "thread", "serial", "dask"]), default="process", show_default=True,
              help="Where audits run: local processes, or a Dask cluster (pip install 'readiness-auditor[dask]').")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786); without it --executor dask starts a local cluster.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None, help="Local workers (default: CPU count, at most 8).")
@click.option("--shard", default=None, help="I/N: audit only the I-th of N stable slices of the catalogue (CI matrices, indexed jobs).")
@click.option("--allow-local", is_flag=True, help="Accept catalogue entries that are local paths or file:// URLs.")
@LANG_OPTION
@click.option("--csv-sep", type=click.Choice([",", ";", "tab"]), default=None, help="CSV separator (default: ';' in French, ',' in English).")
@click.option("--csv-bom", is_flag=True, help="Start the CSV with a byte order mark (Excel).")
@click.option("--offline", is_flag=True, help="Use cached copies only; query no server.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="AUDITOR_CACHE_DIR", help="Cache folder (default: XDG cache).")
@click.option("--timeout", type=click.FloatRange(1, 86400), default=120, show_default=True, help="Seconds allowed for each clone or fetch.")
@click.option("--budget", type=click.FloatRange(1, 86400), default=300, show_default=True, help="Seconds allowed for each analysis.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
def discover_cmd(catalogue: str, output: Path, organisations: str | None, org_types: tuple[str, ...], include_archived: bool,
                 include_forks: bool, since: str | None, platforms: tuple[str, ...], min_relevance: float, shortlist: int, full: int,
                 themes: str | None, org_types_file: str | None, executor: str, scheduler: str | None, jobs: int | None,
                 shard: str | None, allow_local: bool, lang: str | None, csv_sep: str | None, csv_bom: bool, offline: bool,
                 cache_dir: Path | None, timeout: float, budget: float, quiet: bool) -> int:
    """Rank the public sector's catalogue (code.gouv.fr) for the Guichet: ecological-transition
    relevance from descriptions, topics and READMEs, then a light audit of the short list.

    Repérer les candidats : classer le catalogue des dépôts publics (code.gouv.fr) par pertinence
    pour la transition écologique puis par maturité (audit léger de la liste courte).

    \b
    CATALOGUE is a file or an https URL, JSON or CSV as code.gouv.fr publishes them
    (codegouvfr-repositories.json/.csv, or the earlier repositories/json/all.json).
    \b
    Output folder: index.html (filterable ranked list), discover.csv, discover.xlsx,
    discover.json, projects/<slug>.json|.html (each audited repository's report).
    A rerun re-audits only the repositories whose HEAD moved.
    \b
    Examples:
      auditor discover codegouvfr-repositories.json --organisations codegouvfr-organizations.json -o reperage
      auditor discover all.json -o out --executor dask --scheduler tcp://10.0.0.5:8786
      auditor discover all.json -o out-3 --shard 3/8   # then: auditor merge out-* -o reperage
    """
    from auditor.acquire import parse_as_of
    from auditor.discover.fetch import local_copy
    from auditor.discover.run import DiscoverOptions, discover, parse_shard

    lang = lang or "fr"
    kinds = () if "all" in org_types else tuple(dict.fromkeys(o.strip().lower() for o in org_types))
    opts = DiscoverOptions(output=output, org_types=kinds, include_archived=include_archived, include_forks=include_forks,
                           since=parse_as_of(since), platforms=platforms, min_relevance=min_relevance, shortlist=shortlist,
                           full=full, shard=parse_shard(shard), executor=executor, scheduler=scheduler, jobs=jobs, lang=lang,
                           cache_dir=cache_dir, timeout=timeout, budget=budget, offline=offline, allow_local=allow_local,
                           themes=themes, org_types_file=org_types_file, progress=_progress(quiet),
                           csv_sep=csv_sep or (";" if lang == "fr" else ","), csv_bom=csv_bom)
    with local_copy(catalogue, timeout) as cat_path, local_copy(organisations, timeout) as org_path:
        opts.organisations = str(org_path) if org_path else None
        summary = discover(cat_path, opts, label=catalogue)
    if not quiet:
        c = summary["counts"]
        click.echo(f"{c['catalogue']} in the catalogue, {c['kept']} kept, {c['relevant']} relevant; shortlist {c['shortlist']}: "
                   f"{c['audited']} audited, {c['unchanged']} unchanged, {c['failed']} failed → {output / 'index.html'}", err=True)
    return 0


@cli.command("merge", epilog=EXIT_CODES_HELP)
@click.argument("folders", nargs=-1, required=True, type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), required=True, help="Output folder (created if needed).")
@LANG_OPTION
@click.option("--csv-sep", type=click.Choice([",", ";", "tab"]), default=None, help="CSV separator (default: ';' in French, ',' in English).")
@click.option("--csv-bom", is_flag=True, help="Start the CSV with a byte order mark (Excel).")
def merge_cmd(folders: tuple[Path, ...], output: Path, lang: str | None, csv_sep: str | None, csv_bom: bool) -> int:
    """Merge the output folders of sharded `auditor discover` runs (--shard I/N) into one ranked list.

    Fusionner les dossiers de sortie d'exécutions partielles (--shard I/N) en un seul classement.
    """
    from auditor.discover.merge import merge

    lang = lang or "fr"
    summary = merge(list(folders), output, lang, sep=csv_sep or (";" if lang == "fr" else ","), bom=csv_bom)
    click.echo(f"{summary['counts']['relevant']} relevant repositories from {len(folders)} folders → {output / 'index.html'}", err=True)
    return 0
