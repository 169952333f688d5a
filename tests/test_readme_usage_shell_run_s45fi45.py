"""readme.sections.usage: a "## Utilisation" chapter that sets the settings file and then runs the shell script (`sh x.sh arg`) is
the usage, not only configuration (issue 12, s45 fi45, reader rf45).

igeofr/mapillary2pg's README.md: "## Utilisation", "Modifier les paramètres dans config.env et lancer le script", then a fenced
block of `sh mapillary2pg.sh images`… The chapter was read as settings-only (its one sentence names config.env) because a script
run by its shell (`sh`, `bash`) was not seen as running the program, so "No usage section". Near miss: the same heading over the
settings step alone stays configuration."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

HEAD = "# pg-import\n\nCharger les objets d'un service web dans PostgreSQL/PostGIS.\n\n"
STEP = "## Utilisation\n\nRenseigner les paramètres dans `settings.env` puis lancer le script\n\n"
RUNS = "```bash\nsh charger.sh points\nbash charger.sh lignes\n```\n\n"


def _sections(tmp_path, readme: str, name: str) -> dict:
    files = {"README.md": readme + "## Licence\n\nMIT\n", "settings.env": "SCHEMA='ref'\nPAS='0.01'\n",
             "charger.sh": "#!/bin/sh\n. ./settings.env\nogr2ogr -f PostgreSQL PG:service=x in.geojson -lco SCHEMA=$SCHEMA\n"}
    commits = [{"files": files, "date": "2025-01-29T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


def test_settings_then_shell_runs_is_usage(tmp_path):
    secs = _sections(tmp_path, HEAD + STEP + RUNS, "runs")
    assert "usage" in secs, secs


def test_near_miss_settings_step_alone_stays_configuration(tmp_path):
    secs = _sections(tmp_path, HEAD + "## Utilisation\n\nCopier `settings.example.env` en `settings.env` et renseigner les paramètres.\n\n", "only")
    assert "usage" not in secs and "configuration" in secs, secs
