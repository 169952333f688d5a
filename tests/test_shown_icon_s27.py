"""Issue 12, session 27 (measure 18 reader o3; s27 u27): interoperability.accessibility-and-ecodesign, a logo that is favicon and picture.

An Angular app's PNG logo is its favicon (``<link rel="icon">`` in index.html) AND the picture of its navigation bar
(``<img src="../../../assets/img/logo.png">`` in a component's template): it was left out as a "site icon" and the check said "no
PNG, JPEG… image in the interface". An image a page also shows is an image of the interface; a favicon no page shows stays an icon."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ECO = "interoperability.accessibility-and-ecodesign"

INDEX_HTML = ("<!doctype html>\n<html lang=\"fr\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Actes</title>\n  <base href=\"/\">\n"
              "  <link rel=\"icon\" type=\"image/x-icon\" href=\"assets/img/logo.png\">\n</head>\n<body>\n  <app-root></app-root>\n</body>\n</html>\n")
NAVBAR = ("<header role=\"banner\">\n  <img src=\"../../../assets/img/logo.png\" alt=\"Logo du syndicat\" class=\"h-20\">\n"
          "  <a routerLink=\"/\" title=\"Accueil\">Actes</a>\n</header>\n")
ANGULAR = {
    "README.md": "# Actes\n\nTélétransmission des actes.\n",
    "web-app/package.json": '{"name": "actes", "dependencies": {"@angular/core": "^18.0.0", "@angular/router": "^18.0.0"}}\n',
    "web-app/angular.json": '{"projects": {"actes": {"projectType": "application", "root": ""}}}\n',
    "web-app/src/index.html": INDEX_HTML,
    "web-app/src/main.ts": "import { bootstrapApplication } from '@angular/platform-browser';\nimport { AppComponent } from './app/app.component';\n"
                           "bootstrapApplication(AppComponent);\n",
    "web-app/src/app/app.component.ts": "import { Component } from '@angular/core';\n@Component({selector: 'app-root', template: '<app-navbar></app-navbar>'})\n"
                                        "export class AppComponent {}\n",
    "web-app/src/app/shared/components/navbar/navbar.component.html": NAVBAR,
    "web-app/src/app/shared/components/navbar/navbar.component.ts": "import { Component } from '@angular/core';\n"
                                                                     "@Component({selector: 'app-navbar', templateUrl: './navbar.component.html'})\n"
                                                                     "export class NavbarComponent {}\n",
    "web-app/src/assets/img/logo.png": "PNG-LOGO\n",
}


def test_a_favicon_also_shown_in_the_navbar_is_an_image_of_the_interface(tmp_path):
    res = judge(tmp_path, ANGULAR, [ECO], name="shown-icon")[1][ECO]
    assert res["details"]["raster_images"] == 1, res["details"]
    assert res["details"]["criteria"]["image_formats"] is False, res["message"]
    assert "site icon" not in res["message"]["en"], res["message"]


def test_a_favicon_no_page_shows_stays_an_icon(tmp_path):
    files = dict(ANGULAR)
    files["web-app/src/app/shared/components/navbar/navbar.component.html"] = NAVBAR.replace(
        "<img src=\"../../../assets/img/logo.png\" alt=\"Logo du syndicat\" class=\"h-20\">", "<span>Syndicat</span>")
    res = judge(tmp_path, files, [ECO], name="icon-only")[1][ECO]
    assert res["details"]["raster_images"] == 0, res["details"]
    assert res["details"]["criteria"]["image_formats"] is True, res["message"]
