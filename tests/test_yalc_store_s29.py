"""Third-party code read as the project's (issue 12, session 29, reader m21o2: data-players/AUrba): a SemApps middleware keeps
yalc's local package store middleware/.yalc/@semapps/<package>/ (`yalc add` copies a library's published files there); its
@semapps/auth copy (an OIDC connector on openid-client) made interoperability.auth say "standard authentication", though the
application itself signs nobody in, and its package.json files were 6 more npm manifests of the project.

.yalc/ is now a third-party folder (inventory.VENDOR_DIRS), as node_modules/ is; the same connector in the project's own services
stays its sign-in."""

from __future__ import annotations

import json

from auditor.facts.inventory import is_vendored
from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]
CONNECTOR = ("const { Issuer, Strategy } = require('openid-client');\n\nclass OidcConnector {\n  async initialize() {\n"
             "    this.issuer = await Issuer.discover(this.settings.issuer);\n    // scope defaults to 'openid'\n"
             "    this.client = new this.issuer.Client({ client_id: this.settings.clientId });\n  }\n}\n\nmodule.exports = OidcConnector;\n")
LIBRARY = json.dumps({"name": "@semapps/auth", "version": "0.3.21", "license": "Apache-2.0",
                      "dependencies": {"openid-client": "^4.7.4", "passport": "^0.4.1", "moleculer-web": "^0.10.0-beta1"},
                      "yalcSig": "112d4ecf8453401d611f339bd083be51"}, indent=2)
SERVICE = ("const { ServiceBroker } = require('moleculer');\nconst LdpService = require('@semapps/ldp');\n\n"
           "module.exports = { mixins: [LdpService], settings: { baseUrl: process.env.SEMAPPS_HOME_URL } };\n")


def app(extra: dict) -> dict:
    return {"README.md": "# Annuaire\n\nAnnuaire des acteurs.\n",
            "middleware/package.json": json.dumps({"name": "annuaire-middleware", "private": True,
                                                   "dependencies": {"moleculer": "^0.14.18", "@semapps/ldp": "0.3.21"}}),
            "middleware/yalc.lock": json.dumps({"version": "v1", "packages": {"@semapps/auth": {"signature": "112d"}}}),
            "middleware/services/ldp.service.js": SERVICE, **extra}


def test_yalc_store_is_third_party():
    assert is_vendored("middleware/.yalc/@semapps/auth/OidcConnector.js")
    assert is_vendored(".yalc/lib/index.js")
    assert not is_vendored("middleware/services/ldp.service.js")


def test_a_library_in_yalcs_store_signs_nobody_in(tmp_path):
    _, res = judge(tmp_path, app({"middleware/.yalc/@semapps/auth/package.json": LIBRARY,
                                  "middleware/.yalc/@semapps/auth/OidcConnector.js": CONNECTOR}), AUTH)
    r = res["interoperability.auth"]
    assert "Standard" not in r["message"]["en"], r  # was warn: "Standard authentication (OpenID Connect/OAuth2/SAML/CAS)"
    assert not any(".yalc/" in str(e.get("path")) for e in r["evidence"]), r["evidence"]


def test_the_same_connector_in_the_projects_services_stays_its_sign_in(tmp_path):
    _, res = judge(tmp_path, app({"middleware/services/OidcConnector.js": CONNECTOR}), AUTH)
    r = res["interoperability.auth"]
    assert r["status"] == "warn" and "Standard" in r["message"]["en"], r
