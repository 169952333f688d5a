"""Two regressions the s35 re-read (v19c) found at fin55, with their near misses.

- OpenSourcePolitics/decidim-mel: package.json declares leaflet and the project's own map_customization.js draws the métropole's
  outline with ``L.geoJSON(...)``, never writing "leaflet": geo said "Open libraries: none" once packages the code never names
  were left out (0dd836ba, for a Python requirements line no notebook imports). An npm map library is reached through its global.
- lutece-secteur-public/espacepublic-plugin-fodansmarue: webapp/doc/doc_android/feuille_de_route.html, the agents' app tutorial
  called « feuille de route », was taken for a community roadmap file (2f14fa81) and left out of the documentation.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PACKAGE = '{\n  "name": "decidim-metropole",\n  "private": true,\n  "dependencies": {\n    "leaflet": "^1.9.4",\n    "jquery": "^3.7.0"\n  }\n}\n'
MAP_JS = ("// Contour de la métropole sur la carte\n$(() => {\n  const map = window.appMap;\n"
          "  fetch('/contour.geojson').then((r) => r.json()).then((data) => {\n    L.geoJSON(data, { style: { color: '#00a' } }).addTo(map);\n  });\n});\n")


def _geo(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["interoperability.geo"], name=name)[1]["interoperability.geo"]


def test_an_npm_map_library_reached_through_its_global_stays_a_map_library(tmp_path):
    files = {"README.md": "# Plateforme participative\n\nConcertation citoyenne de la métropole.\n", "package.json": PACKAGE,
             "app/packs/src/map_customization.js": MAP_JS}
    geo = _geo(tmp_path, files)
    assert "leaflet" in geo["message"]["en"].lower(), geo["message"]


def test_a_python_map_package_no_code_imports_is_still_no_map(tmp_path):
    files = {"README.md": "# Analyses\n\nComptages.\n", "requirements.txt": "pandas\nipyleaflet\n",
             "analyse.py": "import pandas as pd\n\nprint(pd.read_csv('comptages.csv').describe())\n"}
    geo = _geo(tmp_path, files, "py")
    assert "ipyleaflet" not in geo["message"]["en"].lower(), geo["message"]


def test_a_guide_page_named_feuille_de_route_is_documentation_not_a_roadmap_file():
    from auditor.facts.inventory import COMMUNITY

    assert not COMMUNITY["roadmap"].match("feuille_de_route.html")  # the Android app's tutorial page, in webapp/doc/
    assert COMMUNITY["roadmap"].match("ROADMAP.md") and COMMUNITY["roadmap"].match("feuille-de-route.md") and COMMUNITY["roadmap"].match("ROADMAP")
