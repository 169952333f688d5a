"""readme sections and reusability.configuration (issue 12, s40 fk40 = Cedrico59/signalement_travaux): a README's step "2. Mettez
l'URL dans `API_URL` dans `app.js`" under "Activer la synchro (optionnel)" was not read as configuration ("missing: configuration",
and the configuration check failed with "no configuration template"). A step putting a value into a constant named as code, in a code
file named with its extension, is the configuration section, and that file is the code the README sends the reader to edit (warn 4,
as for a configuration chapter naming code files). Near miss: a step putting a URL into the browser keeps the old verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = ("# Signalement de travaux\n\nCette application web permet de signaler des travaux sur une carte.\n\n## Lancer en local\n"
          "Ouvrez `index.html` dans un navigateur.\n\n## Activer la synchro (optionnel)\n1. Créez un script qui reçoit les fiches.\n{STEP}\n")
APP = "const API_URL = '';\nfunction envoyer(fiche) {\n  return fetch(API_URL, { method: 'POST', body: JSON.stringify(fiche) });\n}\n"
GS = ("function doPost(e) {\n  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Fiches');\n"
      "  sheet.appendRow([e.parameter.id, e.parameter.lat, e.parameter.lng]);\n"
      "  return ContentService.createTextOutput(JSON.stringify({ok: true})).setMimeType(ContentService.MimeType.JSON);\n}\n")
INDEX = "<!doctype html>\n<html lang=\"fr\"><head><title>Signalement</title></head><body><script src=\"app.js\"></script></body></html>\n"


def _results(tmp_path, step):
    files = {"README.md": README.replace("{STEP}", step), "app.js": APP, "index.html": INDEX, "Code.gs": GS}
    return judge(tmp_path, files, ["documentation.readme-sections", "reusability.configuration"])[1]


def test_a_step_filling_a_code_constant_is_the_configuration(tmp_path):
    res = _results(tmp_path, "2. Mettez l'URL dans `API_URL` dans `app.js`.")
    sections = res["documentation.readme-sections"]
    assert "configuration" in sections["message"]["en"].split("missing")[0], sections["message"]
    conf = res["reusability.configuration"]
    assert conf["status"] == "warn" and "app.js" in conf["message"]["en"], conf


def test_a_url_put_in_the_browser_is_no_configuration(tmp_path):
    res = _results(tmp_path, "2. Mettez l'URL dans le navigateur de votre choix.")
    # (the step is no configuration section; whether one is then asked for follows what the configuration check finds to set —
    # nothing here, so none since s44 fl44's 4d0477fa)
    assert "configuration" not in res["documentation.readme-sections"]["message"]["en"].split("missing")[0], res
    assert res["reusability.configuration"]["status"] != "warn" or "app.js" not in res["reusability.configuration"]["message"]["en"]
