"""Session 12 (h2): interoperability.public-building-blocks said an Ionic ferry app "handles no address, place or map" while its
pages hold each landing's address and latitude/longitude and open them in a maps app (s11 read: a département's mobile app);
the same report's geo check listed those coordinates."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"
PAGE = ("import { Component } from '@angular/core';\n\n@Component({ selector: 'app-place', templateUrl: 'place.page.html' })\n"
        "export class PlacePage {\n  public address = '';\n  public location: {\n    lat?: string,\n    lng?: string\n  } = {};\n\n"
        "  openMap() {\n    window.open(`geo:${this.location.lat},${this.location.lng}`, '_system');\n  }\n}\n")
FILES = {"package.json": '{"name": "bac", "dependencies": {"@angular/core": "^8.0.0", "@ionic/angular": "^4.0.0"}}\n',
         "README.md": "# Traversées\n\nHoraires en temps réel des bacs.\n", "src/app/pages/place/place.page.ts": PAGE,
         "src/app/pages/place/place.page.html": "<ion-content><p>{{ address }}</p><ion-button (click)=\"openMap()\">Y aller</ion-button></ion-content>\n",
         "src/index.html": "<!doctype html><html lang=\"fr\"><body><app-root></app-root></body></html>\n"}


def test_places_held_as_coordinates_are_places(tmp_path):
    res = judge(tmp_path, FILES, [BB])[1][BB]
    assert res["status"] != "not_applicable", res["message"]
