"""interoperability.geo: a GIS kit's layers taken from IGN's reference data, said only in its documentation's layer table (issue 12,
session 15's reads: sigagglocompiegne/ref_fondplan, 17 SLD styles and an admin doc whose table gives "BDTopo IGN" as the source of
three layers) got "IGN / … / legal reference system: no": IGN was read from code only, and a kit has no code naming its sources."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SLD = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\">\n"
       "<NamedLayer><Name>{name}</Name><UserStyle><FeatureTypeStyle><Rule><PolygonSymbolizer><Fill>"
       "<CssParameter name=\"fill\">#a0c8f0</CssParameter></Fill></PolygonSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer>\n"
       "</StyledLayerDescriptor>\n")
TABLE = ("# Fond de plan\n\n## Construction\n\n| Table | Source | Usage | Style |\n|:---|:---|:---|:---|\n"
         "| geo_plan_fond | Occupation du sol 2015 | fond | fond.sld |\n"
         "| geo_zone_vegetation | BD TOPO IGN | végétation | vegetation.sld |\n"
         "| geo_surface_hydro | BD TOPO IGN | rivières | hydro.sld |\n")


def _kit(doc: str) -> dict:
    return {"README.md": "# Fond de plan\n\nStyles du plan de référence.\n", "doc/admin.md": doc,
            **{f"sld/{n}.sld": SLD.format(name=n) for n in ("fond", "vegetation", "hydro")}}


def test_ign_data_named_in_a_gis_kits_layer_table_is_read(tmp_path):
    report, res = judge(tmp_path, _kit(TABLE), ["interoperability.geo"])
    assert report["facts"]["project"]["kind"] == "gis-kit", report["facts"]["project"]
    geo = res["interoperability.geo"]
    assert geo["details"]["ign"] is True, geo["message"]
    assert any(e.get("path") == "doc/admin.md" and e.get("line") == 8 for e in geo["evidence"]), geo["evidence"]


def test_ign_named_in_the_docs_prose_is_no_source(tmp_path):
    doc = "# Fond de plan\n\nOn pourrait un jour utiliser la BD TOPO.\n"
    _report, res = judge(tmp_path, _kit(doc), ["interoperability.geo"], name="p")
    assert res["interoperability.geo"]["details"]["ign"] is False, res["interoperability.geo"]["message"]
