"""A Google API key in a front end's code (issue 12, s26 g26 = s26 o3, inforoutes59/inforoutes59.github.io): a React road-works
map's src/controllers/geocoding.controller.js holds `const apiKey = 'AIza…'` and reads Google Drive files through
www.googleapis.com/drive/v3/files/<id>?key=…; reusability.secrets passed "No certain secret", the key lumped with entropy hints
because every AIza key in JavaScript was taken for a browser's public key. Firebase web configs and Maps JavaScript keys, which
Google makes for pages, stay hints."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

KEY = "AIza" + "SyD4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ123"
APP = {"README.md": "# Carte des travaux\n", "package.json": '{"name": "carte", "dependencies": {"react": "^18.0.0", "axios": "^1.0.0"}}\n'}


def _secrets(tmp_path, name, files):
    return results(run_audit(build(tmp_path / name, {**APP, **files}), tmp_path / f"c{name}", ["reusability.secrets"]))["reusability.secrets"]


def test_a_google_key_calling_the_drive_api_from_a_front_end_is_a_probable_secret(tmp_path):
    code = (f"import axios from \"axios\";\n\nconst apiKey = '{KEY}'\n\nexport async function getInterruptions(){{\n"
            "    const fileId = '1hK49eyZVCTSqNbxMEUBvje9LUYUaKMRc'\n"
            "    const apiUrl = `https://www.googleapis.com/drive/v3/files/${fileId}?alt=media&key=${apiKey}`;\n"
            "    return axios.get(apiUrl);\n}\n")
    r = _secrets(tmp_path, "r", {"src/controllers/geocoding.controller.js": code})
    assert r["status"] == "fail", r["message"]  # was pass 8.25 "No certain secret"
    ev = [e for e in r["evidence"] if e.get("path") == "src/controllers/geocoding.controller.js" and e.get("line") == 3]
    assert ev and ev[0]["value"] == "Google API key in code", r["evidence"]
    assert "restricted" in ev[0]["note"]["en"] and "restrict" in r["remediation"]["en"], (ev, r.get("remediation"))
    assert KEY not in str(r), "the value never leaves the fact"


def test_a_maps_javascript_firebase_or_places_sdk_key_stays_a_hint(tmp_path):
    maps = f"const KEY = '{KEY}';\nconst map = new google.maps.Map(document.getElementById('map'), {{zoom: 9}});\n"
    firebase = f"export const firebaseConfig = {{\n  apiKey: '{KEY}',\n  authDomain: 'carte.firebaseapp.com',\n  projectId: 'carte',\n}};\n"
    places = (f"package fr.ville.signalement\n\nimport com.google.android.libraries.places.api.Places\n\nclass App {{\n"
              f"    fun onCreate() {{\n        Places.initialize(applicationContext, \"{KEY}\")\n    }}\n}}\n")
    for name, path, code in (("m", "src/map.js", maps), ("f", "src/firebase.ts", firebase), ("p", "app/src/main/java/fr/ville/signalement/App.kt", places)):
        r = _secrets(tmp_path, name, {path: code})
        assert r["status"] != "fail", (path, r["message"])
