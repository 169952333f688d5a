"""Issue 12, session 38 fixer fo38 (dubreybrice-png/sdis66-gestion-evenements): an Apps Script web app keeping its agents in a
Google Sheet reads each row of getValues() by the loop's index (``nom: String(data[i][0]).trim(), email: String(data[i][1])``);
scaling.personal-data said "No database schema or model read": a row's cells were read only as ``row[2]``, not ``data[i][2]``.
A row of the values' table indexed by the loop is the same read. Near miss: the same reading of events (place, date, seats)
holds no person and stays not applicable."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"
BASE = {"README.md": "# Gestion des événements\n\nCandidatures des agents aux formations.\n",
        "appsscript.json": '{"timeZone": "Europe/Paris", "webapp": {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}, '
                           '"runtimeVersion": "V8"}\n'}


def _code(keys: tuple[str, ...]) -> str:
    entries = ",\n".join(f"      {k}: String(data[i][{n}]).trim()" for n, k in enumerate(keys))
    return ("function doGet() {\n  return HtmlService.createTemplateFromFile('Index').evaluate();\n}\n\n"
            "function getList() {\n  var sh = SpreadsheetApp.openById('1abc').getSheetByName('Listing');\n"
            "  var data = sh.getRange(2, 1, sh.getLastRow() - 1, 4).getValues();\n  var result = [];\n"
            "  for (var i = 0; i < data.length; i++) {\n    if (!data[i][0]) continue;\n    result.push({\n" + entries + "\n    });\n  }\n"
            "  return result;\n}\n")


def test_a_sheets_rows_of_agents_read_by_the_loops_index_are_personal_data(tmp_path):
    _, res = judge(tmp_path, {**BASE, "Code.js": _code(("nom", "email", "matricule"))}, [PD])
    assert res[PD]["status"] in ("warn", "fail"), res[PD]["message"]  # was not_applicable "No database schema or model read"


def test_the_same_reading_of_events_holds_no_person(tmp_path):
    _, res = judge(tmp_path, {**BASE, "Code.js": _code(("lieu", "date", "places"))}, [PD])
    assert res[PD]["status"] == "not_applicable", res[PD]["message"]
