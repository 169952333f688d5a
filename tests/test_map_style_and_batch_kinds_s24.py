"""Kinds of two GIS repositories of local authorities (issue 12, session 24 reader o1, fixer g24).

- A région's OpenStreetMap basemap chain: CartoCSS style sets (TileMill's ``project.mml`` naming its ``.mss`` style sheets and
  its layers) fed by an imposm mapping and SQL post-processing scripts. The SQL outnumbered the styles, no file said "map
  style", and the kit was a "data model". A CartoCSS map project now weighs as a QGIS project does, and ``.mss`` style sheets
  are map styles: a GIS kit. A PostGIS schema without such a project stays a data model; an ``.mml`` that is no CartoCSS
  project counts for nothing.
- A métropole's Windows batch file chaining GDAL's commands (gdalbuildvrt, gdalwarp -cutline, gdal_translate -of COG) beside
  its READMEs was "documents only" (a data specification, undecided) and was asked for deployment and API documentation. Scripts
  chaining two GDAL/OGR commands or more on local files, shell or batch, are a data pipeline run by hand (a command-line tool),
  and the programs they call are its dependencies, named by the README beside the script when it names GDAL. The SQL a data
  model's install script runs while it loads layers with ogr2ogr stays the model.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MML = ('{\n  "bounds": [1.3, 49.2, 4.3, 51.1],\n  "srs": "+proj=merc +a=6378137 +b=6378137",\n'
       '  "Stylesheet": ["palette.mss", "base.mss", "routes.mss"],\n'
       '  "Layer": [{"id": "routes", "Datasource": {"type": "postgis", "table": "osm_routes", "user": "user"}}]\n}\n')
MSS = "@eau: #c4dff6;\n#routes[type='primary'] { line-color: #fa4; line-width: 2; }\n"
SQL = ("CREATE TABLE IF NOT EXISTS osm_{name}_etiquettes AS SELECT id, ST_PointOnSurface(geometry) AS geometry FROM osm_{name};\n"
       "CREATE INDEX ON osm_{name}_etiquettes USING gist (geometry);\n")
STYLE_KIT = {
    "README.md": "# Fond OSM\n\nChaîne de production d'un fond cartographique basé sur OpenStreetMap.\n\nStyles existants : clair, gris.\n",
    "imposm/mapping.json": '{"tables": {"routes": {"type": "linestring"}}}\n',
    **{f"post_imposm/{i}_{name}.sql": SQL.format(name=name) for i, name in enumerate(("routes", "eau", "bati", "voies_ferrees", "lieux",
                                                                                      "limites", "parcs", "zones"))},
    **{f"styles/{style}/project.mml": MML for style in ("clair", "gris")},
    **{f"styles/{style}/{part}.mss": MSS for style in ("clair", "gris") for part in ("palette", "base")},
}


def test_a_cartocss_style_kit_is_a_gis_kit(tmp_path):
    report, _ = judge(tmp_path, STYLE_KIT, ["reusability.install"], name="fond-osm")
    project = report["facts"]["project"]
    assert (project["kind"], project["kind_decided"]) == ("gis-kit", True), project
    assert "styles/clair/project.mml" in [e["path"] for e in project["kind_evidence"]]


def test_sql_without_a_cartocss_project_stays_a_data_model(tmp_path):
    # (the same SQL with a MathML file named .mml: no map project, the schema is what the repository holds)
    files = {k: v for k, v in STYLE_KIT.items() if not k.startswith("styles/")}
    files["docs/formule.mml"] = '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math>\n'
    report, _ = judge(tmp_path, files, ["reusability.install"], name="modele")
    assert report["facts"]["project"]["kind"] == "data-model", report["facts"]["project"]


BATCH = (
    "REM ----- ETAPE 1 : liste des dalles -----\n"
    "mkdir chemin\\prod\n"
    "dir /b /s \"chemin\\dalles\\*.tif\" > \"chemin\\prod\\dalles.txt\"\n"
    "REM ----- ETAPE 2 : assemblage -----\n"
    "gdalbuildvrt -input_file_list \"chemin\\prod\\dalles.txt\" -addalpha -a_srs EPSG:XXXX \"chemin\\prod\\base.vrt\"\n"
    "REM ----- ETAPE 3 : degradation sur les emprises -----\n"
    "gdalwarp -cutline \"chemin\\emprises.gpkg\" -crop_to_cutline -of GTiff -co COMPRESS=DEFLATE -tr 5 5 \"chemin\\prod\\base.vrt\" "
    "\"chemin\\prod\\degrade.tif\"\n"
    "REM ----- ETAPE 4 : conversion -----\n"
    "gdal_translate -of COG -co COMPRESS=JPEG \"chemin\\prod\\degrade.tif\" \"chemin\\ortho.tif\"\n"
    "rmdir /s /q chemin\\prod\n"
)
RASTER = {
    "README.md": "# traitements_raster\n",
    "degradation/README.md": ("# Objectif\n\nDégrader la résolution des orthophotographies sur des emprises.\n\n### Outils\nGDAL\n\n"
                              "# Chaîne opératoire\n\nUn fichier bat à exécuter en ligne de commande ; remplacez chemin par le répertoire "
                              "de travail et XXXX par le code EPSG des données.\n"),
    "degradation/degrader.bat": BATCH,
    "altimetrie/README.md": "# Altimétrie\n\nÀ venir.\n",
}


def test_a_batch_file_chaining_gdal_commands_is_a_pipeline_run_by_hand(tmp_path):
    report, res = judge(tmp_path, RASTER, ["documentation.docs", "reusability.dependencies"], name="raster")
    project = report["facts"]["project"]
    assert (project["kind"], project["kind_decided"]) == ("cli-tool", True), project
    assert [e["path"] for e in project["kind_evidence"]] == ["degradation/degrader.bat"]
    missing = res["documentation.docs"]["details"].get("missing", [])
    assert not {"API", "deployment"} & set(missing), res["documentation.docs"]["message"]
    dep = res["reusability.dependencies"]
    assert dep["details"]["programs"] == ["gdal_translate", "gdalbuildvrt", "gdalwarp"], dep["message"]
    assert dep["details"]["undeclared"] == [] and "degradation/README.md" in dep["message"]["en"], dep["message"]


def test_a_batch_file_without_gdal_and_a_models_loader_are_unchanged(tmp_path):
    # a batch file copying files around: no pipeline, the repository is still documents only
    files = {**RASTER, "degradation/degrader.bat": "REM copie\ncopy a.tif b.tif\nmkdir sortie\n"}
    report, _ = judge(tmp_path, files, ["documentation.docs"], name="copie")
    assert report["facts"]["project"]["kind"] != "cli-tool", report["facts"]["project"]
    # a PostGIS model whose install script loads two layers with ogr2ogr and runs its schema: still the data model
    model = {"README.md": "# Modèle PLU\n\nModèle de données PostGIS du plan local d'urbanisme.\n",
             **{f"sql/{i}_{t}.sql": f"CREATE TABLE plu.{t} (id serial PRIMARY KEY, libelle text, geom geometry(MultiPolygon, 2154));\n"
                for i, t in enumerate(("zones", "prescriptions", "informations", "habillage"))},
             "install.sh": ("#!/bin/sh\npsql -d plu -f sql/0_zones.sql\npsql -d plu -f sql/1_prescriptions.sql\n"
                            "ogr2ogr -f PostgreSQL PG:dbname=plu zones.shp -nln plu.zones\n"
                            "ogr2ogr -f PostgreSQL PG:dbname=plu prescriptions.shp -nln plu.prescriptions\n")}
    report, _ = judge(tmp_path, model, ["documentation.docs"], name="plu")
    assert report["facts"]["project"]["kind"] == "data-model", report["facts"]["project"]
