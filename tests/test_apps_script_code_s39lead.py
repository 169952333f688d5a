"""Google Apps Script's .gs files are the project's JavaScript code (issue 12, s39 lead = reader md39's Cedrico59/signalement_travaux,
a works-reporting app of the Ville de Marcq-en-Barœul whose server is Code.gs beside index.html and app.js): documentation.code-comments
measured 2 files, "0/7 documented", leaving out the 29 functions of Code.gs (13/36 documented in all). Rule now: .gs is JavaScript
for the languages, code and comments facts. Near miss: the same app without Code.gs measures its one script only."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.code-comments"
GS = "".join(f"/**\n * Traite l'action {i} reçue de l'application.\n */\nfunction action{i}(e) {{\n  return e.parameter.x + {i};\n}}\n\n"
             for i in range(4)) + "function doGet(e) {\n  return HtmlService.createHtmlOutputFromFile('index');\n}\n"
APP = "function envoyer(data) {\n  google.script.run.action0(data);\n}\n"
FILES = {"README.md": "# Signalement\n\nSignalement de travaux.\n", "index.html": "<html><body><script src=\"app.js\"></script></body></html>\n",
         "app.js": APP, "Code.gs": GS}



def test_apps_script_files_are_measured_as_the_projects_code(tmp_path):
    res = check_result(tmp_path, FILES, CID)
    assert "2 file(s) analysed" in res["message"]["en"], res["message"]


def test_near_miss_without_the_gs_file_one_script_is_measured(tmp_path):
    res = check_result(tmp_path, {k: v for k, v in FILES.items() if k != "Code.gs"}, CID)
    assert "2 file(s) analysed" not in res["message"]["en"], res["message"]
