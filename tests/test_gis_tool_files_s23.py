"""GIS and data-integration tool files (issue 12, session 23 reader m3 family 1, meldig/Workbench and meldig/styles_carto): FME
workspaces (.fmw) and QGIS layer definitions (.qlr) naming the authority's own servers and EPSG:2154 passed territory-neutral and
left interoperability.geo "not applicable" / "legal reference system: no": the text scan read no .fmw/.qlr/.qml/.qgs/.sld, and a
file over 512 KB was left out silently. These XML files are now read as settings (up to 2 MB); a file that could hold a value and
was left unread for its size is named, and with nothing else found the check is inconclusive, not a pass."""

from __future__ import annotations

from auditor.facts.textscan import file_class, is_scannable
from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.territory-neutral", "interoperability.geo"]


def _qlr(url: str, layers: int = 1, pad: int = 0) -> str:
    layer = ("  <maplayer type=\"vector\"><id>couche_{i}</id>\n"
             f"    <datasource>pagingEnabled='true' srsname='EPSG:2154' typename='OCCUPATION:couche_{{i}}' url='{url}' version='auto'</datasource>\n"
             "    <provider>WFS</provider>\n  </maplayer>\n")
    filler = "".join(f"  <!-- style {k:06d} : remplissage de symbologie, sans adresse -->\n" for k in range(pad))
    return "<!DOCTYPE qgis-layer-definition>\n<qlr>\n <maplayers>\n" + "".join(layer.replace("{i}", str(i)) for i in range(layers)) + filler + " </maplayers>\n</qlr>\n"


def _fmw(server: str, pad: int) -> str:
    head = "#! <?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n#! <WORKSPACE>\n#! <GLOBAL_PARAMETER GUI_LINE=\"GUI CHOICE SRC_SYSTEME EPSG:2154\" DEFAULT_VALUE=\"EPSG:2154\"/>\n"
    body = "".join(f"#! <TRANSFORMER IDENTIFIER=\"{k}\" TYPE=\"Reprojector\" VERSION=\"1\"/>\n" for k in range(pad))
    return head + body + f"#! </WORKSPACE>\nDEFAULT_MACRO SRC_SYSTEME EPSG:2154\nDEFAULT_MACRO URL_SERVEUR https://{server}/geoserver/wfs\n"


def test_gis_tool_files_are_read_as_settings():
    for name in ("chaines/conversion.fmw", "couches/ocs.qlr", "styles/ocs.qml", "projet.qgs", "styles/ocs.sld"):
        assert file_class(name) == "config", name

    class E:  # an inventory entry, as the scan sees it
        kind, path = "file", "couches/ocs.qlr"
        name = "ocs.qlr"
    assert is_scannable(E())


# (Workbench, styles_carto) an FME workspace of 600 KB and a layer definition pointing at the authority's own GeoServer in EPSG:2154
def test_a_layer_definition_and_an_fme_workspace_on_the_authoritys_servers_are_found(tmp_path):
    files = {"README.md": "# Styles et chaînes\n",
             "couches/occupation_wfs.qlr": _qlr("https://geo.vendee.fr/geoserver/OCCUPATION/wfs", layers=3),
             "chaines/conversion_dwg_gpkg.fmw": _fmw("sig.vendee.fr", 9000)}
    assert len(files["chaines/conversion_dwg_gpkg.fmw"]) > 512 * 1024
    _, res = judge(tmp_path, files, CHECKS)
    terr, geo = res["reusability.territory-neutral"], res["interoperability.geo"]
    assert terr["status"] in ("warn", "fail"), terr["message"]
    paths = {e.get("path") for e in terr["evidence"]}
    assert {"couches/occupation_wfs.qlr", "chaines/conversion_dwg_gpkg.fmw"} <= paths, terr["evidence"]
    assert geo["status"] not in ("not_applicable", "inconclusive"), geo["message"]
    assert geo["details"]["legal_crs"] is True, geo["message"]


