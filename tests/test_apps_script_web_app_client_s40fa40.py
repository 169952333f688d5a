"""A client calling a Google Apps Script web app as its server depends on Apps Script, whether or not the script's code is in the
repository (issue 12, s40 fa40 = reader md39's Cedrico59/patrimoine-arbor-V3, the Ville de Marcq-en-Barœul's tree-inventory app whose
app.js posts every record to `API_URL = "https://script.google.com/macros/s/AKfycbx…/exec"`): scaling.vendor-lock-in passed "No
proprietary service", because the web app's deployment id, 72 random letters and digits after "script.google.", was blanked as
base64 content before the signals ran, host included. Rule now: a base64-looking token continuing a web address's host (or opening
on the "//" after its scheme) is the address's path, kept. Near misses: a link to script.google.com in the README is no dependency;
a real base64 blob is still blanked."""

from __future__ import annotations

from auditor.facts.text_blobs import blank_blobs
from tests.test_reusability_fixtures import check_result

DEPLOYMENT = "AKfycbxrTMFxQDSOHvBrgwXWHwoGhefpHEtcHLdaaq3YdtJLU5QqvBsjs08hrByRVwAYXg94Iw"
APP = f"""(function () {{
  "use strict";
  const API_URL = "https://script.google.com/macros/s/{DEPLOYMENT}/exec";

  async function charger() {{
    const r = await fetch(API_URL + "?action=list");
    return r.json();
  }}
  window.charger = charger;
}})();
"""
FILES = {"index.html": "<html><body><h1>Arbres</h1><script src=\"app.js\"></script></body></html>\n", "app.js": APP}


def test_a_client_of_an_apps_script_web_app_depends_on_apps_script(tmp_path):
    res = check_result(tmp_path, FILES, "scaling.vendor-lock-in")
    assert res["status"] == "warn", res["message"]
    assert "Google Apps Script" in res["message"]["en"], res["message"]
    assert any(e.get("path") == "app.js" and e.get("line") == 3 for e in res["evidence"]), res["evidence"]


def test_near_miss_a_readme_link_to_an_apps_script_web_app_is_no_dependency(tmp_path):
    files = {"index.html": FILES["index.html"], "app.js": "window.charger = () => fetch('data.json');\n",
             "README.md": f"# Arbres\n\nL'ancienne version : https://script.google.com/macros/s/{DEPLOYMENT}/exec\n"}
    res = check_result(tmp_path, files, "scaling.vendor-lock-in")
    assert res["status"] == "pass", res["message"]


def test_a_base64_blob_is_still_blanked_and_an_address_kept():
    blob = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    assert blank_blobs(f"x = '{blob}';").strip("x =';") == ""
    line = f'const API_URL = "https://script.google.com/macros/s/{DEPLOYMENT}/exec";'
    assert blank_blobs(line) == line
