"""interoperability.geo: a command-line tool converting its user's tables with ogr2ogr (issue 12, s46 ff46 = reader rb46,
remifroger/pgexport).

A Python CLI runs GDAL's ogr2ogr on the PostGIS tables its user lists in a settings file (schema.table lines) to write CSV and
ESRI Shapefile; it has no map, no service and no reference data of its own. The check warned "OGC: no; IGN … legal reference
system: no": the exemption for a tool working on its user's data needed a QGIS Processing or point-cloud signal. Near miss: the
same tool also naming an OGC service of its own (a WFS address) is judged on it. Fixtures written for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.geo"
MAIN = ("import os\nimport subprocess\nimport sys\n\nsortie = sys.argv[1]\nwith open('tables.txt') as f:\n    tables = f.read().splitlines()\n\n"
        "pg = 'PG:host={0} dbname={1}'.format(os.getenv('PGHOST'), os.getenv('PGDB'))\nfor t in tables:\n"
        "    subprocess.check_call(['ogr2ogr', '-f', 'ESRI Shapefile', os.path.join(sortie, t + '.shp'), pg, t])\n")
FILES = {"README.md": "# Export\n\nExporte des tables PostGIS en Shapefile.\n\n## Usage\n\n`python main.py /tmp/sortie`\n",
         "main.py": MAIN, "tables.txt": "public.parcelles\n"}


def test_a_gdal_converter_of_the_users_tables_is_judged_on_its_formats(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "pass" and r["details"]["users_data"] is True, r["message"]
    assert "GDAL" in r["message"]["en"], r["message"]


def test_near_miss_a_converter_naming_its_own_wfs_service_is_judged_on_it(tmp_path):
    main = MAIN + "\nsubprocess.check_call(['ogr2ogr', '-f', 'GPKG', 'ref.gpkg', 'WFS:https://geo.exemple.org/wfs?SERVICE=WFS&REQUEST=GetCapabilities'])\n"
    r = check_result(tmp_path, {**FILES, "main.py": main}, CID)
    assert r["details"]["users_data"] is False, r["message"]
