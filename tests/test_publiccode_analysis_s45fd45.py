"""publiccode suggestion for an analysis (issue 12, s45 fd45 = reader rd45 on merryspankersltd/typo_artificialisation).

One R script, run on one's own computer, reads a CSV of communes and classes them by land take (kind "analysis"): the suggested
publiccode.yml said platforms ["web"] and softwareType "standalone/web", unmarked, for want of a web language or a known kind. An
analysis is run where it is installed, like a command-line tool: linux/windows/mac, "standalone/other".
Near miss: an R Shiny application served to browsers stays "web" / "standalone/web".
"""

from __future__ import annotations

from tests.test_publiccode_kind_s37fh37 import _suggest

SCRIPT = ("library(readr)\nlibrary(bestNormalize)\n\nsurfaces <- read_csv2('surfaces_communes.csv')\n"
          "surfaces$intensite <- bestNormalize(surfaces$surface_2020 - surfaces$surface_2010)$x.t\n"
          "surfaces$classe <- cut(surfaces$intensite, breaks = c(-Inf, -1, 1, Inf), labels = c('faible', 'moyenne', 'forte'))\n"
          "write_csv2(surfaces, 'typologie.csv')\n")
README = ("# Typologie de la consommation d'espace\n\nCe script classe les communes selon l'intensité de leur consommation d'espace "
          "entre 2010 et 2020 et la part de l'habitat et de l'activité.\n\n## Méthode\n\nLes surfaces sont normalisées puis découpées en trois classes.\n")


def test_an_analysis_script_is_no_web_software(repo, tmp_path):
    text = _suggest(repo, tmp_path, {"script_typologie.R": SCRIPT, "surfaces_communes.csv": "code_insee;surface_2010;surface_2020\n01001;10;12\n",
                                     "README.md": README})
    assert '"web"' not in text and 'softwareType: "standalone/other"' in text, text  # was platforms ["web"], "standalone/web"
    assert '  - "linux"\n  - "windows"\n  - "mac"' in text, text


def test_near_miss_a_shiny_application_stays_web(repo, tmp_path):
    app = ("library(shiny)\n\nui <- fluidPage(titlePanel('Consommation'), tableOutput('t'))\n"
           "server <- function(input, output) {\n  output$t <- renderTable(read.csv2('surfaces_communes.csv'))\n}\n\nshinyApp(ui, server)\n")
    text = _suggest(repo, tmp_path, {"app.R": app, "surfaces_communes.csv": "code_insee;surface_2010\n01001;10\n", "README.md": README})
    assert 'platforms:\n  - "web"' in text and 'softwareType: "standalone/web"' in text, text
