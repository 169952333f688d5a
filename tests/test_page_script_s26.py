"""A page's own script whose banner gives it a version is no copied library (issue 12, s26 j26 = s26 o4, a water-data API's
demonstrators: demonstrateurs/js/prix_eau_wms.js opens "// *** prix_eau.js v1.0.0 2020-08-13 *** Fonctions js utilisées par
prix_eau.htm ***" and serves demonstrateurs/prix_eau_wms.htm). A library with a licence banner in the same js/ folder stays copied."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"

OWN = ("// *** prix_eau.js v1.0.0 2020-08-13 *** Fonctions js utilisées par prix_eau.htm ***\n"
       "// *** prix_eau.js v2.0.0 2020-10-07 *** utilisation layer communes WMS ***\n\n"
       "var API = 'https://hubeau.eaufrance.fr/api/v0/indicateurs_services/communes';\n\n"
       "function ajaxGet(url) {\n  var req = new XMLHttpRequest();\n  req.open('GET', url, false);\n  req.send(null);\n  return req.responseText;\n}\n")
LIB = ("/*! chartlet.js v2.3.1 | (c) 2019 Jane Doe | MIT License */\n"
       "(function(){var c={};c.draw=function(){return 1};window.chartlet=c;})();\n")
FILES = {"README.md": "# Démonstrateurs\n\nPages de démonstration des API de données sur l'eau.\n",
         "demonstrateurs/prix_eau_wms.htm": "<html><head><script src=\"js/prix_eau_wms.js\"></script></head><body><div id=map></div></body></html>\n",
         "demonstrateurs/js/prix_eau_wms.js": OWN}


def _libraries(tmp_path, files):
    report, res = judge(tmp_path, files, [DEPS])
    return [lib["name"] for lib in report["facts"]["inventory"]["libraries"]], res[DEPS]


def test_a_page_script_with_a_version_banner_is_the_projects_own(tmp_path):
    names, res = _libraries(tmp_path, FILES)
    assert "prix_eau.js" not in names, (names, res["message"])


def test_a_licensed_library_beside_it_stays_copied(tmp_path):
    names, _ = _libraries(tmp_path, {**FILES, "demonstrateurs/js/chartlet.js": LIB,
                                     "demonstrateurs/chartlet.htm": "<html><script src=\"js/chartlet.js\"></script></html>\n"})
    assert "chartlet.js" in names or "chartlet" in names, names
