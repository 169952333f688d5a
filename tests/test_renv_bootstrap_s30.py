"""renv's bootstrap and golem's run mode taken for an application's settings (issue 12, session 30 reader m22o4, a metropolis's
data lab): 13 of the 15 "undocumented settings" of an R package were renv/activate.R's own (RENV_PATHS_LIBRARY, GITHUB_PAT,
R_INSTALL_PKG…), written by renv::init() the same in every renv project, and one was R_CONFIG_ACTIVE (GOLEM_CONFIG_ACTIVE in
newer templates), which golem's app_config.R passes to the config package to pick a section of golem-config.yml (the run mode,
like NODE_ENV); the one setting of the project was its API key. renv/activate.R and packrat/init.R are the package manager's
code, R_CONFIG_ACTIVE a run mode; a variable the project's own code reads stays a setting, in a file named activate.R of its own
too."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONFIG = "reusability.configuration"

ACTIVATE = ("local({\n\n  # the requested version of renv\n  version <- \"0.14.0\"\n\n"
            "  project <- Sys.getenv(\"RENV_ACTIVATE_PROJECT\")\n  libpath <- Sys.getenv(\"RENV_PATHS_LIBRARY\", unset = NA)\n"
            "  pat <- Sys.getenv(\"GITHUB_PAT\")\n  root <- Sys.getenv(\"RENV_PATHS_LIBRARY_ROOT\", unset = NA)\n"
            "  install <- Sys.getenv(\"R_INSTALL_PKG\", unset = \"renv\")\n\n})\n")
PACKRAT_INIT = "local({\n  if (is.na(Sys.getenv(\"RSTUDIO_PACKRAT_BOOTSTRAP\", unset = NA))) {\n    message(\"Packrat bootstrap\")\n  }\n})\n"
APP = {
    "DESCRIPTION": "Package: suivi\nTitle: Suivi\nVersion: 0.5.0\nLicense: MIT + file LICENSE\nImports:\n    config,\n    golem,\n    shiny\n",
    "NAMESPACE": "export(run_app)\nimport(shiny)\n", "LICENSE": "YEAR: 2022\nCOPYRIGHT HOLDER: Metropole\n",
    "README.md": "# suivi\n\nOutil de suivi de la disponibilité des parkings de la métropole, servi par Shiny.\n",
    ".Rprofile": "source(\"renv/activate.R\")\n", "renv/activate.R": ACTIVATE, "renv.lock": "{\"R\": {\"Version\": \"4.1.2\"}, \"Packages\": {}}\n",
    "packrat/init.R": PACKRAT_INIT,
    "R/app_config.R": "get_golem_config <- function(value, config = Sys.getenv(\"GOLEM_CONFIG_ACTIVE\", Sys.getenv(\"R_CONFIG_ACTIVE\", \"default\"))) {\n  config::get(value, config)\n}\n",
    "R/app_ui.R": "app_ui <- function(request) {\n  fluidPage(h1(\"Parkings\"), plotOutput(\"taux\"))\n}\n",
    "R/app_server.R": "app_server <- function(input, output, session) {\n  cle <- Sys.getenv(\"XTRADATA_KEY\")\n  output$taux <- renderPlot(plot(1:10))\n}\n",
    "inst/golem-config.yml": "default:\n  golem_name: suivi\nproduction:\n  app_prod: yes\n",
}


def test_renv_bootstrap_and_golem_run_mode_are_no_settings_of_the_application(tmp_path):
    report, res = judge(tmp_path, APP, [CONFIG])
    r = res[CONFIG]
    assert r["details"]["undocumented"] == ["XTRADATA_KEY"], r["details"]
    assert "renv/activate.R" not in {e.get("path") for e in r.get("evidence") or []}, r["evidence"]
    assert report["facts"]["project"]["kind"] == "web-application"


def test_the_projects_own_activate_script_keeps_its_settings(tmp_path):
    files = dict(APP, **{"R/activate.R": "activer <- function() {\n  Sys.getenv(\"SUIVI_SEUIL\")\n}\n"})
    r = judge(tmp_path, files, [CONFIG])[1][CONFIG]
    assert r["details"]["undocumented"] == ["SUIVI_SEUIL", "XTRADATA_KEY"], r["details"]
