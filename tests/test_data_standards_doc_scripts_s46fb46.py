"""interoperability.data-standards on a documentation site whose only formats are its example scripts' (issue 12, s46 fb46; reader
rb45, re-reader va45).

Tristan14123/cpgeom_doc, a MkDocs site of GIS tutorials, shows two shell scripts (docs/ariege.sh, docs/script2.sh, copied into the built
site/) that download IGN's BD ALTI and BD TOPO and cut them with GDAL into GeoTIFF, GeoPackage and Shapefile: fail 3.0 "Open formats:
GeoPackage, GeoTIFF, Shapefile … describe each data file with a Table Schema", for a site holding no data file. A tutorial's commands
over others' data publish nothing: now not applicable. Near miss: a static site with a CSV of its own stays judged."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
SCRIPT = ("#!/bin/bash\nread -p \"Département ? \" DEP\nwget -P $DEP/mnt https://exemple.org/altimetrie_$DEP.7z\n"
          "gdal_merge.py -o $DEP/mnt/relief.tif $DEP/asc/*.asc\n"
          "ogr2ogr -f GPKG $DEP/limites.gpkg WFS:https://exemple.org/wfs departement -where \"code_insee='$DEP'\"\n"
          "gdalwarp -cutline $DEP/limites.gpkg -crop_to_cutline $DEP/mnt/relief.tif $DEP/mnt/relief_decoupe.tif\n")
FILES = {"mkdocs.yml": "site_name: Tutoriels SIG\nnav:\n  - index.md\n", "docs/index.md": "# Tutoriels\n\nFaire un relief : voir relief.sh\n",
         "docs/relief.sh": SCRIPT, "site/index.html": "<html><body><h1>Tutoriels</h1></body></html>\n", "site/relief.sh": SCRIPT}


def test_example_scripts_of_a_documentation_site_are_not_applicable(tmp_path):
    report, res = judge(tmp_path, FILES, [CID])
    r = res[CID]
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    assert r["status"] == "not_applicable", r["message"]
    assert "site/relief.sh" in r["message"]["en"] and "scripts d'exemple" in r["message"]["fr"], r["message"]


def test_near_miss_a_site_with_its_own_csv_stays_judged(tmp_path):
    files = dict(FILES, **{"docs/data/stations.csv": "code,nom\n1,Foix\n"})
    r = judge(tmp_path, files, [CID], "csv")[1][CID]
    assert r["status"] in ("fail", "warn"), r["message"]
