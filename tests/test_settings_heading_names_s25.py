"""A "// PARAMETERS" heading over constants naming request parameters or property keys is no block of settings (issue 12, session
25 reader o1, fixer q25).

Two Lutece plugins of a city (a participatory budget, a street-report module) follow the framework's convention: every class groups
its constants under "// PARAMETERS", "// Parameters", "// PROPERTIES" headings — the names of the HTTP request's parameters
(``PARAMETER_ID_SECTOR = "idSector"``) and the keys the plugin's properties file is read by (``PARAM_EMAIL = "budget.email"``).
reusability.configuration warned that the code writes a deployment's values itself ("settings block"), while the settings live in
webapp/WEB-INF/conf/plugins/<plugin>.properties. A block is now settings by its values (a host, a path, a URL, a credential), not by
its heading: a "# CONFIG" block giving a serial device or a "// Configuration" block giving a mail server stays one."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"


def conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def _service(block: str) -> str:
    return ("package fr.maville.budget.service;\n\nimport fr.paris.lutece.portal.service.util.AppPropertiesService;\n\n"
            "public class NotificationService\n{\n"
            f"{block}\n"
            "    // PROPERTIES\n    private static final String PROPERTY_SENDER = \"budget.notification.sender\";\n\n"
            "    public String getSender( )\n    {\n"
            "        return AppPropertiesService.getProperty( PROPERTY_SENDER );\n    }\n}\n")


NAMES = ("    // PARAMETERS\n    private static final String PARAMETER_ID_PROJET = \"idProjet\";\n"
         "    private static final String PARAMETER_SITE_PATH = \"site-path\";\n"
         "    public static final String PARAM_EMAIL = \"budget.email\";\n"
         "    private static final String PARAMETER_PASSWORD = \"password\";\n")
PAGE = ("package fr.maville.budget.web;\n\npublic class ProjetXPage\n{\n    // Parameters\n"
        "    private static final String PARAMETER_FACET_QUERY = \"fq\";\n    private static final String PARAMETER_SORT = \"sort_order\";\n\n"
        "    public String sort( javax.servlet.http.HttpServletRequest request )\n    {\n"
        "        return request.getParameter( PARAMETER_SORT ) + request.getParameter( PARAMETER_FACET_QUERY );\n    }\n}\n")


def _plugin(block: str) -> dict:
    return {"README.md": "# Budget participatif\n\nPlugin Lutece du budget participatif.\n\n## Configuration\n\n"
                         "Les réglages sont dans webapp/WEB-INF/conf/plugins/budget.properties.\n",
            "LICENSE.md": "Copyright (c) 2020, Ville exemple\nAll rights reserved.\n\nRedistribution and use in source and binary forms...\n",
            "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.maville</groupId><artifactId>plugin-budget</artifactId>"
                       "<version>1.0.0</version><packaging>lutece-plugin</packaging></project>\n",
            "webapp/WEB-INF/conf/plugins/budget.properties": "budget.notification.sender=budget@ville-exemple.fr\nbudget.email=\n",
            "src/java/fr/maville/budget/service/NotificationService.java": _service(block),
            "src/java/fr/maville/budget/web/ProjetXPage.java": PAGE}


def test_constants_naming_parameters_and_keys_are_no_settings_block(tmp_path):
    r = conf(tmp_path, _plugin(NAMES))
    found = [e for e in r["evidence"] if e.get("kind") == "finding"]
    assert not [e for e in found if str(e.get("value", "")).lower() == "parameters"], r["evidence"]
    assert "NotificationService.java" not in r["message"]["en"] and "ProjetXPage.java" not in r["message"]["en"], r["message"]
    assert "NotificationService.java" not in r["message"]["fr"], r["message"]


def test_a_heading_over_a_mail_server_or_a_device_stays_a_settings_block(tmp_path):
    block = ("    // Configuration\n    private static final String SMTP_HOST = \"smtp.ville-exemple.fr\";\n"
             "    private static final String PARAMETER_ID_PROJET = \"idProjet\";\n")
    r = conf(tmp_path / "host", _plugin(block))
    assert any(e.get("path", "").endswith("NotificationService.java") and e.get("kind") == "finding" for e in r["evidence"]), r["evidence"]
    # a script's "# CONFIG" block giving its serial device (and a password given its value) stays settings written in the code
    script = ("#!/usr/bin/env python\nimport serial\n\n# CONFIG\nDEVICE = '/dev/ttyACM0'\nMODE = 'orgue'\n\n"
              "if __name__ == '__main__':\n    print(serial.Serial(DEVICE).read())\n")
    r = conf(tmp_path / "device", {"lecteur.py": script, "README.md": "# Lecteur\n\nLit les capteurs.\n"})
    assert r["status"] == "fail" and "lecteur.py" in r["message"]["en"], r["message"]
