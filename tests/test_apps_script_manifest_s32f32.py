"""reusability.configuration (issue 12, s32 f32 = reader m25o2, dubreybrice-png/sdis66-analyse-operationnelle): an Apps Script web
app whose README lists "`appsscript.json` : Configuration Google Apps Script" had appsscript.json for its settings template — it is
the platform's manifest (time zone, OAuth scopes, web app access), not settings a deployment fills in; the settings, four Google
Sheet IDs, are written in Code.js. A settings file the README names stays a template."""

from __future__ import annotations

from tests.test_apps_script_s25 import APP, CLASP, MANIFEST, audit
from tests.test_reusability_fixtures import results

CODE = ('const DASHBOARD_SHEET_NAME = "Dashboard";\nconst ID_SS_2025 = "112sOp4EAPm3vq0doLWzWlAbsOdutszGKT86USjSqst0";\n'
        'const ID_SS_RH   = "1lwQJ6xTET3qpr9-cPGBngdih_bmfrVRMOYcMgMkUVP0";\n\n/** Entrée de l\'application web. */\nfunction doGet() {\n'
        "  return HtmlService.createHtmlOutputFromFile('Home');\n}\n\nfunction lignes() {\n"
        "  return SpreadsheetApp.openById(ID_SS_2025).getSheetByName(DASHBOARD_SHEET_NAME).getDataRange().getValues();\n}\n")
README = ("# Google Apps Script - SDIS 66\n\nSynchronisation automatique avec GitHub via clasp.\n\n## Utilisation\n\n```\n.\\push-all.ps1\n```\n\n"
          "## Fichiers du projet\n\n- `Code.js` : Code principal\n- `Home.html` : Page d'accueil\n"
          "- `appsscript.json` : Configuration Google Apps Script\n- `.clasp.json` : Configuration clasp\n")
DASHBOARD = {"README.md": README, "appsscript.json": MANIFEST.replace('"runtimeVersion"', '"webapp": {"executeAs": "USER_DEPLOYING", '
                                                                     '"access": "ANYONE_ANONYMOUS"},\n  "runtimeVersion"'),
             ".clasp.json": CLASP, "Code.js": CODE, "Home.html": APP["Page.html"]}


def _conf(tmp_path, files):
    return results(audit(tmp_path, files, ["reusability.configuration"]))["reusability.configuration"]


def test_the_apps_script_manifest_is_no_settings_template(tmp_path):
    r = _conf(tmp_path, DASHBOARD)
    assert "appsscript.json" not in r["details"].get("templates", []) and "appsscript.json" not in r["message"]["en"], r["message"]
    assert r["status"] != "pass", r["message"]


def test_a_settings_file_the_readme_names_stays_a_template(tmp_path):
    files = {**DASHBOARD, "README.md": README + "- `settings.json` : configuration de l'application (identifiants des feuilles)\n",
             "settings.json": '{\n  "sheet_2025": "REMPLACER_PAR_ID",\n  "sheet_rh": "REMPLACER_PAR_ID"\n}\n'}
    r = _conf(tmp_path, files)
    assert "settings.json" in r["details"].get("templates", []), r["message"]
