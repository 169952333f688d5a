"""interoperability.data-standards (issue 12, s34 i34 = mathis-kdio/Cap-Projet-Application-Mobile-Ville-de-Laval): a mobile app's
Flask back end serves back/menus.json (222 KB, a city's canteen menus) that it opens beside its code; the check said "No data of
the project's own: no data file, no database model, only JSON messages" (not_applicable), while licensing.data-and-docs counted
the file as data. A large JSON file anywhere (over 100 KB, not a manifest, lockfile, translation or settings) is data, as the
licensing check counts it. The near misses: the same file small, a large translation file and an icon font's large glyph map among
the styles (styles/elementor/eicons/eicons.json) keep not_applicable."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.data-standards"
APP = ("import json\nimport os\n\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n@app.route('/menus/<niveau>', methods=['GET'])\n"
       "def get_menus(niveau):\n    filename = os.path.join(os.path.dirname(__file__), 'menus.json')\n    with open(filename) as f:\n"
       "        data = json.load(f)\n    return jsonify(data['MenusScolaires'][niveau])\n\n\nif __name__ == '__main__':\n"
       "    app.run(host='0.0.0.0', port=int(os.environ.get('APP_PORT', 5000)))\n")
FRONT = {"front/package.json": '{"name": "ville", "dependencies": {"expo": "~47.0.8", "react-native": "0.70.5", "react": "18.1.0"}}\n',
         "front/app.json": '{"expo": {"name": "Ville", "slug": "ville"}}\n',
         "front/App.js": "import { Text } from 'react-native'\nexport default function App() {\n  return <Text>Menus</Text>\n}\n",
         "front/src/screens/Menus.js": "export async function load(n) {\n  const r = await fetch(`http://10.0.2.2:5000/menus/${n}`)\n"
                                       "  return r.json()\n}\n"}


def menus(rows: int) -> str:
    row = {"PlaMen_id": "100241", "NumSem": "01", "DatPlaMen": "2023-01-02", "LibFit": "Salade piémontaise d'hiver", "LibCatFit": "ENTREE"}
    return json.dumps({"MenusScolaires": {"Adulte": [dict(row, PlaMen_id=str(100000 + i)) for i in range(rows)]}}, indent=2, ensure_ascii=False)


def check(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", {"README.md": "# Ville\n\nUne application mobile.\n", "back/app.py": APP,
                                                    "back/requirements.txt": "flask==2.2.2\n", **FRONT, **files}), tmp_path / "c", [CID]))[CID]


def test_a_large_json_served_by_the_back_end_is_data(tmp_path):
    r = check(tmp_path, {"back/menus.json": menus(800)})
    assert r["status"] != "not_applicable", r["message"]  # was: no data of the project's own
    assert "back/menus.json" in [e.get("path") for e in r["evidence"]]
    assert r["details"]["data_files"] >= 1 and "JSON" in r["details"]["formats"]


def test_a_small_json_a_large_translation_file_or_an_icon_map_is_no_data(tmp_path):
    r = check(tmp_path, {"back/menus.json": menus(3), "front/src/locales/fr.json": json.dumps({f"key{i}": "texte " * 10 for i in range(2000)}),
                         "front/styles/elementor/eicons/eicons.json": json.dumps({f"eicon-glyph-{i}": {"unicode": "e8%02x" % (i % 256)} for i in range(4000)})})
    assert r["status"] == "not_applicable", r["message"]
