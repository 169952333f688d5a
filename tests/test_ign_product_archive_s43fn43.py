"""interoperability.public-building-blocks (issue 12, s43 fn43 = cbn-alpin/sinp-aura-data): a regional data platform's database
scripts download IGN's ADMIN EXPRESS and load its regions (bin/initialize.sh's `download $ign_ae_url $area_raw_file_path`, the setting
area_raw_file_path="${raw_shared_dir}/admin-express_${ign_ae_version}.7z"). After the geoportail legend image was rightly dropped, the
check said "No public building block called". The archive of an IGN reference product a script or a setting names, in any case, is
the use of that data set. Near miss: a README sentence naming the BD TOPO uses nothing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.public-building-blocks"
SCHEMA = ("CREATE SCHEMA ref_geo;\n"
          "CREATE TABLE ref_geo.zone (id serial PRIMARY KEY, code varchar(10), nom varchar(100), geom geometry(MultiPolygon, 2154));\n"
          "CREATE TABLE observation (id serial PRIMARY KEY, espece varchar(100), date_obs date, geom geometry(Point, 2154));\n")
INI = ('# Ne pas modifier : surcharger dans settings.ini\n'
       'log_file="${log_dir}/imports.log"\n'
       'zone_raw_file_path="${raw_dir}/admin-express_${ae_version}.7z"\n'
       'zone_sql_file_path="${raw_dir}/zone_tmp.sql"\n')
SH = ("#!/bin/bash\nsource ../config/settings.default.ini\n\n"
      "function download() {\n  wget --progress=dot $1 -O $2\n}\n\n"
      "function loadZones() {\n  if ! [[ -f \"$zone_raw_file_path\" ]]; then\n    download $ae_url $zone_raw_file_path\n  fi\n"
      "  p7zip -d ${zone_raw_file_path}\n  shp2pgsql -s 2154 REGION.shp ref_geo.tmp_zone > $zone_sql_file_path\n"
      "  psql -f $zone_sql_file_path\n}\n\nloadZones\n")
README = "# Base régionale\n\nSchéma de la base des observations naturalistes de la région et scripts d'import.\n"
FILES = {"README.md": README, "data/sql/001_schema.sql": SCHEMA, "config/settings.default.ini": INI, "bin/initialize.sh": SH}


def test_a_script_s_ign_product_archive_is_a_building_block(tmp_path):
    _, res = judge(tmp_path, FILES, [CID])
    r = res[CID]
    assert "Référentiels IGN (BD TOPO, ADMIN EXPRESS…)" in (r["details"].get("building_blocks") or []), r  # was n/a
    assert r["status"] == "pass", r


def test_a_readme_naming_the_bd_topo_uses_nothing(tmp_path):
    ini = INI.replace("admin-express_${ae_version}.7z", "regions_${ae_version}.7z")
    readme = README + "\nLes limites des régions peuvent venir de la BD TOPO de l'IGN.\n"
    _, res = judge(tmp_path, {**FILES, "config/settings.default.ini": ini, "README.md": readme}, [CID], name="n")
    r = res[CID]
    assert not (r["details"].get("building_blocks") or []), r
    assert r["status"] != "pass", r
