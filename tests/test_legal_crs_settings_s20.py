"""Issue 12, session 20 (reader r1, a métropole's back office of a geOrchestra add-on): the service works in RGF93 CC48 — its
settings say ``geoserver.layerSRID=3948`` and its SQL migrations write ``ST_GeomFromText('POINT(…)', '3948')`` — yet
interoperability.geo said "legal reference system: no". A camelCase setting's name and a quoted SRID given to PostGIS were missed.
A bare number counts as a reference system only where a key or an argument names one (SRID, CRS, projection, a PostGIS
function's SRID): a port 3948, a layer's id or a buffer's distance is none."""

from __future__ import annotations

import re

import pytest

from auditor.facts.signal_registry import load_signals
from tests.test_local_authority_verdicts import judge

POM = """<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>demandes-api</artifactId>
<version>1.0.0</version><dependencies>
<dependency><groupId>org.geotools</groupId><artifactId>gt-epsg-hsql</artifactId><version>27.0</version></dependency>
</dependencies></project>
"""

MAPPER = """package fr.exemple.demandes;

import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Value;

public class PointMapper {
    @Value("${demandes.carto.layerSRID}")
    private int layerSRID;

    public Point toLayer(Point point) {
        point.setSRID(layerSRID);
        return point;
    }
}
"""

SERVICE = {
    "README.md": "# Demandes d'évolution\n\nService des demandes d'évolution du plan local d'urbanisme, publiées sur une carte.\n",
    "pom.xml": POM,
    "src/main/java/fr/exemple/demandes/PointMapper.java": MAPPER,
    "src/main/resources/demandes.properties": ("demandes.carto.url=https://carto.exemple.fr/geoserver/wms\n"
                                               "demandes.carto.layerSRID=3947\nserver.port=8080\n"),
    "sql/maj-1.2.sql": ("UPDATE demandes.lieu SET geometrie = ST_GeomFromText('POINT(1700000 6200000)', '3947') WHERE code = 'A';\n"
                        "UPDATE demandes.lieu SET geometrie = ST_GeomFromText('POINT(1700100 6200100)', '3947') WHERE code = 'B';\n"),
}


def _geo(tmp_path, files, name):
    return judge(tmp_path, files, ["interoperability.geo"], name=name)[1]["interoperability.geo"]


def test_a_camelcase_srid_setting_and_a_quoted_postgis_srid_are_the_legal_system(tmp_path):
    res = _geo(tmp_path, SERVICE, "service")
    assert res["details"]["legal_crs"] is True, res["message"]
    assert "legal reference system: yes" in res["message"]["en"], res["message"]
    # each one alone is enough
    only_settings = {k: v for k, v in SERVICE.items() if not k.startswith("sql/")}
    assert _geo(tmp_path, only_settings, "settings")["details"]["legal_crs"] is True
    only_sql = {k: v for k, v in SERVICE.items() if not k.endswith(".properties")}
    assert _geo(tmp_path, only_sql, "sql")["details"]["legal_crs"] is True


def test_a_port_an_id_or_a_world_srid_is_no_legal_system(tmp_path):
    files = dict(SERVICE)
    files["src/main/resources/demandes.properties"] = ("demandes.carto.layerSRID=4326\ndemandes.carto.layerId=3947\n"
                                                       "server.port=3948\n")
    files["sql/maj-1.2.sql"] = ("UPDATE demandes.lieu SET geometrie = ST_GeomFromText('POINT(2.1 46.5)', '4326') WHERE code = 'A';\n"
                                "UPDATE demandes.lieu SET zone = ST_Buffer(geometrie, 2154) WHERE code = 'B';\n"
                                "INSERT INTO demandes.lieu (id, code) VALUES (3948, 'C');\n")
    res = _geo(tmp_path, files, "near")
    assert res["details"]["legal_crs"] is False, (res["message"], res["evidence"])


LEGAL_CRS = load_signals()["geo.legal-crs"]


@pytest.mark.parametrize(("text", "found"), [
    ("geoserver.layerSRID=3948", True),
    ('"defaultCrs": 2154', True),
    ("sridLocal: 3950", True),
    ("projection: 2154", True),
    ("epsg_code = 3942", True),
    ("SRID: 2154", True),
    ("SELECT ST_SetSRID(geom, 3948::integer) FROM t;", True),
    ("SELECT UpdateGeometrySRID('lieu', 'geom', 2154);", True),
    ("SELECT ST_Transform(geom, 2154) FROM t;", True),
    ("server.port=3948", False),
    ("layerId=3948", False),
    ("maxFeatures: 2154", False),
    ("SELECT ST_Buffer(geom, 2154) FROM t;", False),
    ("SELECT ST_DWithin(a.geom, b.geom, 3948) FROM a, b;", False),
    ("layerSRID=3951", False),  # (the conic zones are CC42 to CC50: 3942 to 3950)
    ("layerSRID=4326", False),
])
def test_a_bare_code_counts_in_a_reference_system_context_only(text, found):
    assert bool(re.search(LEGAL_CRS.pattern, text, LEGAL_CRS.flags)) is found, text
