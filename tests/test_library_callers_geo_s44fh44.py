"""interoperability.geo (issue 12, s44 fh44 = reader rd44, ymansiaux/leaflettools): an R package adding a curve between two points its
caller passes to the caller's Leaflet map (reading no data, calling no service) was warn 6, "GeoJSON or open geographic format: no;
OGC: no", though its references were already "not applicable (a library: the data and their references are those of the application
calling it)". Its roxygen example (#' @examples leaflet() %>% addTiles()) was taken for a map of its own. The formats and services of those data are the calling application's too: not applicable, not marked down. Near miss: a
Shiny application drawing the same curve keeps "GeoJSON …: no" (an application's own data)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

DESCRIPTION = ("Package: leaflettools\nTitle: Widgets supplementaires pour leaflet\nVersion: 0.0.2\n"
               "Authors@R: person(given = \"Yohann\", family = \"Mansiaux\", role = c(\"aut\", \"cre\"), email = \"y.mansiaux@example.org\")\n"
               "Description: Ajoute des courbes de Bézier aux cartes leaflet.\nLicense: GPL (>= 3)\nEncoding: UTF-8\n"
               "Imports:\n    leaflet,\n    htmltools\n")
CURVE = ("#' Add Bezier Curve Lines\n#' @param map map\n#' @param options lng1, lat1, lng2, lat2, color, weight\n#' @export\n"
         "#' @importFrom leaflet invokeMethod\n#' @examples\n#' m <- leaflet() %>%\n#'   addTiles() %>%\n"
         "#'   addBezierCurve(options = list(lng1 = 2.3488, lat1 = 48.8534, lng2 = -0.57918, lat2 = 44.837789))\n"
         "addBezierCurve = function(map, options = list()) {\n  map$dependencies <- c(map$dependencies, list(html_dependency_curve()))\n"
         "  invokeMethod(map, data = NULL, method = \"bezierCurve\", options)\n}\n\n"
         "html_dependency_curve <- function() {\n  htmltools::htmlDependency(\"leaflet-curve\", \"0.1\", src = \"htmlwidgets\", script = \"bindings.js\")\n}\n")
BINDING = ("LeafletWidget.methods.bezierCurve = function(options) {\n  var path = L.curve(['M', [options.lat1, options.lng1], 'Q', "
           "[options.lat2, options.lng2], [options.lat2, options.lng2]], {color: options.color, weight: options.weight});\n  path.addTo(this);\n};\n")


def geo(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2021-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.geo"]))
    return report["facts"]["project"]["kind"], report["results"][0]


def test_a_map_widget_library_leaves_its_callers_formats_and_services_to_them(tmp_path):
    kind, r = geo(tmp_path, {"DESCRIPTION": DESCRIPTION, "NAMESPACE": "export(addBezierCurve)\nimportFrom(leaflet,invokeMethod)\n",
                             "R/addBezierCurve.R": CURVE, "inst/htmlwidgets/bindings.js": BINDING})
    assert kind == "library", kind
    assert r["status"] == "pass" and "GeoJSON or open geographic format: not applicable" in r["message"]["en"], r["message"]
    assert "OGC: not applicable" in r["message"]["en"], r["message"]


def test_a_shiny_application_drawing_the_curve_keeps_its_own_formats_judged(tmp_path):
    app = ("library(shiny)\nlibrary(leaflet)\n\nui <- fluidPage(leafletOutput(\"carte\"))\n"
           "server <- function(input, output) {\n  output$carte <- renderLeaflet({\n    leaflet() %>% addTiles() %>%\n"
           "      addPolylines(lng = c(2.3488, -0.57918), lat = c(48.8534, 44.837789))\n  })\n}\n\nshinyApp(ui, server)\n")
    kind, r = geo(tmp_path, {"app.R": app, "README.md": "# Carte\n\nUne carte Shiny.\n"})
    assert kind == "web-application", kind
    assert "GeoJSON or open geographic format: no" in r["message"]["en"], r["message"]
