"""reusability.territory-neutral on an SDIS's Apps Script checklist (issue 12, s44 fe44): Code.js keeps its département's bags and
forms as ``VENDEE_…`` constants (``const VENDEE_VLI_BAGS = ["VLI 01 …", "VLI 02 …"]``), which were not read, while the one value
counted was the admin password of the page, ``prompt("Mdp ?")!=="SDIS85"``, read as a département's service's name. A constant named
after a département or a région and given a literal holds that territory's values; a password compared with what was typed is a
key, no territory value. Near misses: constants whose name holds a short or common word that is also a département's (VAR_, SOMME_,
MANCHE_) are no territory's; an SDIS's name shown in a title stays one."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TN = "reusability.territory-neutral"
BASE = {"README.md": "# Checklist matériel\n\nVérification mensuelle des sacs.\n",
        "appsscript.json": '{"timeZone": "Europe/Paris", "webapp": {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}}\n'}
CODE = ("function doGet() {\n  return HtmlService.createTemplateFromFile('Index').evaluate();\n}\n\n"
        "const {P}_VLI_CATEGORY = \"VLI\";\nconst {P}_VLI_BAGS = [\"VLI 01 Nord\", \"VLI 02 Sud\"];\n\n"
        "function bags() {\n  return {P}_VLI_BAGS.map(function (b) { return b + ' (' + {P}_VLI_CATEGORY + ')'; });\n}\n")
PAGE = ("<!DOCTYPE html>\n<html>\n<body>\n  <h1>{TITLE}</h1>\n  <script>\n    let IS_ADM = false;\n"
        "    function toggleAdmin() { if(!IS_ADM && prompt(\"Mdp ?\")!==\"SDIS85\") return; IS_ADM=true; }\n  </script>\n</body>\n</html>\n")


def test_constants_named_after_a_departement_hold_its_values(tmp_path):
    files = {**BASE, "Code.js": CODE.replace("{P}", "VENDEE"), "Index.html": PAGE.replace("{TITLE}", "Checklist")}
    r = judge(tmp_path, files, [TN])[1][TN]
    assert r["status"] == "warn", r["message"]
    assert sorted((e["path"], e["line"]) for e in r["evidence"]) == [("Code.js", 5), ("Code.js", 6)], r["evidence"]


def test_an_admin_password_naming_an_sdis_is_no_territory_value(tmp_path):
    files = {**BASE, "Code.js": CODE.replace("{P}", "VAR"), "Index.html": PAGE.replace("{TITLE}", "Checklist")}
    r = judge(tmp_path, files, [TN], name="pwd")[1][TN]
    assert r["status"] == "pass", r["message"]  # was warn, Index.html:7 "SDIS85" a département's service's name


def test_short_or_common_words_name_no_territory_and_a_title_still_names_the_service(tmp_path):
    page = PAGE.replace("{TITLE}", "Checklist").replace('prompt("Mdp ?")!=="SDIS85"', 'confirm("Admin ?")')
    for i, prefix in enumerate(("VAR", "SOMME", "MANCHE")):
        files = {**BASE, "Code.js": CODE.replace("{P}", prefix), "Index.html": page}
        r = judge(tmp_path, files, [TN], name=f"w{i}")[1][TN]
        assert r["status"] == "pass", (prefix, r["message"])
    files = {**BASE, "Code.js": CODE.replace("{P}", "VAR"), "Index.html": page.replace("Checklist", "Checklist SDIS85")}
    r = judge(tmp_path, files, [TN], name="title")[1][TN]
    assert r["status"] == "warn" and [(e["path"], e["line"]) for e in r["evidence"]] == [("Index.html", 4)], r["evidence"]
