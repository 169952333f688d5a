"""interoperability.data-standards (issue 12, session 25, reader o3: GIP-RECIA/Application-mobile-POC): a Flutter app decodes
the answers of its portal's API (json.decode(response.body)) and keeps its tokens in a local sqflite table; the check failed
("Open formats: JSON; schemas: 0 Table Schema…"), as if the app published data to describe. A mobile application whose only
format is the JSON of the services it calls, beside its own local storage, publishes no data: no schema expected. A mobile
application shipping a data file of its own stays judged."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
PUBSPEC = ("name: portail\nversion: 1.0.0+1\nenvironment:\n  sdk: '>=3.0.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n"
           "  http: ^1.1.0\n  sqflite: ^2.3.0\nflutter:\n  uses-material-design: true\n")
SERVICE = ("import 'dart:convert';\nimport 'package:http/http.dart' as http;\n\nclass PortailService {\n"
           "  Future<List<dynamic>> favoris(String jeton) async {\n"
           "    final reponse = await http.get(Uri.parse('https://portail.example.org/api/favoris'), headers: {'Authorization': 'Bearer $jeton'});\n"
           "    return json.decode(reponse.body) as List<dynamic>;\n  }\n\n"
           "  Future<void> ajouter(String jeton, String id) async {\n"
           "    await http.post(Uri.parse('https://portail.example.org/api/favoris'),\n"
           "        headers: {'Authorization': 'Bearer $jeton', 'Content-Type': 'application/json'}, body: json.encode({'id': id}));\n  }\n}\n")
STORE = ("import 'package:sqflite/sqflite.dart';\n\nclass JetonDepot {\n  Future<Database> ouvrir() async {\n"
         "    return openDatabase('jetons.db', version: 1, onCreate: (db, version) {\n"
         "      return db.execute(\n        'CREATE TABLE jetons('\n        'id INTEGER PRIMARY KEY, '\n        'valeur TEXT, '\n"
         "        'expiration INTEGER)',\n      );\n    });\n  }\n}\n")
MAIN = "import 'package:flutter/material.dart';\n\nvoid main() {\n  runApp(const MaterialApp(home: Text('Portail')));\n}\n"


def files(**extra) -> dict:
    return {"pubspec.yaml": PUBSPEC, "lib/main.dart": MAIN, "lib/services/portail_service.dart": SERVICE, "lib/depots/jetons.dart": STORE,
            "android/app/build.gradle": "apply plugin: 'com.android.application'\nandroid {\n    compileSdkVersion 34\n}\n",
            "README.md": "# Portail\n\nApplication mobile Flutter du portail.\n", **extra}


def test_a_mobile_app_reading_its_apis_json_publishes_no_data(tmp_path):
    report, results = judge(tmp_path, files(), [CID])
    assert report["facts"]["project"]["kind"] == "mobile-application", report["facts"]["project"]
    r = results[CID]
    assert r["status"] == "not_applicable", (r["message"], r.get("details"), r["evidence"])  # was fail "Open formats: JSON; schemas: 0"


def test_a_mobile_app_shipping_its_own_data_file_stays_judged(tmp_path):
    report, results = judge(tmp_path, files(**{"assets/data/arrets.csv": "id;nom;lat;lon\n1;Gare;47.1;1.2\n2;Mairie;47.2;1.3\n"}), [CID], name="s")
    assert results[CID]["status"] in ("fail", "warn"), results[CID]
