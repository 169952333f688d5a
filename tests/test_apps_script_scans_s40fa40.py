"""Google Apps Script's .gs files are JavaScript for every scan that reads JavaScript (issue 12, s40 fa40 = reader md39's
Cedrico59/signalement_travaux, a works-reporting app of the Ville de Marcq-en-Barœul whose whole server is Code.gs): its admin and
sector passwords written in Code.gs (`const ADMIN_PASSWORD = "…"`) were not scanned (reusability.secrets pass "No secret detected"),
nor the server-side password check of its sign-in (interoperability.auth not_applicable "No sign-in of people found"). Rule now: one
definition of the JavaScript family's extensions (auditor/facts/js_family.py), .gs among them, shared by the text scan, its signals
and the secret scan. Near misses: the same server reading its password from the script's properties has no secret; a .gs server with
no password at all signs nobody in."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

SERVER = """const SHEET_ID = "1AbCdEf";
const ADMIN_PASSWORD = "marcq2026";
const SECTOR_PASSWORDS = {
  "Mairie": "quesne59",
};

/** Répond aux actions de l'application. */
function doPost(e) {
  const body = JSON.parse(e.postData.contents);
  if (body.action === "login") return handleLogin_(body);
  return jsonOut_({ ok: false });
}

/** Vérifie le mot de passe saisi. */
function handleLogin_(body) {
  const expected = body.role === "admin" ? ADMIN_PASSWORD : SECTOR_PASSWORDS[body.secteur];
  if (body.password !== expected) return jsonOut_({ ok: false });
  const token = Utilities.getUuid();
  CacheService.getScriptCache().put(token, body.role, 21600);
  return jsonOut_({ ok: true, token: token });
}

function jsonOut_(obj) {
  return ContentService.createTextOutput(JSON.stringify(obj)).setMimeType(ContentService.MimeType.JSON);
}

function sheet_() {
  return SpreadsheetApp.openById(SHEET_ID).getSheetByName("Demandes");
}
"""
APP = """const GAS_URL = "https://script.google.com/macros/s/AKfycbx/exec";
async function envoyer(data) {
  const r = await fetch(GAS_URL, { method: "POST", body: JSON.stringify(data) });
  return r.json();
}
"""
FILES = {"README.md": "# Signalement\n\nSignalement de travaux.\n", "index.html": "<html><body><script src=\"app.js\"></script></body></html>\n",
         "app.js": APP, "Code.gs": SERVER}


def test_passwords_written_in_an_apps_script_file_are_secrets(tmp_path):
    res = check_result(tmp_path, FILES, "reusability.secrets")
    assert res["status"] == "fail", res["message"]
    assert any(e.get("path") == "Code.gs" for e in res["evidence"]), res["evidence"]


def test_near_miss_a_password_read_from_the_scripts_properties_is_no_secret(tmp_path):
    server = SERVER.replace('const ADMIN_PASSWORD = "marcq2026";', 'const ADMIN_PASSWORD = PropertiesService.getScriptProperties().getProperty("ADMIN");') \
        .replace('  "Mairie": "quesne59",\n', '')
    res = check_result(tmp_path, {**FILES, "Code.gs": server}, "reusability.secrets")
    assert res["status"] == "pass", res["message"]


def test_a_password_checked_by_an_apps_script_server_is_a_local_sign_in(tmp_path):
    res = check_result(tmp_path, FILES, "interoperability.auth")
    assert res["status"] == "fail", res["message"]
    assert any(e.get("path") == "Code.gs" for e in res["evidence"]), res["evidence"]


def test_near_miss_an_apps_script_server_without_passwords_signs_nobody_in(tmp_path):
    server = "/** Sert la page. */\nfunction doGet(e) {\n  return HtmlService.createHtmlOutputFromFile('index');\n}\n"
    res = check_result(tmp_path, {**FILES, "Code.gs": server}, "interoperability.auth")
    assert res["status"] == "not_applicable", res["message"]
