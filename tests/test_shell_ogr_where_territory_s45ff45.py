"""One département's code in a GDAL/OGR where clause of a shell script is hard-coded (issue 12, s45 ff45 = reader rb45's
Tristan14123/cpgeom_doc).

cpgeom_doc: script2.sh cuts IGN's BD ALTI to one département: `ogr2ogr … BDTOPO_V3:departement -where "code_insee='14'"` then
`gdalwarp … -cwhere "code_insee='14'"` (Calvados). interoperability.identifiers said "hard-coded values: 0" and
reusability.territory-neutral "No territory-specific value", though the very lines were the identifiers' evidence. Rule now: a
code compared with an INSEE/département/region field in the where clause given to a GDAL/OGR command (-where, -cwhere, -sql…) of a
shell script is a territory's value written in code, as in a .sql file. Near miss: the same commands taking the code from a
variable, and a where clause on a field that is no territory code, stay clean."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

IDS = "interoperability.identifiers"
TERR = "reusability.territory-neutral"


def _script(where: str, cut: str) -> str:
    return ("#!/bin/bash\n# découpe le MNT sur le département\n"
            "wget -q https://example.org/mnt.7z && 7z x mnt.7z\n"
            f"ogr2ogr -f GPKG limites.gpkg WFS:https://example.org/wfs BDTOPO_V3:departement -where \"{where}\"\n"
            f"gdalwarp -of GTiff -cutline limites.gpkg -cwhere \"{cut}\" -crop_to_cutline mnt.vrt mnt_decoupe.tif\n"
            "gdaldem hillshade mnt_decoupe.tif ombrage.tif\n")


def _files(script: str) -> dict:
    return {"README.md": "# Relief\n\nScripts de préparation du relief.\n", "scripts/decoupe.sh": script}


def test_a_departement_in_an_ogr_where_clause_is_hard_coded(tmp_path):
    _r, res = judge(tmp_path, _files(_script("code_insee='61'", "code_insee='61'")), [IDS, TERR], name="dep")
    assert res[IDS]["details"]["hard_coded"] >= 1, res[IDS]["message"]
    assert any(e.get("path") == "scripts/decoupe.sh" and e.get("line") == 4 for e in res[IDS]["evidence"]), res[IDS]["evidence"]
    assert res[TERR]["status"] in ("warn", "fail") and any(e.get("line") == 5 for e in res[TERR]["evidence"]), res[TERR]


def test_near_miss_a_variable_or_another_field_is_no_territory_value(tmp_path):
    script = _script("code_insee='${DEP}'", "nature='61'").replace("# découpe", "DEP=\"$1\"\n# découpe")
    _r, res = judge(tmp_path, _files(script), [IDS, TERR], name="var")
    assert res[IDS]["details"].get("hard_coded", 0) == 0, res[IDS]["message"]
    assert res[TERR]["status"] == "pass", res[TERR]["message"]
