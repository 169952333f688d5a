"""An R package's geographic reads and data sets the audit did not see (issue 12, s30 k30 = reader m22o4, ymansiaux/congestion):
- interoperability.geo said "GeoJSON or open geographic format: no" though data-raw/troncons_temps_parcours.R reads the road layer
  with sf, read_sf("/data/donnees_geo/CI_TRAFI_L/temps_trajet.json"): a ".json" file opened by a geographic reader (sf's read_sf /
  st_read, geopandas' read_file) is GeoJSON, GDAL's GeoJSON driver reads it.
- interoperability.data-standards said "No data file" though data/ holds the package's five data sets (.rda, saved by
  usethis::use_data), which licensing.data-and-docs counts: an R package's data sets are data files of its own, in R's binary format.
Right neighbours: a JSON read by jsonlite (no geography) gives no GeoJSON; an .rds cache outside a data folder is no data set; an R
library's data sets are its examples' (disaggR's series), no data of its own."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO, DATA = "interoperability.geo", "interoperability.data-standards"

PKG = {"DESCRIPTION": ("Package: congestion\nTitle: Congestion\nVersion: 0.0.1\nDescription: Analyse des donnees de congestion.\n"
                       "License: MIT + file LICENSE\nImports: ggplot2, dplyr\nSuggests: sf, testthat\nLazyData: true\n"),
       "NAMESPACE": "export(plot_congestion)\n",
       "README.md": "# congestion\n\nAnalyse de la congestion routière de la métropole.\n",
       "R/plot.R": "plot_congestion <- function(df) {\n  ggplot2::ggplot(df, ggplot2::aes(heure, taux)) + ggplot2::geom_line()\n}\n"}


def _read(line: str) -> dict:
    return dict(PKG, **{"data-raw/troncons.R": f"library(sf)\ntroncons <- {line}\n\nusethis::use_data(troncons, overwrite = FALSE)\n"})


def test_a_json_layer_read_by_sf_is_geojson(tmp_path):
    res = judge(tmp_path, _read('read_sf("/data/donnees_geo/CI_TRAFI_L/temps_trajet.json")'), [GEO])[1][GEO]
    assert "GeoJSON or open geographic format: yes" in res["message"]["en"], res["message"]


def test_a_json_read_by_jsonlite_is_no_geojson(tmp_path):
    res = judge(tmp_path, _read('jsonlite::read_json("/data/comptages/temps_trajet.json")'), [GEO])[1][GEO]
    assert "GeoJSON or open geographic format: yes" not in res["message"]["en"], res["message"]


SETS = {"data/congestion_cleaned.rda": "RDX3\nX\n", "data/confinements.rda": "RDX3\nX\n",
        "data-raw/congestion.R": "congestion_cleaned <- readRDS('/data/congestion.rds')\nusethis::use_data(congestion_cleaned)\n"}
APP = {"DESCRIPTION": PKG["DESCRIPTION"].replace("Imports: ggplot2, dplyr", "Imports: ggplot2, dplyr, shiny, golem"),
       "R/app_ui.R": ("#' The application User-Interface\n#' @import shiny\napp_ui <- function(request) {\n  tagList(fluidPage(h1(\"congestion\"),\n"
                      "    plotOutput(\"courbe\")))\n}\n"),
       "R/app_server.R": "app_server <- function(input, output, session) {\n  output$courbe <- renderPlot(plot_congestion(congestion_cleaned))\n}\n",
       "R/run_app.R": "run_app <- function(...) {\n  shinyApp(ui = app_ui, server = app_server)\n}\n"}


def test_the_data_sets_of_an_r_package_are_data_files(tmp_path):
    res = judge(tmp_path, dict(PKG, **SETS, **APP), [DATA])[1][DATA]
    assert res["status"] != "not_applicable", res["message"]
    assert res["details"]["data_files"] == 2, res["details"]


def test_the_data_sets_of_an_r_library_are_its_examples(tmp_path):
    # (a statistical library's data/*.RData are the series its examples and help pages run on: no data of its own to publish)
    res = judge(tmp_path, dict(PKG, **SETS), [DATA])[1][DATA]
    assert res["details"].get("data_files", 0) == 0, res["details"]


def test_an_rds_cache_outside_a_data_folder_is_no_data_set(tmp_path):
    files = dict(PKG, **{"cache/model.rds": "RDX3\nX\n"})
    res = judge(tmp_path, files, [DATA])[1][DATA]
    assert res["details"].get("data_files", 0) == 0, res["details"]
