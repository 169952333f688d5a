"""reusability.dependencies of a shell pipeline: bc called at the end of a pipe inside a command substitution is a program the
scripts need (issue 12, s45 fi45, reader rf45).

igeofr/mapillary2pg's mapillary2pg.sh computes its grid with `$(echo "scale=4; …" | bc)` six times; the report listed the programs
its scripts call as awk, curl, ogr2ogr, wget. bc was in no list of programs (a minimal system has none), and a name followed by the
closing parenthesis of `$( … )` was not read as a call. Near miss: words that merely contain "bc" (a variable bc_total, "abc") are
no call of bc."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
README = "# Import de tuiles\n\nTélécharger des objets et les charger dans PostGIS.\n\n## Prérequis\n\nwget, awk, ogr2ogr (GDAL)\n"


def _programs(tmp_path, calc: str) -> dict:
    script = ("#!/bin/sh\n. ./settings.env\n"
              f"{calc}\n"
              "wget -q -O tuile.json \"$URL\"\nawk -F, '{print $1}' liste.csv > ids.txt\n"
              "ogr2ogr -f PostgreSQL PG:service=$SERVICE tuile.json\nogr2ogr -f GPKG sortie.gpkg tuile.json\n")
    res = judge(tmp_path, {"README.md": README, "charger.sh": script, "settings.env": "URL='https://exemple.org/t'\n"}, [DEPS])[1][DEPS]
    return res["details"]


def test_bc_closing_a_command_substitution_is_a_program(tmp_path):
    d = _programs(tmp_path, 'nx=$(echo "scale=0; ($XMAX - $XMIN)/$PAS" | bc)\nx1=`echo "$A+1" | bc`')
    assert "bc" in d["programs"] and d["undeclared"] == ["bc"], d


def test_near_miss_words_containing_bc_are_no_program(tmp_path):
    d = _programs(tmp_path, 'bc_total=0\necho "abc" > /tmp/abc.txt')
    assert "bc" not in d["programs"] and d["undeclared"] == [], d
