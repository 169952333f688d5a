"""interoperability.geo on shapes read in session 9: a GeoNature data kit whose scripts take the local SRID from a settings
file (cbn-alpin/floresentinelle-data: shared/config/settings.default.ini `db_srid_local=2154`, read "legal reference system: no")."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO = ["interoperability.geo"]

_INI = ("# Database\ndb_host=\"localhost\"\ndb_name=\"geonature2db\"\n"
        "# Postgis SRID use by GeoNature (see config/settings.ini -> srid_local property)\ndb_srid_local=2154\n")
_SH = ("#!/bin/bash\nsource \"${conf_dir}/settings.default.ini\"\n\n"
       "function installPostgis() {\n    sudo apt-get install -y postgis postgresql-11-postgis-2.5\n}\n\n"
       "psql -h \"${db_host}\" -d \"${db_name}\" -v localSrid=\"${db_srid_local}\" -f \"${sql_dir}/01_migrate_synthese.sql\"\n")
_SQL = ("INSERT INTO gn_synthese.synthese (unique_id_sinp, the_geom_local)\n"
        "SELECT unique_id_sinp, ST_Transform(the_geom_4326, :localSrid) FROM imports.rcfaa;\n")


def test_an_srid_set_in_a_settings_file_is_a_legal_reference_system(tmp_path):
    geo = judge(tmp_path, {"shared/config/settings.default.ini": _INI, "migrate/bin/migrate_gn.sh": _SH,
                           "migrate/sql/01_migrate_synthese.sql": _SQL}, GEO)[1]["interoperability.geo"]
    assert geo["details"]["legal_crs"] is True, geo["message"]["en"]
    assert "legal reference system: yes" in geo["message"]["en"], geo["message"]["en"]


def test_an_srid_setting_of_a_world_system_is_none(tmp_path):
    geo = judge(tmp_path, {"shared/config/settings.default.ini": _INI.replace("=2154", "=4326"), "migrate/bin/migrate_gn.sh": _SH,
                           "migrate/sql/01_migrate_synthese.sql": _SQL}, GEO)[1]["interoperability.geo"]
    assert geo["details"].get("legal_crs") is False, geo["message"]["en"]


_ADE = ('"""build_thesaurus_from_ade.py"""\nimport fiona\nfrom shapely.geometry import shape\n\n\n'
        'def build(ade_dir):\n    """This command creates a SKOS thesaurus for the french municipalities based on the ADMIN EXPRESS\n'
        '    dataset from IGN."""\n    with fiona.open(ade_dir + "/COMMUNE.shp") as src:\n'
        '        return [shape(f["geometry"]).bounds for f in src]\n')


def test_an_ign_reference_data_set_named_in_code_is_ign(tmp_path):
    # geopicardie/thesaurus_builder: thesauri of communes built from IGN's ADMIN EXPRESS read "IGN …: no"
    files = {"requirements.txt": "fiona\nshapely\n", "build_thesaurus_from_ade.py": _ADE,
             "config_ade.yml": "ade_dir_name: ./temp/in/ADMINEXPRESS/1_DONNEES_LIVRAISON_2016-11-15/ADE_1-0_SHP_LAMB93_FR\n"}
    geo = judge(tmp_path, files, GEO)[1]["interoperability.geo"]
    assert geo["details"]["ign"] is True, geo["message"]["en"]


def test_an_express_admin_router_is_no_ign_data_set(tmp_path):
    files = {"package.json": '{"name": "back", "dependencies": {"express": "^4.18.0", "leaflet": "^1.9.0"}}',
             "src/app.js": "const express = require('express')\nconst adminExpress = express()\nconst bdTopology = require('./topology')\n"
                           "app.use('/admin', adminExpress)\n"}
    geo = judge(tmp_path, files, GEO)[1]["interoperability.geo"]
    assert not geo["details"].get("ign"), geo["message"]["en"]


def test_a_mapproxy_tile_server_image_handles_maps(tmp_path):
    # geopicardie/docker-mapproxy: a Docker image installing python-mapnik and creating MapProxy's WSGI app read "no detectable map"
    files = {"Dockerfile": ("FROM ubuntu:trusty\nRUN apt-get update && apt-get install -y apache2 python-pyproj python-pil python-mapnik "
                            "libapache2-mod-wsgi\nRUN useradd -d /srv/mapproxy mapproxy\n"
                            "RUN mapproxy-util create -t wsgi-app -f /srv/mapproxy/mapproxy.yaml /srv/mapproxy/www/config.py\n"
                            "ADD apache.conf /etc/apache2/conf-enabled/mapproxy.conf\nADD run /usr/local/bin/run\nEXPOSE 80\n"),
             "apache.conf": "WSGIScriptAlias /mapproxy /srv/mapproxy/www/config.py\n", "run": "#!/bin/bash\n/usr/sbin/apache2ctl -D FOREGROUND\n"}
    geo = judge(tmp_path, files, GEO)[1]["interoperability.geo"]
    assert geo["status"] != "not_applicable" and "OGC: yes" in geo["message"]["en"], geo["message"]["en"]


def test_a_web_server_image_handles_no_map(tmp_path):
    files = {"Dockerfile": "FROM ubuntu:trusty\nRUN apt-get install -y apache2 python-pil\nADD run /usr/local/bin/run\nEXPOSE 80\n",
             "run": "#!/bin/bash\n/usr/sbin/apache2ctl -D FOREGROUND\n"}
    geo = judge(tmp_path, files, GEO)[1]["interoperability.geo"]
    assert geo["status"] == "not_applicable", geo["message"]["en"]
