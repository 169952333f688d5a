"""Google Apps Script (issue 12, session 25, reader o2 family 1, dubreybrice-png/sdis66-carte-previsionnelle-operationnelle): a
web application run on Google's servers (appsscript.json, .clasp.json, doGet serving an HtmlService page whose script calls the
server's functions through google.script.run, its data in a Google Sheet through SpreadsheetApp) was a "static site" (its
Index.html), with no proprietary service: the auditor knew nothing of Apps Script.

An Apps Script project answering HTTP requests (doGet/doPost beside its manifest, or in a file calling Apps Script's services)
is a web application; Google Apps Script is a proprietary platform of proprietary_services.yml (its services' calls, its
manifest's runtime line), named by vendor-lock-in, portability and hosting; its settings module counts as a static page's, and
no package manager is asked of it. A static page embedding a Google map stays a static site; a GrADS .gs script is no Apps Script."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

MANIFEST = '{\n  "timeZone": "Europe/Paris",\n  "dependencies": {},\n  "exceptionLogging": "STACKDRIVER",\n  "runtimeVersion": "V8"\n}\n'
CLASP = '{\n  "scriptId": "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnopq",\n  "rootDir": ""\n}\n'
SERVER = ("/** Entrée de l'application web. */\nfunction doGet() {\n  return HtmlService.createHtmlOutputFromFile('Page')\n"
          "    .setTitle('Tableau des permanences');\n}\n\n/** Lignes de la feuille, pour la page. */\nfunction lireAgences() {\n"
          "  var feuille = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REGLAGES.feuille);\n"
          "  return feuille.getDataRange().getValues();\n}\n")
SETTINGS = "/** Réglages de l'application. */\nvar REGLAGES = {\n  feuille: 'Agences',\n  titre: 'Permanences',\n  zoom: 9\n};\n"
PAGE = ('<!DOCTYPE html>\n<html>\n<head><base target="_top"><title>Permanences</title></head>\n<body>\n<div id="liste"></div>\n'
        '<script>\ngoogle.script.run.withSuccessHandler(function (lignes) {\n'
        '  document.getElementById("liste").textContent = lignes.length;\n}).lireAgences();\n</script>\n</body>\n</html>\n')
README = ("# Tableau des permanences\n\nApplication qui affiche les permanences des agences à partir d'une feuille de calcul.\n\n"
          "## Déploiement\n\n```\nclasp push\nclasp deploy\n```\n")
APP = {"README.md": README, "appsscript.json": MANIFEST, ".clasp.json": CLASP, "Code.js": SERVER, "Config.js": SETTINGS, "Page.html": PAGE}

EMBED = ('<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>Nos agences</title></head>\n<body>\n'
         '<h1>Nos agences</h1>\n<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600" height="450"></iframe>\n'
         '<script src="js/agences.js"></script>\n</body>\n</html>\n')
SITE = {"README.md": "# Nos agences\n\nPage qui présente les agences et leur carte.\n", "index.html": EMBED,
        "js/agences.js": "function afficher(agences) {\n  return agences.map(function (a) { return a.nom; });\n}\n"}


def audit(tmp_path, files, checks):
    return run(build(tmp_path / "r", files), tmp_path / "c", checks)


def test_an_apps_script_web_app_is_a_web_application_tied_to_google(tmp_path):
    report = audit(tmp_path, APP, ["scaling.vendor-lock-in", "reusability.portability", "scaling.hosting", "reusability.dependencies",
                                   "reusability.configuration"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "web-application", proj["kind_evidence"]  # was static-site (Page.html)
    assert {e["path"] for e in proj["kind_evidence"]} >= {"Code.js", "appsscript.json"}
    res = results(report)
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] in ("warn", "fail") and "Google Apps Script" in lock["message"]["en"], lock["message"]  # was pass
    port = res["reusability.portability"]
    assert port["status"] != "pass" and "Google Apps Script" in port["message"]["en"], port["message"]  # was pass
    assert "Dockerfile" not in str(port.get("remediation_for_finding")), port
    hosting = res["scaling.hosting"]
    assert "Google Apps Script" in hosting["message"]["en"], hosting["message"]  # named, judged by vendor lock-in
    deps = res["reusability.dependencies"]
    assert deps["status"] == "not_applicable" and "appsscript.json" in deps["message"]["en"], deps["message"]
    conf = res["reusability.configuration"]
    assert conf["status"] == "pass" and "Config.js" in conf["message"]["en"], conf["message"]


def test_an_apps_script_manifest_alone_finds_the_platform(tmp_path):
    files = {"README.md": README, "appsscript.json": MANIFEST, "Outils.gs": "function somme(a, b) {\n  return a + b;\n}\n"}
    lock = results(audit(tmp_path, files, ["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert lock["status"] != "pass" and "Google Apps Script" in lock["message"]["en"], lock["message"]


def test_a_static_page_with_a_google_map_stays_a_static_site(tmp_path):
    report = audit(tmp_path, SITE, ["scaling.vendor-lock-in", "reusability.portability"])
    assert report["facts"]["project"]["kind"] == "static-site"
    res = results(report)
    assert "Google Apps Script" not in res["scaling.vendor-lock-in"]["message"]["en"]
    assert "Google Maps" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    assert "static site" in res["reusability.portability"]["message"]["en"]


def test_an_express_handler_named_doget_or_a_grads_script_is_no_apps_script(tmp_path):
    grads = "'reinit'\n'open modele.ctl'\n'set lon -5 10'\n'd tmp2m'\n'printim carte.png'\n"
    files = {**SITE, "scripts/carte.gs": grads, "server.js": "function doGet(req, res) {\n  res.send('ok');\n}\n"}
    report = audit(tmp_path, files, ["scaling.vendor-lock-in"])
    assert report["facts"]["project"]["kind"] != "web-application" or all(
        "Apps Script" not in e["reason"] for e in report["facts"]["project"]["kind_evidence"])
    assert "Google Apps Script" not in results(report)["scaling.vendor-lock-in"]["message"]["en"]
