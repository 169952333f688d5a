"""interoperability.geo (issue 12, session 31, reader m23o4: camptocamp/mel-dataplatform): an Angular data-catalogue front-end imports
``@camptocamp/ogc-client`` (the OGC client of GeoNetwork-UI: WMS/WFS/WMTS and OGC API Features) and the check said "OGC: no".
An OGC client library imported by the code (@camptocamp/ogc-client, OpenLayers' ol/format/WFS), like OWSLib in Python, is OGC
evidence; a map drawn with OpenLayers alone stays "OGC: no"."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.geo"
MAP = "import Map from 'ol/Map'\nimport VectorLayer from 'ol/layer/Vector'\nexport const map = new Map({ layers: [new VectorLayer()] })\n"


def files(module: str) -> dict:
    return {"README.md": "# Datahub\n\nPortail de données de la métropole.\n",
            "package.json": '{"name": "datahub", "license": "GPL-3.0-only", "dependencies": {"ol": "^9.1.0", "@angular/core": "^17.0.0"}}\n',
            "apps/datahub/src/app/map.ts": MAP, "apps/datahub/src/app/app.module.ts": module}


def test_an_imported_ogc_client_library_is_ogc_evidence(tmp_path):
    module = ("import { NgModule } from '@angular/core'\nimport { setCacheExpiryDuration } from '@camptocamp/ogc-client'\n\n"
              "setCacheExpiryDuration(3600)\n@NgModule({})\nexport class AppModule {}\n")
    r = check_result(tmp_path, files(module), CID)
    assert r["details"]["ogc"] is True, (r["message"], r["evidence"])  # was "OGC: no"
    assert any(e.get("path") == "apps/datahub/src/app/app.module.ts" for e in r["evidence"]), r["evidence"]


def test_an_openlayers_map_alone_is_no_ogc_evidence(tmp_path):
    r = check_result(tmp_path, files("import { NgModule } from '@angular/core'\n@NgModule({})\nexport class AppModule {}\n"), CID)
    assert r["details"]["ogc"] is False, (r["message"], r["evidence"])
