"""interoperability.geo: a map of markers on OpenStreetMap's tiles, nothing else geographic (issue 12, session 27 fixer b27; reader
s26 m17-o2: an R Shiny app's 200-px Leaflet picker of weather stations, `leaflet() %>% addTiles() %>% addAwesomeMarkers(lng, lat)`,
failed 3/10 for "no GeoJSON, no OGC, no IGN"). The service publishes and exchanges no geographic data: the open library on the open
base map is all the criterion asks — pass. A map that draws shapes of its own (polygons, GeoJSON) or another provider's tiles keeps
its score: those are geographic data, whose formats and references are judged.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.geo"
SERVER = ("library(shiny)\nlibrary(leaflet)\n\nserver <- function(input, output) {\n"
          "  stations <- read.csv(\"stations.csv\")\n"
          "  output$map <- renderLeaflet({leaflet::leaflet(\"map\") %>% addTiles() %>%\n"
          "      addAwesomeMarkers(lng = stations$LON, lat = stations$LAT, layerId = stations$USAF, popup = stations$NAME)})\n"
          "}\n\nui <- fluidPage(leafletOutput(\"map\", height = \"200px\"), tableOutput(\"conso\"))\nshinyApp(ui, server)\n")
APP = {
    "README.md": "# MPEB\n\nOutil de mesure et de vérification des économies d'énergie d'un bâtiment, à partir de ses compteurs et de la météo.\n",
    "DESCRIPTION": "Package: mpeb\nVersion: 0.1.0\nImports: shiny, dplyr\nLicense: CeCILL\n",
    "inst/shiny/app.R": SERVER,
    "R/model.R": "modelisation <- function(data) {\n  lm(conso ~ dju, data = data)\n}\n",
}


def test_markers_on_openstreetmap_and_nothing_else_pass(tmp_path):
    _, res = judge(tmp_path, APP, [CID])
    r = res[CID]
    assert r["status"] == "pass", r["message"]  # was fail 3.0 "GeoJSON or open geographic format: no; OGC: no; IGN …: no"
    assert r["details"]["markers_on_osm"] is True
    assert any(e.get("path") == "inst/shiny/app.R" and e.get("line") == 7 for e in r["evidence"]), r["evidence"]


def test_shapes_or_another_providers_tiles_are_still_judged(tmp_path):
    polygons = SERVER.replace("addAwesomeMarkers(lng = stations$LON, lat = stations$LAT, layerId = stations$USAF, popup = stations$NAME)",
                              "addPolygons(data = communes, weight = 1)")
    _, res = judge(tmp_path, {**APP, "inst/shiny/app.R": polygons}, [CID], name="shapes")
    assert res[CID]["status"] != "pass" and not res[CID]["details"].get("markers_on_osm"), res[CID]["message"]
    tiles = SERVER.replace("addTiles()", "addProviderTiles(providers$Esri.WorldImagery)")
    _, res = judge(tmp_path, {**APP, "inst/shiny/app.R": tiles}, [CID], name="tiles")
    assert res[CID]["status"] != "pass", res[CID]["message"]
