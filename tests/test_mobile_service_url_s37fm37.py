"""reusability.configuration on a mobile application (issue 12, s37 fm37 = re-reader vc37, Romain64290/ecoute_domaine_public): an
Ionic app shipping no settings template was not applicable "nothing to set", though its services write the back end's address
(``private baseUrl: string = 'https://efapau1.agglo-pau.fr/api/'``). The back end's address a client's own code writes into a variable
named for it is a setting left in the code: judged (fail, the address and its place said). A mobile app whose code names only
localhost, or no service address, stays "nothing to set". Minimal fixtures written for the test (a made-up reporting app)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.configuration"
APP = {
    "package.json": '{"name": "signalement", "dependencies": {"ionic-angular": "3.9.2", "@angular/core": "4.4.3", "@ionic-native/camera": "4.3.2"}}\n',
    "ionic.config.json": '{"name": "signalement", "type": "ionic-angular"}\n',
    "config.xml": '<?xml version="1.0"?>\n<widget id="fr.exemple.signalement" version="1.0.0" xmlns="http://www.w3.org/ns/widgets">'
                  '<name>Signalement</name><platform name="android"/></widget>\n',
    "src/app/app.component.ts": "import { Component } from '@angular/core';\n@Component({ templateUrl: 'app.html' })\n"
                                "export class MyApp { rootPage: any = 'HomePage'; }\n",
    "src/app/app.html": "<ion-nav [root]=\"rootPage\"></ion-nav>\n",
    "src/pages/home/home.html": "<ion-content><button ion-button (click)=\"envoyer()\">Envoyer</button></ion-content>\n",
    "src/pages/home/home.ts": "import { Component } from '@angular/core';\nimport { SignalementApi } from '../../services/signalementapi.service';\n"
                              "@Component({ selector: 'page-home', templateUrl: 'home.html' })\nexport class HomePage {\n"
                              "  constructor(private api: SignalementApi) {}\n  envoyer() { return this.api.envoyer({}); }\n}\n",
}
SERVICE = ("import { Injectable } from '@angular/core';\nimport { Http } from '@angular/http';\n@Injectable()\n"
           "export class SignalementApi {\n    private baseUrl: string = 'https://signalement.agglo-exemple.fr/api/';\n"
           "    constructor(private http: Http) {}\n    envoyer(s: any) { return this.http.post(this.baseUrl + 'signalements', s); }\n}\n")


def test_a_mobile_apps_backend_address_written_in_its_code_is_a_setting(tmp_path):
    report, res = judge(tmp_path, {**APP, "src/services/signalementapi.service.ts": SERVICE}, [CHECK])
    assert report["facts"]["project"]["kind"] == "mobile-application", report["facts"]["project"]
    r = res[CHECK]
    assert r["status"] == "fail", r["message"]
    assert "signalement.agglo-exemple.fr" in r["message"]["en"] and "nothing to set" not in r["message"]["en"], r["message"]
    assert any(e.get("path") == "src/services/signalementapi.service.ts" and e.get("line") == 5 for e in r["evidence"]), r["evidence"]


def test_a_mobile_app_naming_only_localhost_stays_nothing_to_set(tmp_path):
    # near miss: the same service pointing at the developer's machine
    report, res = judge(tmp_path, {**APP, "src/services/signalementapi.service.ts": SERVICE.replace("https://signalement.agglo-exemple.fr",
                                                                                                   "http://localhost:8100")}, [CHECK])
    r = res[CHECK]
    assert r["status"] == "not_applicable" and "nothing to set" in r["message"]["en"], r["message"]
