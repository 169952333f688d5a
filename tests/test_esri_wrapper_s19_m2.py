"""Session 19 (m2, reader d2's opt-nc-dev/poc-sido-ionic): an Ionic/Angular mobile application drawing the device's position on an
Esri map through an operator's own Angular wrapper of the ArcGIS Maps SDK (opt-angular-esrimap in package.json, its
OptEsriMapComponent's mapView) was read as handling no map (geo and public-building-blocks not applicable) and using no proprietary
service (vendor-lock-in pass): the wrapper's name was in no list."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.vendor-lock-in", "interoperability.geo", "interoperability.public-building-blocks"]
PAGE = ("import {Component, ViewChild} from '@angular/core';\nimport {Geolocation} from '@ionic-native/geolocation/ngx';\n"
        "import {CarteEsriComponent} from 'ville-angular-esrimap';\n\n@Component({selector: 'app-carte', templateUrl: 'carte.page.html'})\n"
        "export class CartePage {\n    @ViewChild('carte') carte: CarteEsriComponent;\n    constructor(private geolocation: Geolocation) {}\n\n"
        "    ngAfterViewInit() {\n        const vue = this.carte.mapView;\n        vue.constraints.minZoom = 3;\n    }\n}\n")


def _app(deps):
    return {"package.json": json.dumps({"name": "tournees", "version": "0.0.1", "dependencies": deps}), "package-lock.json": "{}",
            "config.xml": "<widget id=\"nc.ville.tournees\" version=\"0.0.1\"><name>Tournées</name></widget>\n",
            "ionic.config.json": "{\"name\": \"tournees\", \"type\": \"angular\"}\n",
            "src/app/carte/carte.page.ts": PAGE, "src/app/carte/carte.page.html": "<ion-content><app-esri-map #carte></app-esri-map></ion-content>\n"}


def test_an_esri_map_wrapper_is_arcgis(tmp_path):
    deps = {"@angular/core": "^7.2.2", "@ionic/angular": "^4.1.0", "@ionic-native/geolocation": "^5.11.0", "ville-angular-esrimap": "^0.6.0"}
    report, res = judge(tmp_path, _app(deps), CHECKS)
    esri = [s for s in report["facts"]["vendor_lockin"]["services"] if s["id"] == "esri"]
    assert esri, report["facts"]["vendor_lockin"]
    assert res["scaling.vendor-lock-in"]["status"] != "pass", res["scaling.vendor-lock-in"]["message"]
    geo = res["interoperability.geo"]
    assert geo["status"] not in ("not_applicable", "pass") and "ville-angular-esrimap" in json.dumps(geo["evidence"]), geo
    assert res["interoperability.public-building-blocks"]["status"] != "not_applicable", res["interoperability.public-building-blocks"]


def test_an_app_without_the_wrapper_draws_no_map(tmp_path):
    deps = {"@angular/core": "^7.2.2", "@ionic/angular": "^4.1.0", "esrimapper-unrelated-word": "1.0.0"}
    files = _app(deps)
    files["src/app/carte/carte.page.ts"] = "export class CartePage {}\n"
    report, res = judge(tmp_path, files, CHECKS, name="n")
    assert res["interoperability.geo"]["status"] == "not_applicable", res["interoperability.geo"]
