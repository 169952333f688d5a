"""Issue 12, session 45 fixer fe45 (jdesboeufs/passport-ppige-npdc): a Passport strategy for a regional data platform's OpenID
provider sets `options.providerURL = options.providerURL || "http://www.<platform>.fr/portail/openid/provider"`. territory-neutral
warned that the platform's address is hard-coded and advised config/territory.yml: the value is a default the calling application
overrides through the strategy's options. A host given as an option's default (after `options.x ||` or `??`) is no hard-coded
value. Near miss: the same address assigned outright stays a finding. Written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PKG = '{"name": "passport-plateforme", "version": "0.2.0", "main": "./lib", "dependencies": {"passport": "~0.1"}}\n'


def _strategy(line: str) -> str:
    return ("var util = require('util');\n\nfunction Strategy(options, verify) {\n  options = options || {};\n"
            f"  {line}\n  this.name = 'plateforme';\n  this._verify = verify;\n}}\n\nmodule.exports = Strategy;\n")


def test_an_options_default_is_no_hard_coded_host(tmp_path):
    line = 'options.providerURL = options.providerURL || "http://www.geo-plateforme-hdf.fr/portail/openid/provider";'
    r = check_result(tmp_path, {"package.json": PKG, "lib/strategy.js": _strategy(line)}, "reusability.territory-neutral")
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_near_miss_the_address_assigned_outright_stays_a_finding(tmp_path):
    line = 'options.providerURL = "http://www.geo-plateforme-hdf.fr/portail/openid/provider";'
    r = check_result(tmp_path, {"package.json": PKG, "lib/strategy.js": _strategy(line)}, "reusability.territory-neutral")
    assert r["status"] == "warn" and any("geo-plateforme-hdf.fr" in str(e.get("value")) for e in r["evidence"]), r["message"]
