"""An R project installing its packages from its organisation's own repository (issue 12, session 30 reader m22o4, a
metropolis's data lab): renv.lock's only repository was the metropolis's Posit Package Manager (https://rstudio-pm.<org>.fr/
prod-cran/latest), which alone holds three of the packages the application imports, yet scaling.hosting passed "no risky hosting
dependency". A lockfile's package repository that is no public home of R packages (CRAN and its mirrors, Posit's public Package
Manager, R-universe, Bioconductor) is an internal server another territory cannot reach; CRAN and its mirrors are none, and an
rsconnect record of the server the author deployed to (rsconnect/…/app.dcf) stays no dependency: a reuser's deployApp() writes its own."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

HOSTING = "scaling.hosting"


def lock(url: str) -> str:
    return json.dumps({"R": {"Version": "4.1.2", "Repositories": [{"Name": "CRAN", "URL": url}]},
                       "Packages": {"shiny": {"Package": "shiny", "Version": "1.7.1", "Source": "Repository", "Repository": "CRAN"},
                                    "xtradata": {"Package": "xtradata", "Version": "0.3.0", "Source": "Repository", "Repository": "RSPM"}}},
                      indent=2) + "\n"


APP = {"app.R": "library(shiny)\nlibrary(xtradata)\nshinyApp(fluidPage(h2(\"Parkings\"), plotOutput(\"taux\")), function(input, output) {\n"
                "  output$taux <- renderPlot(plot(1:10))\n})\n",
       "README.md": "# Parkings\n\nOutil de suivi de l'occupation des parkings, servi par Shiny.\n",
       "rsconnect/connect.example.fr/agent/parkings.dcf": "name: parkings\nserver: connect.example.fr\nhostUrl: https://connect.example.fr/__api__\n"}


def test_a_lockfile_installing_from_the_organisations_package_manager_is_an_internal_dependency(tmp_path):
    r = judge(tmp_path, dict(APP, **{"renv.lock": lock("https://rstudio-pm.metropole-it.fr/prod-cran/latest")}), [HOSTING])[1][HOSTING]
    assert r["status"] == "warn", r["message"]
    assert any(e["path"] == "renv.lock" and "rstudio-pm.metropole-it.fr" in json.dumps(e["value"]) for e in r["evidence"]), r["evidence"]
    assert "rstudio-pm.metropole-it.fr" in r["message"]["en"] or "internal" in r["message"]["en"], r["message"]


def test_cran_its_mirrors_and_posits_public_manager_are_no_dependency(tmp_path):
    for i, url in enumerate(("https://cloud.r-project.org", "https://packagemanager.posit.co/cran/latest", "https://mirror.ibcp.fr/pub/CRAN/",
                             "https://cran.irsn.fr")):
        r = judge(tmp_path / str(i), dict(APP, **{"renv.lock": lock(url)}), [HOSTING])[1][HOSTING]
        assert r["status"] == "pass", (url, r["message"])
