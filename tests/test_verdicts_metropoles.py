"""Verdicts found wrong at first read on cities' and métropoles' repositories (issue 12, session 4), each on a
git fixture shaped like the real case: a GIS kit's PowerShell download script with the territory's bbox, copied
libraries of a static 3D viewer, top-level classes of classic browser scripts, 3D Tiles as an OGC standard."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

LICENSE = "Copyright (c) 2024 Eurométropole\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n"

# A QGIS kit of a métropole's GIS team: osm2pgsql styles, a PowerShell script downloading the territory's OSM extract
GIS_KIT = {
    "README.md": "# Carto\n\nUne carte du territoire à partir d'OpenStreetMap.\n\n## Gestion des données\n\n"
                 "Le téléchargement se fait avec `telechargement.ps1`. Pour charger les données en base, utilisez osm2pgsql :\n\n"
                 "```\nosm2pgsql --create --output=flex --style=route.lua carto.osm.pbf\n```\n",
    "carto.qgs": "<qgis projectname=\"carto\" version=\"3.28\"><projectlayers></projectlayers></qgis>\n",
    "route.lua": "local route = osm2pgsql.define_way_table('route', {\n    { column = 'highway', type = 'text' },\n"
                 "    { column = 'geom', type = 'linestring' },\n})\n",
    "telechargement.ps1": "$body = '{\"Name\":\"none\", \"RegionType\":\"bbox\", \"RegionData\":[48.378145,7.550354,48.715431,7.921143]}'\n"
                          "$id = (Invoke-RestMethod -Uri \"https://slice.openstreetmap.us/api/\" -Method POST -Body $body)\n",
}


def test_a_powershell_download_script_is_read_and_its_bbox_is_a_territory_value(tmp_path):
    _, res = judge(tmp_path, GIS_KIT, ["reusability.territory-neutral", "scaling.hosting"])
    t = res["reusability.territory-neutral"]
    assert t["status"] in ("warn", "fail"), t["message"]
    assert [e["path"] for e in t["evidence"] if e.get("kind") == "finding"] == ["telechargement.ps1"]
    assert "aucune adresse externe" not in res["scaling.hosting"]["message"]["fr"]  # slice.openstreetmap.us is read
    # the same request for a whole-France extract names no territory
    national = {**GIS_KIT, "telechargement.ps1": GIS_KIT["telechargement.ps1"].replace("48.378145,7.550354,48.715431,7.921143",
                                                                                      "41.3,-5.2,51.1,9.6")}
    _, res = judge(tmp_path, national, ["reusability.territory-neutral"], name="fr")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]


def test_a_qgis_projects_postgis_server_is_an_internal_connection(tmp_path):
    qgs = ("<qgis projectname=\"carto\" version=\"3.28\"><projectlayers><maplayer>"
           "<datasource>dbname='sigli' host=bdsigli.cus.fr port=34000 sslmode=disable key='id' srid=3948 type=Polygon "
           "table=\"osm_import\".\"batiment\" (geom)</datasource><provider encoding=\"\">postgres</provider></maplayer>"
           "<maplayer><datasource>service='sig' table=\"public\".\"route\"</datasource><provider>postgres</provider></maplayer>"
           "</projectlayers></qgis>\n")
    _, res = judge(tmp_path, {**GIS_KIT, "carto.qgs": qgs}, ["scaling.hosting"])
    h = res["scaling.hosting"]
    assert h["status"] in ("warn", "fail") and "bdsigli.cus.fr" in h["message"]["fr"] + str(h["evidence"]), h
    assert [e["path"] for e in h["evidence"] if "internal" in str(e.get("value"))] == ["carto.qgs"]  # the pg_service names no host
