"""documentation.readme, readme-sections, reusability.install (issue 12, s38 fk38 = FlorentBedecarratsNM/meal4cast).

A golem Shiny package's README.Rmd is R usethis's README template left unfilled: "The goal of <pkg> is to ...", "You can install the
development version of <pkg> like so:" over the "# FILL THIS IN! HOW CAN PEOPLE INSTALL YOUR DEV PACKAGE?" block, "This is a basic
example which shows you how to solve a common problem:". It was a short README with a purpose, an installation and a usage. The
template is recognised: its README says nothing of the project (fail), every section missing, no written install instructions.
Near miss: a README from the same template whose purpose, installation and example are written keeps its verdict (the team's text).
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CHECKS = ["documentation.readme", "documentation.readme-sections", "reusability.install"]
HEAD = ("---\noutput: github_document\n---\n\n<!-- README.md is generated from README.Rmd. Please edit that file -->\n\n"
        "```{r, include = FALSE}\nknitr::opts_chunk$set(collapse = TRUE)\n```\n\n# repas\n\n<!-- badges: start -->\n<!-- badges: end -->\n\n")
TAIL = ("## Example\n\nThis is a basic example which shows you how to solve a common problem:\n\n```{r example}\nlibrary(repas)\n"
        "## basic example code\n```\n\n## GitOps\nThe following commands need to be added to the DockerFile.\n```{bash}\n\n```\n")
UNFILLED = HEAD + ("The goal of repas is to ...\n\n## Installation\n\nYou can install the development version of repas like so:\n\n"
                   "``` r\n# FILL THIS IN! HOW CAN PEOPLE INSTALL YOUR DEV PACKAGE?\n```\n\n") + TAIL
FILLED = HEAD + ("The goal of repas is to forecast how many pupils eat at each school canteen of the city, day by day, from past "
                 "attendance, holidays and menus. The kitchens order their food "
                 "with it three days ahead, and the schools see the forecast of the coming week on one page, with the past week beside it.\n\n## Installation\n\nInstall the package from its repository with remotes:\n\n"
                 "``` r\nremotes::install_github(\"ville/repas\")\n```\n\n## Example\n\nStart the application and pick a school:\n\n"
                 "```{r example}\nrepas::run_app()\n```\n")


def run(tmp_path, readme: str) -> dict:
    files = {"README.Rmd": readme, "DESCRIPTION": "Package: repas\nTitle: Forecast\nVersion: 0.1.0\nImports: shiny, golem\n",
             "NAMESPACE": "export(run_app)\n", "R/run_app.R": "run_app <- function() {\n  shiny::shinyApp(app_ui, app_server)\n}\n",
             "R/app_ui.R": "app_ui <- function(request) {\n  shiny::fluidPage(shiny::h1(\"repas\"))\n}\n",
             "R/app_server.R": "app_server <- function(input, output, session) {\n  output$n <- shiny::renderText(1)\n}\n",
             "Dockerfile": "FROM rocker/r-ver:4.3.1\nRUN R -e 'install.packages(\"remotes\")'\nCOPY . /app\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=CHECKS))
    return {r["id"]: r for r in report["results"]}


def test_usethis_readme_left_unfilled_is_the_template(tmp_path):
    r = run(tmp_path, UNFILLED)
    assert r["documentation.readme"]["status"] == "fail" and "usethis" in r["documentation.readme"]["message"]["en"], r["documentation.readme"]
    sections = r["documentation.readme-sections"]
    assert not [e for e in sections["evidence"] if e.get("kind") == "found" and (e.get("value") or {}).get("section")], sections["evidence"]
    assert "written instructions: yes" not in r["reusability.install"]["message"]["en"], r["reusability.install"]["message"]


def test_usethis_readme_filled_in_keeps_its_sections(tmp_path):
    r = run(tmp_path, FILLED)
    assert r["documentation.readme"]["status"] in ("pass", "warn") and "template" not in r["documentation.readme"]["message"]["en"], \
        r["documentation.readme"]
    found = {(e.get("value") or {}).get("section") for e in r["documentation.readme-sections"]["evidence"] if e.get("kind") == "found"}
    assert {"purpose", "install"} <= found, found
    assert "written instructions: yes" in r["reusability.install"]["message"]["en"], r["reusability.install"]["message"]
