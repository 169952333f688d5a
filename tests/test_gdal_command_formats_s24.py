"""GDAL's command lines read for what they are (issue 12, session 24 reader o1, fixer g24: meldig/raste_process).

A métropole's Windows batch file degrades its orthophotographs over the no-photography zones: gdalbuildvrt, gdalwarp -cutline
reading a GeoPackage of zones and writing GeoTIFF (-of GTiff), gdal_translate -of COG. "COG" (in the comments above it and in
-of COG) was read as the Code officiel géographique (identifiers "cog", public-building-blocks failing for want of the reference
of communes), and data-standards said no open format was read or written. GDAL's Cloud Optimized GeoTIFF is no identifier, and
the formats a GDAL/OGR command line names (-of/-f drivers, file names' extensions) are formats the project reads and writes.
A chain processing the rasters it is given, downloading nothing, holds no data of its own to describe: no schema expected,
its formats named. The COG of communes stays an identifier field; a pipeline downloading the national file and converting it
with ogr2ogr stays judged on its data, its formats now named.
"""

from __future__ import annotations

from auditor.facts.signal_registry import load_signals
from auditor.facts.textscan import scan
from tests.test_local_authority_verdicts import judge

BATCH = (
    "REM ===== 1. assemblage des dalles =====\n"
    "gdalbuildvrt -input_file_list \"dossier\\liste.txt\" -addalpha -a_srs EPSG:XXXX \"dossier\\travail\\mosaique.vrt\"\n"
    "REM ===== 2. zones degradees =====\n"
    "gdalwarp -cutline \"dossier\\zones_interdites.gpkg\" -crop_to_cutline -of GTiff -tr 5 5 \"dossier\\travail\\mosaique.vrt\" "
    "\"dossier\\travail\\zones.tif\"\n"
    "REM ===== 3. sortie en COG =====\n"
    "REM conversion de la mosaique en COG\n"
    "gdal_translate -of COG -co COMPRESS=JPEG \"dossier\\travail\\zones.tif\" \"dossier\\ortho_finale.tif\"\n"
)
RASTER = {
    "README.md": "# ortho_traitements\n",
    "degradation/README.md": "# Objectif\n\nDégrader les orthophotographies sur des emprises.\n\n### Outils\nGDAL\n",
    "degradation/degrader.bat": BATCH,
}
CHECKS = ["interoperability.identifiers", "interoperability.data-standards", "interoperability.public-building-blocks"]


def test_gdal_cog_is_a_format_and_the_chains_formats_are_named(tmp_path):
    _, res = judge(tmp_path, RASTER, CHECKS, name="ortho")
    ident = res["interoperability.identifiers"]
    assert not any(str(e.get("value", "")).lower() == "cog" for e in ident["evidence"]), ident["message"]
    assert "cog" not in ident["message"]["en"].lower(), ident["message"]
    assert res["interoperability.public-building-blocks"]["status"] != "fail", res["interoperability.public-building-blocks"]["message"]
    std = res["interoperability.data-standards"]
    assert std["status"] == "not_applicable", std["message"]
    assert {"COG (Cloud Optimized GeoTIFF)", "GeoPackage", "GeoTIFF"} <= set(std["details"]["formats"]), std["details"]
    assert "GeoPackage" in std["message"]["en"] and "no open format" not in std["message"]["en"], std["message"]


def test_the_cog_of_communes_stays_an_identifier_field():
    load_signals()
    # a join on the communes' COG in a script that also writes COG rasters: the commune line keeps its field
    etl = ("import geopandas as gpd\nfrom osgeo import gdal\n\n"
           "gdal.Translate('ortho.tif', 'mosaique.vrt', format='COG')\n"
           "communes = communes.merge(populations, on=COG)  # jointure sur le COG des communes\n")
    hits = scan("etl/communes.py", etl).get("ident.fields") or []
    assert {h[1] for h in hits} == {5}, hits
    # and a field named cog in a data model's code, with no GDAL around it
    hits = scan("app/models.py", "class Commune(models.Model):\n    cog = models.CharField(max_length=5)\n").get("ident.fields") or []
    assert hits and hits[0][2].lower() == "cog", hits


def test_a_downloading_pipeline_is_still_judged_on_its_data(tmp_path):
    files = {"README.md": "# sirene-gpkg\n\nTélécharge le fichier national et le convertit.\n\n## Prérequis\n\nwget, GDAL\n",
             "run.sh": ("#!/bin/sh\nwget -O stock.zip https://files.exemple.fr/stock.zip\nunzip stock.zip\n"
                        "ogr2ogr -f GPKG etablissements.gpkg stock.csv\nogr2ogr -f GeoJSON etablissements.geojson etablissements.gpkg\n")}
    _, res = judge(tmp_path, files, ["interoperability.data-standards"], name="sirene")
    std = res["interoperability.data-standards"]
    assert std["status"] != "not_applicable", std["message"]
    assert {"GeoPackage", "GeoJSON"} <= set(std["details"]["formats"]), std["details"]
