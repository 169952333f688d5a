"""Session 9 (f5): scaling.vendor-lock-in did not name two companies' services a project depends on (session 8's reads):
Stormpath, the hosted identity service GrandNancy/modeify signs people in with (express-stormpath), and OpenAgenda, the
events SaaS lutece-collab-plugin-openagenda exists to show (https://api.openagenda.com/v2/agendas/…): "No proprietary service
of the list detected"."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

VL = "scaling.vendor-lock-in"


def test_a_hosted_identity_service_is_named(tmp_path):
    files = {"package.json": json.dumps({"name": "modeify", "dependencies": {"express": "^4.13.0", "express-stormpath": "^3.2.0"}}),
             "package-lock.json": "{}", "server.js": "const stormpath = require('express-stormpath')\nmodule.exports = stormpath\n"}
    res = judge(tmp_path, files, [VL])[1][VL]
    assert res["status"] in ("warn", "fail") and "Stormpath" in res["message"]["en"], res


def test_an_events_saas_called_by_its_api_is_named(tmp_path):
    props = ("openagenda.apiKey=\nopenagenda.url.agendas=https://api.openagenda.com/v2/agendas/\n"
             "openagenda.url.events=https://api.openagenda.com/v2/agendas/{0}/events\n")
    files = {"pom.xml": "<project><artifactId>plugin-openagenda</artifactId><packaging>lutece-plugin</packaging></project>\n",
             "webapp/WEB-INF/conf/plugins/openagenda.properties": props,
             "src/java/fr/paris/lutece/plugins/openagenda/service/OpenAgendaService.java": (
                 "package fr.paris.lutece.plugins.openagenda.service;\n\npublic class OpenAgendaService {\n"
                 "    private static final String URL = AppPropertiesService.getProperty(\"openagenda.url.events\");\n}\n")}
    res = judge(tmp_path, files, [VL])[1][VL]
    assert res["status"] in ("warn", "fail") and "OpenAgenda" in res["message"]["en"], res
