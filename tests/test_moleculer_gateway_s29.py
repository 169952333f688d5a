"""interoperability.api-spec (issue 12, session 29, reader m21o2: data-players/AUrba): a SemApps middleware declares moleculer-web
(Moleculer's API gateway) and mixes ApiGatewayService into services/api.service.js, serving its LDP resources as a REST API; the
check said "No served API detected (no API framework declared…): no specification expected". moleculer-web is now a REST
framework; Moleculer alone (services talking over its broker, no gateway) serves no HTTP API."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CID = "interoperability.api-spec"
GATEWAY = ("const ApiGatewayService = require('moleculer-web');\n\nmodule.exports = {\n  mixins: [ApiGatewayService],\n"
           "  settings: { cors: { origin: '*', methods: ['GET', 'PUT', 'PATCH', 'POST', 'DELETE'] } }\n};\n")


def middleware(deps: dict, services: dict) -> dict:
    return {"README.md": "# Annuaire\n\nAnnuaire des acteurs.\n",
            "middleware/package.json": json.dumps({"name": "annuaire-middleware", "private": True, "dependencies": deps}),
            **{f"middleware/services/{k}": v for k, v in services.items()}}


def test_a_moleculer_api_gateway_serves_an_api(tmp_path):
    _, res = judge(tmp_path, middleware({"moleculer": "^0.14.18", "moleculer-web": "^0.10.0-beta1"}, {"api.service.js": GATEWAY}), [CID])
    assert res[CID]["status"] != "not_applicable", res[CID]  # was: "No served API detected (no API framework declared…)"


def test_moleculer_alone_serves_no_http_api(tmp_path):
    worker = "module.exports = { name: 'mailer', actions: { send(ctx) { return ctx.params; } } };\n"
    _, res = judge(tmp_path, middleware({"moleculer": "^0.14.18"}, {"mailer.service.js": worker}), [CID])
    assert res[CID]["status"] == "not_applicable", res[CID]
