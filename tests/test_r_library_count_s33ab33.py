"""An R Shiny map loading nine packages in one script (issue 12, session 33 ab33, a regional web map of food projects): the text
scan kept five hits of a signal per file, so reusability.dependencies said "the code loads 5 package(s)" and a DESCRIPTION written
from it missed four. Each package an R script loads is now kept (up to the keyed bound of a file); a script repeating the same
few library() lines still counts each package once."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
HEADER = "# Carte interactive des projets\n\n## Librairies\n"
NINE = ["shiny", "leaflet", "leaflet.extras", "sf", "readr", "stringi", "jsonlite", "scales", "stringr"]
APP = {
    "README.md": "# Carte des projets\n\nApplication Shiny : lancer `shiny::runApp('app')`.\n",
    "app/app.R": HEADER + "".join(f"library({p})\n" for p in NINE) + "\nui <- fluidPage(leafletOutput('carte'))\n",
    "app/data/preparer.R": "library(sf)\nlibrary(dplyr)\nlibrary(tidyr)\n\ncommunes <- st_read('communes.gpkg')\n",
}


def test_every_package_an_r_script_loads_is_listed(tmp_path):
    r = judge(tmp_path, APP, [DEPS])[1][DEPS]
    assert "loads 11 package(s)" in r["message"]["en"], r["message"]
    assert set(r["evidence"][0]["value"]) == set(NINE) | {"dplyr", "tidyr"}


def test_the_same_packages_loaded_again_count_once(tmp_path):
    again = {**APP, "app/app.R": HEADER + "library(sf)\nlibrary(utils)\nlibrary(leaflet)\n" * 4 + "\nui <- fluidPage()\n"}
    r = judge(tmp_path, again, [DEPS])[1][DEPS]
    assert "loads 4 package(s)" in r["message"]["en"], r["message"]
    assert set(r["evidence"][0]["value"]) == {"sf", "leaflet", "dplyr", "tidyr"}
