"""A State institute's own machines, and a State service's forge account (issue 12, session 23: verifier v3 on IGNF/ogam, reader
n2 on DDT95/urbanisme95).

- Any host under ign.fr was an IGN service: a developer's virtual machine (``config.vm.hostname = "ogam.ign.fr"`` in a
  Vagrantfile) and the office's HTTP proxy (``-Dhttps.proxyHost=proxy.ign.fr`` in gradlew) were the evidence of
  interoperability.geo's "IGN: yes" and of the building block "Géoplateforme IGN", while the application's true use, its
  map layers on IGN's WMS/WMTS configured by the data model's SQL (INSERT INTO layer_service … wxs.ign.fr…), was not read. Now
  every host of the Géoplateforme (geopf.fr) and IGN's named services (wxs.ign.fr, apicarto.ign.fr…: auditor/facts/ign_hosts.py)
  are IGN services, read in SQL too (not in an SQL comment); another host of ign.fr is the institute's own machine, and a link a
  visitor follows (<a href="https://…ign.fr/…">) is no use of a service.
- A DDT's account (DDT95: the Direction départementale des territoires du Val-d'Oise) matched no State pattern: the sponsor was
  unknown. A DDT or DDTM named with its département's number is a State service; "DDT" without a number, or an agent's account
  holding a DDT's project, names none."""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import owner_type
from auditor.facts.sponsor_forge import forge_sponsor
from tests.test_local_authority_verdicts import judge
from tests.test_sponsor_forge_owner_s20 import audited, sponsor

VAGRANT = 'Vagrant.configure("2") do |config|\n  config.vm.box = "debian/bookworm64"\n  config.vm.hostname = "outil.ign.fr"\nend\n'
GRADLEW = '#!/bin/sh\nDEFAULT_JVM_OPTS="-Dhttps.proxyHost=proxy.ign.fr -Dhttps.proxyPort=3128"\nexec java $DEFAULT_JVM_OPTS -jar gradle/wrapper/gradle-wrapper.jar "$@"\n'
MAP_JS = ("import Map from 'ol/Map';\nimport TileLayer from 'ol/layer/Tile';\nimport OSM from 'ol/source/OSM';\n"
          "export const map = new Map({ target: 'carte', layers: [new TileLayer({ source: new OSM() })] });\n")
FILES = {"README.md": "# Outil\n\nSaisie des placettes d'inventaire sur une carte.\n", "Vagrantfile": VAGRANT, "gradlew": GRADLEW,
         "web/src/map.js": MAP_JS, "web/package.json": '{"name": "outil", "dependencies": {"ol": "9.2.4"}}\n',
         "service/src/main/java/fr/exemple/App.java": "package fr.exemple;\npublic class App { public static void main(String[] a) {} }\n"}
ONLY = ["interoperability.geo", "interoperability.public-building-blocks"]


def _ign_evidence(res: dict) -> list:
    return [(e.get("path"), e.get("value")) for r in res.values() for e in r["evidence"]
            if "ign.fr" in str(e.get("value")) or e.get("value") == "Géoplateforme IGN"]


def test_a_vms_name_and_the_office_proxy_under_ign_fr_are_no_ign_service(tmp_path):
    report, res = judge(tmp_path, FILES, ONLY)
    assert _ign_evidence(res) == [], _ign_evidence(res)
    assert "IGN / geo.api.gouv.fr / API Adresse / legal reference system: no" in res["interoperability.geo"]["message"]["en"], res["interoperability.geo"]["message"]


def test_the_geoplateforme_and_named_ign_services_stay_ign_services(tmp_path):
    files = dict(FILES)
    files["web/src/layers.js"] = ("import WMTS from 'ol/source/WMTS';\n"
                                  "export const plan = 'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2';\n"
                                  "export const parcelles = 'https://apicarto.ign.fr/api/cadastre/parcelle';\n")
    _report, res = judge(tmp_path, files, ONLY)
    blocks = [e["value"] for e in res["interoperability.public-building-blocks"]["evidence"]]
    assert "Géoplateforme IGN" in blocks, blocks
    assert "legal reference system: yes" in res["interoperability.geo"]["message"]["en"], res["interoperability.geo"]["message"]


SQL = ("-- couches de la carte (ancienne adresse : https://gpp3-wxs.ign.fr/cle/geoportail/wms)\n"
       "INSERT INTO layer_service (name, config) VALUES ('ortho', '{\"urls\":[\"https://data.geopf.fr/wms-r?\"],\"params\":{\"SERVICE\":\"WMS\"}}');\n")
PAGE = '<html><body><p>Voir aussi <a href="https://inventaire-forestier.ign.fr/">l\'inventaire forestier</a>.</p></body></html>\n'


def test_an_ign_layer_configured_by_the_data_models_sql_is_read_a_link_is_not(tmp_path):
    files = dict(FILES)
    files["web/index.html"] = PAGE
    _report, res = judge(tmp_path, files, ONLY)
    assert _ign_evidence(res) == [], _ign_evidence(res)  # (the link alone)
    files["database/2-populate.sql"] = SQL
    _report, res = judge(tmp_path, files, ONLY, name="s")
    found = [(e["path"], e.get("line"), e["value"]) for e in res["interoperability.public-building-blocks"]["evidence"] if e["value"] == "Géoplateforme IGN"]
    assert found == [("database/2-populate.sql", 2, "Géoplateforme IGN")], res["interoperability.public-building-blocks"]["evidence"]


class _Target:
    def __init__(self, owner, host="github.com"):
        self.host, self.owner = host, owner


@pytest.mark.parametrize("account", ["DDT95", "ddtm-34", "ddt2a", "DDTM976", "sig-ddt13"])
def test_a_ddt_named_with_its_departements_number_is_a_state_service(account):
    assert forge_sponsor(_Target(account))[0] == "state"
    assert owner_type(account, "Organization") == "public"


@pytest.mark.parametrize("account", ["ddt", "ddt-20", "ddt951", "pro_ddt_observatoire", "jdupont-ddt", "ddtlib"])
def test_what_names_no_ddt(account):
    assert forge_sponsor(_Target(account)) is None


def test_a_ddts_repository_has_the_states_sponsor_type(tmp_path):
    files = {"README.md": "# Observatoire\n\nCarte de l'urbanisme du département.\n", "src/index.js": "export const a = 1;\n"}
    assert sponsor(audited(tmp_path, "https://github.com/DDT13/observatoire.git", files)) == ("state", "forge-owner", "github.com/DDT13 (« ddt »)")
