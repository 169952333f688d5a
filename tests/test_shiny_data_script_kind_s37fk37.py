"""An R script loading shiny but building no application is no Shiny application (issue 12, s37 fk37 = reader mb37's
Mvince11/Observatoire-de-la-vulnerabilite-aux-inondations-Vienne---Clain).

A Quarto website (_quarto.yml project type website, .qmd pages drawing MapLibre maps) beside a data-preparation R script that
reads .rds tables and writes the site's GeoJSON layers; the script loads library(shiny) among its libraries but defines no ui nor
server and calls no shinyApp()/runApp(). The kind was web-application ("Shiny application", tied 9-9 with the website and winning),
and configuration, portability and install judged a served application. Rule now: a Shiny application needs an application entry
(shinyApp, runApp, a page builder such as fluidPage, or a server function of input and output), library(shiny) alone is none.
Near miss: the same site whose R script builds a fluidPage and calls shinyApp() stays a web application."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

QUARTO = ("project:\n  type: website\n  output-dir: _site\n\nwebsite:\n  title: \"Observatoire des inondations\"\n"
          "  navbar:\n    left:\n      - href: index.qmd\n        text: Accueil\n      - href: habitants.qmd\n        text: Habitants\n"
          "\nformat:\n  html:\n    theme: cosmo\n")
PAGE = ("---\ntitle: \"Habitants en zone inondable\"\n---\n\n```{ojs}\ncommunes = FileAttachment(\"layers/communes.json\").json()\n```\n\n"
        "```{=html}\n<div id=\"map\" style=\"height:500px\"></div>\n<script src=\"js/maplibre.js\"></script>\n"
        "<script>\nconst map = new maplibregl.Map({container: 'map', center: [0.4, 46.5], zoom: 8});\n</script>\n```\n")
PREP = ("library(jsonlite)\nlibrary(sf)\nlibrary(dplyr)\nlibrary(shiny)\n\n"
        "communes <- readRDS(\"data/communes.rds\")\nif (!inherits(communes, \"sf\")) {\n  communes <- st_as_sf(communes)\n}\n"
        "st_write(communes, \"layers/communes.geojson\", driver = \"GeoJSON\")\n"
        "bb <- st_bbox(communes)\nwrite_json(as.list(bb), \"data/bb.json\")\n")
FILES = {"README.md": "\"Observatoire de la vulnérabilité aux inondations\"\n", "_quarto.yml": QUARTO,
         "index.qmd": "---\ntitle: \"Accueil\"\n---\n\nL'observatoire présente les enjeux exposés aux crues du bassin.\n",
         "habitants.qmd": PAGE, "donnees.R": PREP, "styles.css": "#map { width: 100%; }\n",
         "layers/communes.json": '{"type": "FeatureCollection", "features": []}\n',
         "assets/toggle.js": ("document.addEventListener('DOMContentLoaded', () => {\n  const b = document.querySelector('#legend-toggle');\n"
                              "  b.addEventListener('click', () => document.body.classList.toggle('legend-open'));\n});\n"),
         "assets/target-blank.js": ("document.querySelectorAll('a[href^=\"http\"]').forEach(a => {\n  a.target = '_blank';\n"
                                    "  a.rel = 'noopener';\n});\n")}
APP = PREP + ("\nui <- fluidPage(titlePanel(\"Communes\"), tableOutput(\"t\"))\n"
              "server <- function(input, output) {\n  output$t <- renderTable(st_drop_geometry(communes))\n}\nshinyApp(ui, server)\n")

CHECKS = ["reusability.configuration", "reusability.portability"]


def test_a_data_script_loading_shiny_leaves_the_quarto_website_a_static_site(tmp_path):
    report, res = judge(tmp_path, FILES, CHECKS, name="site")
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]
    assert "sans objet" in res["reusability.portability"]["message"]["fr"], res["reusability.portability"]["message"]


def test_an_r_script_building_a_shiny_application_stays_a_web_application(tmp_path):
    report, _ = judge(tmp_path, {**FILES, "donnees.R": APP}, CHECKS, name="app")
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
