"""scaling.vendor-lock-in and interoperability.geo: a commercial map-tiles service called with an account's key is a proprietary
map service (issue 12, s45 fh45 = reader re45's merryspankersltd/fiches-sport).

Each printed record's template drew its map from tiles.stadiamaps.com/static/…?api_key=…&center=<lat>,<lon>, a paid static-map
API: vendor-lock-in said "No proprietary service or tool of the list detected" and geo "handles no detectable map or geographic
data". Stadia Maps (and Thunderforest, Jawg) are now in the list of proprietary services. Near miss: OpenStreetMap's own tiles stay
no proprietary service."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PAGE = ('<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>Équipement</title></head>\n<body>\n'
        '<h1>Gymnase</h1>\n<img alt="Plan" src="https://{host}/{path}?api_key=0000aaaa-1111-bbbb-2222-cccc3333dddd'
        '&center=45.76,4.83&zoom=14&size=600x400">\n</body>\n</html>\n')


def _results(tmp_path, host, path, tag):
    files = {"README.md": "# Équipements\n\nPage d'un équipement sportif et son plan.\n", "index.html": PAGE.format(host=host, path=path)}
    return judge(tmp_path, files, ["scaling.vendor-lock-in", "interoperability.geo"], name=tag)[1]


def test_a_commercial_static_map_service_is_a_proprietary_map_service(tmp_path):
    res = _results(tmp_path, "tiles.stadiamaps.com", "static/alidade_smooth", "stadia")
    assert res["scaling.vendor-lock-in"]["status"] in ("warn", "fail") and "Stadia Maps" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    assert res["interoperability.geo"]["status"] != "not_applicable", res["interoperability.geo"]["message"]


def test_near_miss_openstreetmap_tiles_are_no_proprietary_service(tmp_path):
    res = _results(tmp_path, "tile.openstreetmap.org", "14/8300/5800.png", "osm")
    assert "Stadia" not in res["scaling.vendor-lock-in"]["message"]["en"]
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
