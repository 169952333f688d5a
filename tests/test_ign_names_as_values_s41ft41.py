"""A building block's name as a data value is no use of it (issue 12, s41 ft41 = cigalsace/zaphirweb).

A metadata converter ships a sample record whose keywords include {"keyword": "Géoportail", "type": "theme"}, and a GDAL module
tried on "shp/31372_bd_topo.shp" in its `if __name__ == "__main__":` demo. public-building-blocks passed on "Géoplateforme IGN,
Référentiels IGN (BD TOPO…)". A metadata keyword and a sample file's name in a __main__ demo are no call, import or endpoint.
Near miss: a module requesting IGN's WFS and reading a BD TOPO layer at module level keeps both blocks.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

APP = '''import bottle

from api.shp_info import get_shp_info

app = bottle.Bottle()


@app.post('/info')
def info():
    return get_shp_info(bottle.request.forms.path)
'''
RECORD = '''{
    "md_title": "Fiche exemple",
    "data_keywords": [
        {
            "keyword": "données ouvertes",
            "type": "theme"
        },
        {
            "keyword": "Géoportail",
            "type": "theme"
        }
    ]
}
'''
SHP = '''from osgeo import ogr


def get_shp_info(shp_file):
    source = ogr.Open(shp_file)
    layer = source.GetLayer()
    return {"features": layer.GetFeatureCount()}

{tail}'''
DEMO = '''if __name__ == "__main__":
    shp_file = "shp/31372_bd_topo.shp"
    print(get_shp_info(shp_file))
'''
USE = '''ROADS = "data/bd_topo_routes.shp"
WFS = "https://data.geopf.fr/wfs/ows?service=WFS&request=GetFeature&typeName=BDTOPO_V3:commune"


def roads():
    import requests
    requests.get(WFS, timeout=30)
    return get_shp_info(ROADS)
'''


def _files(tail):
    return {"app.py": APP, "api/__init__.py": "", "api/shp_info.py": SHP.replace("{tail}", tail), "api/json/md.json": RECORD,
            "README.md": "# Convertisseur\n\nConvertit les fiches de métadonnées.\n"}


def test_a_keyword_and_a_demo_file_name_are_no_building_block(tmp_path):
    _, res = judge(tmp_path, _files(DEMO), ["interoperability.public-building-blocks"])
    r = res["interoperability.public-building-blocks"]
    assert not [b for b in r["details"].get("building_blocks", []) if "IGN" in b], (r["message"], r["evidence"])


def test_a_wfs_request_and_a_layer_read_by_the_module_stay_blocks(tmp_path):
    _, res = judge(tmp_path, _files(USE), ["interoperability.public-building-blocks"], name="u")
    r = res["interoperability.public-building-blocks"]
    blocks = r["details"].get("building_blocks", [])
    assert "Géoplateforme IGN" in blocks and "Référentiels IGN (BD TOPO, ADMIN EXPRESS…)" in blocks, (r["message"], r["evidence"])
