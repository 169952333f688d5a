"""A program a shell pipeline runs through a variable its settings set, in a script it runs (issue 12, s45 fd45 = reader rd45 on
igeofr/pg2datagouvfr).

igeofr/pg2datagouvfr: pg2datagouv.sh sources config.env, runs "sh scripts/<dataset>.sh", which runs "$LINK_OGR …" with LINK_OGR=ogr2ogr
set in config.env, and zips the outputs. reusability.dependencies said the scripts call 2 programs (curl, jq): a script the pipeline
runs was not read, a program held in a variable was no program, and zip was not on the list. Near miss: a variable holding a path that
is no program (OUT=/tmp/sortie) adds nothing."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

MAIN = ("#!/bin/sh\n. ./reglages.env\ncurl -s \"$PORTAIL/jeux\" | jq '.data[0].id' > id.txt\nsh etapes/export_points.sh\n"
        "zip -j sortie.zip \"$OUT\"/*\ncurl -s -F \"file=@sortie.zip\" \"$PORTAIL/upload\"\n")
STEP = "#!/bin/sh\n. ./reglages.env\n$PROG_OGR -f GPKG \"$OUT/points.gpkg\" PG:\"service=sig\" -sql \"SELECT * FROM points\"\n"


def _programs(tmp_path, settings: str) -> list[str]:
    make_repo(tmp_path, [{"files": {"publier.sh": MAIN, "etapes/export_points.sh": STEP, "reglages.env": settings,
                                    "README.md": "# Publication\n\nPublie des couches sur le portail.\n\n## Dépendances\n\n- jq\n- curl\n- gdal\n"}}])
    return (ctx_for(tmp_path).fact("pipeline_programs") or {}).get("programs")


def test_a_program_through_a_variable_in_a_script_the_pipeline_runs(tmp_path):
    assert _programs(tmp_path / "v", "PROG_OGR=ogr2ogr\nOUT=/tmp/sortie\nPORTAIL=https://portail.example.org/api\n") == ["curl", "jq", "ogr2ogr", "zip"]


def test_near_miss_a_variable_holding_no_program(tmp_path):
    assert _programs(tmp_path / "n", "PROG_OGR=/opt/outils/convertir\nOUT=/tmp/sortie\n") == ["curl", "jq", "zip"]
