"""tests-and-ci (issue 12, s35 ac35 = cromex-DORA/DORA_app_aws): app/DORApy/test_creation_fichier_pd.py holds one helper,
`def creation_fichier_test(liste_NOM_custom): shp = BVG.import_shp_BVG(); return shp` — no function pytest would collect, no
assertion, no test framework — and was counted as a test file because a function *defined* with "test" in its name read as a
test called or defined: tests-and-ci said "warn 4.15: 1 test file(s) for 68 source file(s)". A Python or Ruby `def` is a test by
its name only when the name opens on test (pytest's and minitest's rule); a call of such a helper, a def test_…, or a JavaScript
test(…) call stay tests."""

from __future__ import annotations

from auditor.facts.scaffold_tests import holds_test
from tests.test_local_authority_verdicts import judge

HELPER = ("# -*- coding: utf-8 -*-\nimport pandas as pd\nimport os\nfrom app.DORApy.classes.modules import BVG\n\n\n"
          "#####################################################################\n#Classe (man, top of the pop)\n"
          "#####################################################################\ndef creation_fichier_test(liste_NOM_custom):\n"
          "    shp = BVG.import_shp_BVG()\n    return shp\n")

APP = {
    "requirements.txt": "flask\npandas\ngeopandas\n",
    "app.py": "from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n@app.route('/api/mo')\ndef mo():\n    return jsonify([])\n",
    "app/DORApy/classes/modules/BVG.py": "import geopandas as gpd\n\n\ndef import_shp_BVG():\n    return gpd.read_file('shp/BVG.shp')\n",
    "app/DORApy/test_creation_fichier_pd.py": HELPER,
}


def test_a_helper_whose_name_ends_with_test_is_no_test(tmp_path):
    assert holds_test(HELPER, "Python") is False
    r = judge(tmp_path, APP, ["reusability.tests-and-ci"])[1]["reusability.tests-and-ci"]
    assert r["details"]["test_files"] == 0, r["message"]


def test_test_functions_and_calls_stay_tests():
    assert holds_test("def test_creation():\n    creation_fichier(['a'])\n", "Python") is True
    assert holds_test("from app import creation\n\n\ndef verifie():\n    run_test(creation)\n", "Python") is True
    assert holds_test("def testCreation(self):\n    pass\n", "Python") is True
    assert holds_test("test('creation', () => { creation() })\n", "JavaScript") is True
