"""SpatiaLite written by ogr2ogr is an open geographic format, SpatiaLite's SetSRID a reference system, and the PCRS's quality
attributes its standard (issue 12, s45 fd45 = reader rd45 on igeofr/topo2sig).

igeofr/topo2sig: shell scripts load a GNSS survey (CSV) into SpatiaLite (ogr2ogr -f "SQLite" -dsco SPATIALITE=YES), then write each
street-furniture layer to PostGIS with SetSRID(…, 2154) and the PCRS's attributes (qualite_categorisation, precision_planimetrique,
precision_altimetrique). interoperability.geo failed 3 ("open geographic format: no", "legal reference system: no") and
data-standards was not applicable: GDAL's SQLite driver was no known format, the geo check did not read GDAL command lines' formats,
SpatiaLite's functions lack PostGIS's ST_ prefix, and the PCRS was known by its GML class names only. Near miss: the same pipeline
writing only to PostgreSQL, without the PCRS's attributes, keeps its verdicts."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

LOAD = ("#!/bin/sh\nogr2ogr -f \"SQLite\" -dsco SPATIALITE=YES -oo X_POSSIBLE_NAMES=Est -oo Y_POSSIBLE_NAMES=Nord releve.sqlite releve.csv\n")
LAYER = ("#!/bin/sh\nogr2ogr -f \"PostgreSQL\" PG:\"service=$SERVICE\" -nln regard releve.sqlite -dialect SQLITE -sql \"\n"
         "  SELECT SetSRID(MakePolygon(GeomFromText('LINESTRING('||x1||' '||y1||','||x2||' '||y2||','||x1||' '||y1||')')),2154) AS geom,\n"
         "  code AS nature, '1' AS {quality}, '005' AS {plani}, '010' AS {alti} FROM releve\"\n"
         "ogr2ogr -f \"PostgreSQL\" PG:\"service=$SERVICE\" -nln grille releve.sqlite -dialect SQLITE -sql \"SELECT geometry AS geom FROM releve\"\n")
CHECKS = ["interoperability.geo", "interoperability.data-standards"]


def _results(repo, tmp_path, load: str, names: tuple[str, str, str], name: str, source: str = "releve.sqlite") -> dict:
    layer = LAYER.format(quality=names[0], plani=names[1], alti=names[2]).replace("releve.sqlite", source)
    files = {"scripts/charger.sh": load, "scripts/couches.sh": layer, "README.md": "# Levés\n\nCharge un levé topographique dans la base.\n"}
    report = audit(str(repo([{"files": files}], name=name)), AuditOptions(cache_dir=tmp_path / "c", only=CHECKS))
    return {r["id"]: r for r in report["results"]}


PCRS = ("qualite_categorisation", "precision_planimetrique", "precision_altimetrique")


def test_spatialite_and_pcrs_attributes(repo, tmp_path):
    res = _results(repo, tmp_path, LOAD, PCRS, "pcrs")
    geo = res["interoperability.geo"]
    assert geo["status"] in ("pass", "warn") and "open geographic format: yes" in geo["message"]["en"], geo["message"]
    assert "legal reference system: yes" in geo["message"]["en"], geo["message"]
    ds = res["interoperability.data-standards"]
    assert ds["status"] in ("pass", "warn") and "PCRS" in ds["message"]["en"] and "SQLite/SpatiaLite" in ds["message"]["en"], ds["message"]


def test_near_miss_postgresql_only_and_other_attributes(repo, tmp_path):
    # (PostgreSQL to PostgreSQL: no file format; a SetSRID of its own is still a reference system)
    res = _results(repo, tmp_path, "#!/bin/sh\necho rien\n", ("qualite", "precision", "hauteur"), "plain", source="PG:\"service=source\"")
    geo = res["interoperability.geo"]
    assert "open geographic format: no" in geo["message"]["en"], geo["message"]
    assert "PCRS" not in res["interoperability.data-standards"]["message"]["en"]