# the right neighbour: a layer definition naming only a national service (the Géoplateforme) stays neutral
def test_a_layer_definition_on_a_national_service_stays_neutral(tmp_path):
    files = {"README.md": "# Styles\n", "couches/plan.qlr": _qlr("https://data.geopf.fr/wfs/ows")}
    _, res = judge(tmp_path, files, CHECKS)
    terr = res["reusability.territory-neutral"]
    assert terr["status"] == "pass", terr["message"]
    assert "unread_large" not in terr["details"]


# a layer definition too large to read (3 MB): nothing else found is "not measured", named, never a pass
def test_a_layer_definition_too_large_to_read_is_named_and_inconclusive(tmp_path):
    big = _qlr("https://geo.vendee.fr/geoserver/OCCUPATION/wfs", pad=45000)
    assert len(big) > 2 * 1024 * 1024
    xyz = ("<!DOCTYPE qgis-layer-definition>\n<qlr>\n <maplayers>\n  <maplayer type=\"raster\">\n"
           "    <datasource>type=xyz&amp;url=https://tile.openstreetmap.org/{z}/{x}/{y}.png</datasource>\n  </maplayer>\n </maplayers>\n</qlr>\n")
    files = {"README.md": "# Styles\n", "couches/fond.qlr": xyz, "couches/scot_wfs.qlr": big}
    _, res = judge(tmp_path, files, CHECKS)
    terr = res["reusability.territory-neutral"]
    assert terr["status"] == "inconclusive", terr["message"]
    assert "couches/scot_wfs.qlr" in terr["message"]["en"] and "not read" in terr["message"]["en"], terr["message"]
    assert terr["details"]["unread_large"] == 1
    geo = res["interoperability.geo"]
    assert "not measured" in geo["message"]["en"] and "couches/scot_wfs.qlr" in geo["message"]["en"], geo["message"]


# (Workbench) FME workspaces reprojecting from EPSG:2154, nothing else geographic: the project handles geographic data, not "n/a";
# the neighbour, an FME workspace with no reference system nor geographic service, stays not applicable
def test_fme_workspaces_in_the_legal_crs_are_geographic(tmp_path):
    _, res = judge(tmp_path, {"chaines/reprojection.fmw": _fmw("sig.vendee.fr", 10)}, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] not in ("not_applicable", "inconclusive") and geo["details"]["legal_crs"] is True, geo["message"]
    plain = "#! <WORKSPACE>\n#! <TRANSFORMER TYPE=\"AttributeRenamer\"/>\n#! </WORKSPACE>\nDEFAULT_MACRO FICHIER_CSV C:/temp/entree.csv\n"
    _, res = judge(tmp_path, {"chaines/renommage.fmw": plain}, ["interoperability.geo"], name="plain")
    assert res["interoperability.geo"]["status"] == "not_applicable", res["interoperability.geo"]["message"]


# (Workbench) an FME workspace reading the sponsor's perimeter table by its feature type (G_REFERENTIEL.MEL, the MEL's acronym
# after organisations.yml's "(MEL)") holds a territory's value; a feature type of a neutral name stays neutral
def test_an_fme_feature_type_named_after_the_authority_is_a_territory_value(tmp_path):
    def fmw(table: str) -> str:
        return ("#! <WORKSPACE>\n#! </WORKSPACE>\n"
                f"ORACLE_SPATIAL_1_MERGE_DEF ORACLE_SPATIAL_1::{table} EXACT {table} DEFLINE OBJECTID,number\n"
                f"FACTORY_DEF * TeeFactory FACTORY_NAME Splitter INPUT FEATURE_TYPE {table} OUTPUT FEATURE_TYPE {table}_1\n")
    _, res = judge(tmp_path, {"chaines/integration.fmw": fmw("G_REFERENTIEL.MEL")}, ["reusability.territory-neutral"])
    terr = res["reusability.territory-neutral"]
    assert terr["status"] in ("warn", "fail") and "G_REFERENTIEL.MEL" in str(terr["evidence"]), terr["message"]
    _, res = judge(tmp_path, {"chaines/integration.fmw": fmw("G_REFERENTIEL.PERIMETRE")}, ["reusability.territory-neutral"], name="neutral")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["message"]
