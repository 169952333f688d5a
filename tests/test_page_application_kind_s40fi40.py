"""Static pages whose own scripts write to a database service or send e-mail are a web application (issue 12, s40 fi40 = reader
rh40's Korno1970/Commissions-mairie-Lestiac).

Commissions-mairie-Lestiac: a commune's commission pages whose inline module writes projects and minutes to a Firebase Realtime
Database (set(ref(db, path), v), push(ref(…))), admits members through a password field its script checks
(getElementById('gate-pwd').value) and mails them through EmailJS: facts.project.kind said static-site ("HTML page"), so
interoperability.auth, reusability.configuration… were "not applicable to a static site". Rule now: such pages are a web application
(its back end a third party's service), served as they are (portability's packaging not asked; install's advice is to publish the
files and set the service up); the password field its script reads guards those writes: a sign-in with a local password. Near misses:
a static map page fetching a public JSON file, or reading a database without writing, stays a static site; a page only comparing a
password in the browser stays one too and signs nobody in (tests/test_kind_incidental_s11.py, tests/test_password_posted_sign_in_s40fa40.py)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.auth", "reusability.portability", "reusability.install", "reusability.configuration"]
HEAD = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Commission</title></head>\n<body>\n"
        "<h1>Commission cadre de vie</h1>\n<ul id=\"projects\"></ul>\n")
APP = HEAD + ("<div id=\"gate\"><input type=\"password\" id=\"gate-pwd\" placeholder=\"Mot de passe\">\n"
              "<button onclick=\"doLogin()\">Entrer</button></div>\n<script type=\"module\">\n"
              "import { initializeApp } from 'https://www.gstatic.com/firebasejs/10.12.0/firebase-app.js';\n"
              "import { getDatabase, ref, set, push, onValue } from 'https://www.gstatic.com/firebasejs/10.12.0/firebase-database.js';\n"
              "const FB_CONFIG = {\n  apiKey: 'AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW',\n  authDomain: 'commission-x.firebaseapp.com',\n"
              "  databaseURL: 'https://commission-x-default-rtdb.europe-west1.firebasedatabase.app',\n  projectId: 'commission-x'\n};\n"
              "const db = getDatabase(initializeApp(FB_CONFIG));\n"
              "let admin = false;\n"
              "window.doLogin = function () {\n  const typed = document.getElementById('gate-pwd').value;\n"
              "  admin = typed.length > 0 && typed === localStorage.getItem('pwd');\n};\n"
              "function save(path, value) { if (admin) { set(ref(db, path), value); } }\n"
              "function addTask(task) { push(ref(db, 'tasks'), task); }\n"
              "onValue(ref(db, 'projects'), snap => { document.getElementById('projects').textContent = JSON.stringify(snap.val()); });\n"
              "window.save = save; window.addTask = addTask;\n</script>\n</body></html>\n")
MAP = HEAD.replace("Commission cadre de vie", "Carte des équipements") + (
    "<div id=\"map\"></div>\n<script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"></script>\n<script>\n"
    "const map = L.map('map').setView([44.7, -0.4], 13);\n"
    "fetch('data/equipements.json').then(r => r.json()).then(data => L.geoJSON(data).addTo(map));\n</script>\n</body></html>\n")
READER = MAP.replace("fetch('data/equipements.json').then(r => r.json()).then(data => L.geoJSON(data).addTo(map));",
                     "import('https://www.gstatic.com/firebasejs/10.12.0/firebase-database.js').then(({ getDatabase, ref, onValue }) =>\n"
                     "  onValue(ref(getDatabase(), 'equipements'), snap => L.geoJSON(snap.val()).addTo(map)));")
MENU = {"index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Accueil</title></head><body><a href=\"commission.html\">Commission</a></body></html>\n"}


def test_pages_writing_to_a_database_behind_a_password_are_a_web_application(tmp_path):
    report, res = judge(tmp_path, {**MENU, "commission.html": APP}, CHECKS, name="app")
    proj = report["facts"]["project"]
    assert proj["kind"] == "web-application", proj
    assert any("database service (Firebase)" in e["reason"] for e in proj["kind_evidence"]), proj["kind_evidence"]
    auth = res["interoperability.auth"]
    assert auth["status"] == "fail" and auth["details"]["local_login"], auth["message"]
    assert "served as they are" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]
    install = res["reusability.install"]
    assert "Dockerfile" not in install["remediation"]["en"] and "served as they are" in install["message"]["en"], install
    assert res["reusability.configuration"]["status"] != "not_applicable"


def test_pages_sending_mail_through_emailjs_are_a_web_application(tmp_path):
    page = HEAD + ("<script src=\"https://cdn.jsdelivr.net/npm/@emailjs/browser@4/dist/email.min.js\"></script>\n<script>\n"
                   "emailjs.init({ publicKey: 'abc' });\nfunction notify(to, text) { return emailjs.send('service_x', 'template_y', { to, text }); }\n"
                   "</script>\n</body></html>\n")
    report, _ = judge(tmp_path, {**MENU, "commission.html": page}, ["interoperability.auth"], name="mail")
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]


def test_near_miss_a_map_reading_public_json_or_a_database_stays_a_static_site(tmp_path):
    for name, page in (("map", MAP), ("reader", READER)):
        report, res = judge(tmp_path, {**MENU, "carte.html": page}, ["interoperability.auth"], name=name)
        assert report["facts"]["project"]["kind"] == "static-site", (name, report["facts"]["project"])
        assert res["interoperability.auth"]["status"] == "not_applicable"
