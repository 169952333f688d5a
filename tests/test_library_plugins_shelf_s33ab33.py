"""A WordPress plugin keeping copied Leaflet plugins in public/leaflet-plugins/ (issue 12, session 33 ab33, an EPCI's cycling
infrastructure map): one of them, with its own LICENSE, README and minified twin, was read as the project's own code and its
English README as the project's documentation, so documentation.language passed "documentation in English, French" for a
French-only project. A folder on a shelf of a known library's plugins (<library>-plugins/) carrying its own licence and a copied
file is that plugin copied whole; a folder of the project's own in such a shelf (no licence of its own) stays its code."""

from __future__ import annotations

from tests.test_copied_folders_s11 import _categories
from tests.gitrepo import make_repo
from tests.test_local_authority_verdicts import judge

LANG = "documentation.language"
PLUGIN = "public/leaflet-plugins/leaflet-control-geocoder/"
README_EN = ("# Leaflet Control OSM Geocoder\n\nA simple geocoder that uses OpenStreetMap's Nominatim service to locate places. "
             "It is written as a Leaflet control and works with every recent version of the library.\n\n## Usage\n\n"
             "Load the script and the stylesheet, then add the control to your map with the options you need. "
             "The results are shown in a list under the search field, and the map moves to the selected place.\n")
MIN = "!function(e){" + "var a=1;" * 40 + "}(L);\n"
APP = {
    "README.md": ("# Amenagements cyclables\n\nCette extension WordPress affiche la carte et les statistiques des aménagements "
                  "cyclables d'une intercommunalité, à partir des données publiées selon le schéma national. Installez-la "
                  "depuis le tableau de bord de WordPress, puis renseignez les clés des fonds de carte dans le fichier principal.\n"),
    "amecycl.php": "<?php\n/*\nPlugin Name: Amecycl\n*/\ndefine('ACY_MAPS', 'OSM');\n",
    "public/js/carte.js": "var map = L.map('carte');\nL.Control.geocoder().addTo(map);\n",
    PLUGIN + "LICENSE": "Copyright (c) 2012 sa3m\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
    PLUGIN + "README.md": README_EN,
    PLUGIN + "Control.Geocoder.js": "L.Control.Geocoder = L.Control.extend({\n  options: {collapsed: true}\n});\n",
    PLUGIN + "Control.Geocoder.min.js": MIN,
}


def test_a_plugin_copied_on_a_library_plugins_shelf_is_vendored(tmp_path):
    cats = _categories(make_repo(tmp_path / "r", [{"files": APP}]))
    assert {cats[PLUGIN + n] for n in ("LICENSE", "README.md", "Control.Geocoder.js")} == {"vendored"}, cats
    r = judge(tmp_path, APP, [LANG])[1][LANG]
    assert r["details"]["docs"] == [] and "documentation in English" not in r["message"]["en"], r["message"]


def test_the_projects_own_plugin_on_that_shelf_stays_its_code(tmp_path):
    own = {k: v for k, v in APP.items() if not k.startswith(PLUGIN)}
    own["public/leaflet-plugins/pistes/pistes.js"] = "L.Control.Pistes = L.Control.extend({\n  options: {position: 'topleft'}\n});\n"
    own["public/leaflet-plugins/pistes/pistes.min.js"] = MIN
    cats = _categories(make_repo(tmp_path / "r", [{"files": own}]))
    assert cats["public/leaflet-plugins/pistes/pistes.js"] == "source", cats
