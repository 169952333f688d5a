"""scaling.hosting (issue 12, s39 fi39 = reader ma39, CACEM-TEAM/Avc_lapu).

An agglomeration's internal application sends every mail through its internal mailer at an address written in the call
(`axiosLib.post('https://svrapi.example.local/mailer', …)`): hosting passed 10 "1 internal addresses". A call to an internal host
(.local) with no setting is a dependency on the sponsor's internal servers (an internal connection, risky).
Near miss: the same address as the default of a setting (`process.env.MAILER_API_URL || 'https://…local/mailer'`), used through
that setting, stays a configuration matter: pass.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

SERVER = ("const express = require('express')\nconst axiosLib = require('axios')\nconst app = express()\n\n"
          "const MAILER_API_URL = process.env.MAILER_API_URL || 'https://svrapi.example.local/mailer'\n\n"
          "async function sendMail(data) {\n  const response = await axiosLib.post('https://svrapi.example.local/mailer', {\n"
          "    to: data.to,\n    subject: data.subject\n  })\n  return response.data\n}\n\napp.listen(process.env.PORT || 3000)\n")


def hosting(tmp_path, server):
    files = {"README.md": "# Demandes\n\nDemandes d'intervention.\n", "backend/server.js": server,
             "backend/package.json": "{\"name\": \"demandes\", \"dependencies\": {\"express\": \"^4.18.0\", \"axios\": \"^1.6.0\"}}\n"}
    return check_result(tmp_path, files, "scaling.hosting")


def test_a_hard_coded_call_to_an_internal_server_is_a_risk(tmp_path):
    r = hosting(tmp_path, SERVER)
    assert r["status"] != "pass" and "internal connection" in r["message"]["en"], r["message"]  # was pass 10 "1 internal addresses"
    assert any(e.get("line") == 8 and e["path"] == "backend/server.js" for e in r["evidence"]), r["evidence"]


def test_the_address_as_a_settings_default_stays_a_configuration_matter(tmp_path):
    r = hosting(tmp_path, SERVER.replace("axiosLib.post('https://svrapi.example.local/mailer', {", "axiosLib.post(MAILER_API_URL, {"))
    assert r["status"] == "pass", r["message"]
