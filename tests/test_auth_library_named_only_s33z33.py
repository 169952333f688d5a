"""interoperability.auth (issue 12, s33 z33 = reader m27o2, jguyet/hackaviz-data-grandpoitiers): an Angular dashboard declaring
angular-oauth2-oidc in package.json and importing OAuthModule.forRoot(...) in a shared module, with no OAuthService, issuer or sign-in
flow anywhere and an Express API of public routes, was "Standard authentication (OpenID Connect/OAuth2…)": the words oauth2/oidc were
the package's name on its manifest and import lines. A library named and registered signs nobody in."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

APP = {
    "README.md": "# Hackaviz\n\nTableau de bord des données d'énergie.\n",
    "app/package.json": '{\n  "name": "app",\n  "dependencies": {\n    "@angular/core": "~8.2.11",\n    "@angular/common": "~8.2.11",\n'
                        '    "angular-oauth2-oidc": "^8.0.4",\n    "rxjs": "~6.5.3"\n  }\n}\n',
    "app/angular.json": '{"projects": {"app": {"root": ""}}}\n',
    "app/src/index.html": "<!doctype html><html><body><app-root></app-root></body></html>\n",
    "app/src/app/shared/shared.module.ts": "import { NgModule } from '@angular/core';\nimport { CommonModule } from '@angular/common';\n"
                                            "import { OAuthModule } from 'angular-oauth2-oidc';\n\n@NgModule({\n  imports: [\n    CommonModule,\n"
                                            "    OAuthModule.forRoot({\n        resourceServer: {\n            sendAccessToken: true\n        }\n    })\n"
                                            "  ]\n})\nexport class SharedModule { }\n",
    "app/src/app/app.component.ts": "import { Component } from '@angular/core';\n\n@Component({selector: 'app-root', template: '<h1>x</h1>'})\n"
                                    "export class AppComponent {\n  title = 'dataviz';\n}\n",
    "api/package.json": '{\n  "name": "api",\n  "dependencies": {\n    "express": "^4.17.1"\n  }\n}\n',
    "api/index.js": "const express = require('express');\nconst app = express();\n"
                    "app.get('/search_query', (req, res) => res.json([]));\napp.listen(3000);\n",
}
SIGN_IN = ("import { Injectable } from '@angular/core';\nimport { OAuthService } from 'angular-oauth2-oidc';\n\n@Injectable()\n"
           "export class AuthService {\n  constructor(private oauthService: OAuthService) {\n"
           "    this.oauthService.configure({ issuer: 'https://sso.example.org/auth/realms/agents', oidc: true, scope: 'openid profile' });\n"
           "    this.oauthService.loadDiscoveryDocumentAndLogin();\n  }\n}\n")
CID = "interoperability.auth"


def test_an_oidc_library_named_and_registered_only_signs_nobody_in(tmp_path):
    r = results(run_audit(build(tmp_path / "r", APP), tmp_path / "c", [CID]))[CID]
    assert r["status"] == "not_applicable", r["message"]


def test_the_library_configured_with_an_issuer_keeps_the_standard_sign_in(tmp_path):  # (near miss: the same library used)
    r = results(run_audit(build(tmp_path / "r", {**APP, "app/src/app/auth.service.ts": SIGN_IN}), tmp_path / "c", [CID]))[CID]
    assert r["status"] == "warn" and "Standard authentication" in r["message"]["en"], r["message"]
