"""Kinds of project the session-15 readers found wrong (issue 12, family 1), and the verdicts whose reason named the wrong kind:
a shell kit installing a suite behind nginx ("library (undecided)"), a SPIP site's squelettes answering JSON ("static site"),
data-processing scripts beside a dashboard kept in old/ ("web application"), an AngularJS editor with a PHP back end answering
JSON ("static site"), a Bower UI theme with its demonstration page ("static site"), an R package with a Shiny gadget ("web
application"), a Python package with one debugging notebook and a pipeline image ("analysis"). Each on a git fixture shaped
like the real case."""

from __future__ import annotations

import pytest

from tests.gitrepo import Executable
from tests.test_kind_first_reads import kind_and_results

_SERVICES = ("portail", "formulaires", "agenda")


def _shell_kit() -> dict:
    files = {
        "README.md": "# suite-shell\n\nScripts d'installation de la suite sur un serveur Debian.\n",
        "install-all.sh": Executable("#!/bin/bash\nset -e\n. ./configure.env\n./base/install-base.sh\n"
                                     + "".join(f"./{s}/install-{s}.sh\n" for s in _SERVICES)),
        "start-all.sh": Executable("#!/bin/bash\n" + "".join(f"./{s}/start-{s}.sh\n" for s in _SERVICES)),
        "configure.env": "DOMAIN=example.org\n",
        "configure_data/config.env.template": "DB_HOST=\nDB_PORT=5432\n",
        "base/install-base.sh": "#!/bin/bash\napt-get install -y nginx postgresql python3-venv\n",
        "base/global.nginx.conf": "server_names_hash_bucket_size 128;\nclient_max_body_size 50M;\n",
        "base/pyenv.template": "DB_HOST = '${DB_HOST}'\nSECRET_KEY = '${SECRET_KEY}'\n",
    }
    for s in _SERVICES:
        files[f"{s}/install-{s}.sh"] = f"#!/bin/bash\npython3 -m venv /opt/{s}\n/opt/{s}/bin/pip install {s}\ncp {s}.settings.py /etc/{s}/settings.d/\n"
        files[f"{s}/start-{s}.sh"] = f"#!/bin/bash\n/opt/{s}/bin/gunicorn {s}.wsgi --bind unix:/run/{s}.sock &\n"
        files[f"{s}/stop-{s}.sh"] = f"#!/bin/bash\npkill -f /opt/{s}/bin/gunicorn\n"
        files[f"{s}/nginx-{s}.template"] = f"server {{\n  listen 80;\n  server_name {s}.${{DOMAIN}};\n  location / {{ proxy_pass http://unix:/run/{s}.sock; }}\n}}\n"
        files[f"{s}/{s}.settings.py"] = f"import os\nfrom pyenv import *\nDATABASES = {{'default': {{'NAME': '{s}', 'HOST': os.environ.get('DB_HOST')}}}}\n"
    return files


def test_shell_scripts_installing_a_suite_behind_nginx_templates_are_infrastructure(tmp_path):
    """A département's shell kit installing a suite of services (install-all.sh, <service>/install-, start-, stop-<service>.sh,
    nginx-<service>.template, settings files): "library (undecided)" before, its nginx templates not seen as server configuration."""
    project, res = kind_and_results(tmp_path, _shell_kit(), ["interoperability.api-spec", "reusability.dependencies"])
    assert (project["kind"], project["kind_decided"]) == ("infrastructure", True), project
    paths = [e["path"] for e in project["kind_evidence"]]
    assert "install-all.sh" in paths and any(p.endswith("nginx-agenda.template") or p == "base/global.nginx.conf" for p in paths), paths
    assert "deployment infrastructure" in res["interoperability.api-spec"]["message"]["en"]
    # (pyenv.py, written at install from base/pyenv.template and imported by every settings file, is the kit's own module)
    deps = res["reusability.dependencies"]
    assert "pyenv" not in deps["message"]["en"] and deps["status"] == "not_applicable", deps["message"]


_SQUELETTE_JSON = ("#HTTP_HEADER{Content-type:application/json}\n[<BOUCLE_ev(EVENEMENTS){par date}>[(#ARRAY{id,#ID_EVENEMENT,"
                   "titre,[(#TITRE|textebrut)]}|json_encode)]</BOUCLE_ev>]\n")


def test_spip_squelettes_answering_json_are_a_site_serving_an_api(tmp_path):
    """A SPIP squelettes folder (sommaire.html with its loops and inclusions, two templates sending JSON to the page's script):
    a static site before, so api-spec said "a static site publishing no API description"."""
    files = {
        "package.json": '{"name": "parcs", "private": true, "devDependencies": {"gulp": "^4.0.0"}}\n',
        "gulpfile.js": "const gulp = require('gulp');\nexports.default = () => gulp.src('spip/squelettes/scss/*.scss');\n",
        "spip/squelettes/sommaire.html": "<!DOCTYPE html>\n<html>\n<head><INCLURE{fond=inclure/head}></head>\n<body>\n"
                                         "<BOUCLE_art(ARTICLES){id_rubrique=3}>\n<h2>#TITRE</h2>\n</BOUCLE_art>\n"
                                         "<div id=\"map\"></div><script src=\"#CHEMIN{js/main.js}\"></script>\n</body>\n</html>\n",
        "spip/squelettes/inclure/head.html": "<meta charset=\"utf-8\">\n<title>[(#NOM_SITE_SPIP|textebrut)]</title>\n",
        "spip/squelettes/agenda_encours.html": _SQUELETTE_JSON,
        "spip/squelettes/agenda_avenir.html": _SQUELETTE_JSON.replace("par date", "age<0"),
        "spip/squelettes/js/main.js": "axios.get('spip.php?page=agenda_encours').then(r => draw(r.data));\nfunction draw(d) { return d.length; }\n",
    }
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec", "interoperability.auth"])
    assert (project["kind"], project["kind_decided"]) == ("web-application", True), project
    assert "SPIP" in project["kind_evidence"][0]["reason"]
    api = res["interoperability.api-spec"]
    assert api["status"] == "warn" and "agenda_" in api["message"]["en"], api["message"]
    assert "static" not in res["interoperability.auth"]["message"]["en"]


def _airbnb_scripts() -> dict:
    step = "import pandas as pd\nimport geopandas as gpd\n\ndef run(path):\n    df = pd.read_csv(path)\n    return df.groupby('ville').size()\n"
    files = {
        "README.md": "Ce projet contient quatre scripts python : extraction, mise en forme, indicateurs.\n",
        "extraction_donnees.py": "import requests\nimport pandas as pd\n\nr = requests.get('https://example.org/listings.csv.gz')\n",
        "mise_en_forme.py": step, "indicateurs.py": step, "main_indicateurs.py": "import indicateurs\nimport numpy as np\n\nindicateurs.run('a.csv')\n",
        "old/data_viz.py": "import dash\nfrom dash import dcc, html\n\napp = dash.Dash(__name__)\napp.layout = html.Div([dcc.Graph(id='g')])\n",
    }
    files.update({f"old/calcul_{i}.py": step for i in range(6)})
    return files


def test_data_processing_scripts_are_an_analysis_whatever_dashboard_old_holds(tmp_path):
    """A planning agency's pandas scripts at the root and a retired Dash dashboard in old/: a web application before (dash
    imported by old/data_viz.py), judged on an RGAA statement and building blocks of an interface it does not have."""
    project, res = kind_and_results(tmp_path, _airbnb_scripts(), ["interoperability.accessibility-and-ecodesign"])
    assert (project["kind"], project["kind_decided"]) == ("analysis", True), project
    assert not any(e["path"].startswith("old/") for e in project["kind_evidence"])
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def _editor(php: str) -> dict:
    partial = "<div class=\"form-group\"><label>{{ 'TITLE' | translate }}</label><input ng-model=\"md.title\"></div>\n"
    return {
        "README.md": "# Éditeur de métadonnées\n\nÉditeur de fiches de métadonnées INSPIRE.\n",
        "index.html": "<!DOCTYPE html>\n<html ng-app=\"mdEdit\">\n<body><div ng-view></div><script src=\"app/mdEdit.js\"></script></body>\n</html>\n",
        "app/mdEdit.js": "angular.module('mdEdit', []).controller('Main', function($http) {\n  $http.get('php/index.php?action=getListXML');\n});\n",
        "app/directives/edit/partials/editTitle.html": partial,
        "app/directives/edit/partials/editDate.html": partial.replace("title", "date"),
        "app/directives/edit/partials/editContacts.html": partial.replace("title", "contact"),
        "php/index.php": php,
    }


_BACKEND = ("<?php\nfunction getParam($p) { return isset($_GET[$p]) ? $_GET[$p] : ''; }\n$response = array('success' => false);\n"
            "if (getParam('action') == 'getListXML') {\n  $response['files'] = scandir('../data');\n  $response['success'] = true;\n"
            "  echo json_encode($response);\n}\n")
_PROXY = "<?php\n$url = '';\nif (isset($_GET['url'])) {\n    $url = $_GET['url'];\n}\nif ($url) {\n    echo file_get_contents($url);\n}\n"


def test_static_pages_over_a_php_back_end_answering_json_are_a_web_application(tmp_path):
    """An AngularJS metadata editor whose php/index.php reads the request's action and answers JSON: a static site before
    (its Angular partials), so api-spec and auth were "not applicable to a static site"."""
    project, res = kind_and_results(tmp_path, _editor(_BACKEND), ["interoperability.api-spec"])
    assert (project["kind"], project["kind_decided"]) == ("web-application", True), project
    assert project["kind_evidence"][0]["path"] == "php/index.php"
    assert res["interoperability.api-spec"]["status"] == "warn" and "php/index.php" in res["interoperability.api-spec"]["message"]["en"]


def test_static_pages_over_a_php_proxy_stay_a_static_site(tmp_path):
    """The same pages over a 10-line proxy relaying a catalogue's answer (echo file_get_contents($url)): still a static site."""
    project, _ = kind_and_results(tmp_path, _editor(_PROXY), [])
    assert project["kind"] == "static-site", project


def test_a_bower_ui_theme_is_a_library_not_its_demonstration_page(tmp_path):
    """A fire service's Bootstrap theme published with Bower (bower.json "main": ["css/main.css"]) and its demo index.html: a
    static site before, so every interface check judged the demo."""
    files = {
        "README.md": "# SDIS - UI\n\n## Documentation\n\nAvec Bower :\n`bower install sdis-ui`\n\nIl faut ensuite lier la feuille de style main.css.\n",
        "bower.json": '{\n  "name": "sdis-ui",\n  "version": "3.0.0",\n  "main": ["css/main.css"],\n  "dependencies": {"modernizr": "2.*.*"}\n}\n',
        "css/main.css": ".navbar-sdis { background: #c00; }\n.btn-sdis { border-radius: 0; }\n",
        "js/main.js": "$(function () { $('[data-toggle=tooltip]').tooltip(); });\n",
        "index.html": "<!DOCTYPE html>\n<html><head><link rel=\"stylesheet\" href=\"css/main.css\"></head>\n<body><nav class=\"navbar-sdis\"></nav></body></html>\n",
    }
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec"])
    assert (project["kind"], project["kind_decided"]) == ("library", True), project
    assert project["kind_evidence"][0]["path"] == "bower.json"
    assert "this project, a library or package" in res["interoperability.api-spec"]["message"]["en"]


def _r_package(extra: dict | None = None) -> dict:
    files = {
        "DESCRIPTION": "Package: disagg\nType: Package\nTitle: Temporal Disaggregation\nVersion: 1.0.0\n"
                       "Imports: stats, shiny, shinyjs\nLicense: MIT + file LICENSE\n",
        "NAMESPACE": "export(twoSteps)\nexport(reView)\nimport(stats)\n",
        "R/twoSteps.R": "#' Two-steps benchmark\n#' @export\ntwoSteps <- function(hfserie, lfserie) {\n  lm(lfserie ~ hfserie)\n}\n",
        "R/smooth.R": "smooth <- function(x) stats::filter(x, rep(1 / 3, 3))\n",
        "R/plot.R": "plot.twoSteps <- function(x, ...) graphics::plot(x$fitted)\n",
        "R/reView.R": "reView <- function(object) {\n  ui <- shiny::fluidPage(shiny::plotOutput('p'))\n"
                      "  server <- function(input, output) output$p <- shiny::renderPlot(plot(object))\n  shiny::shinyApp(ui, server)\n}\n",
        "vignettes/disagg.Rmd": "---\ntitle: Introduction\n---\n\n```{r}\nlibrary(disagg)\n```\n",
        "vignettes/outliers.Rmd": "---\ntitle: Outliers\n---\n\n```{r}\nlibrary(disagg)\n```\n",
        "README.Rmd": "---\noutput: github_document\n---\n\n# disagg\n\n```{r}\nlibrary(disagg)\n```\n",
        "index.html": "<!DOCTYPE html>\n<html><body><h1>disagg</h1></body></html>\n",
        "tests/testthat/test-twoSteps.R": "test_that('works', expect_true(TRUE))\n",
    }
    files.update(extra or {})
    return files


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_an_r_package_with_a_shiny_gadget_is_a_library(tmp_path, eol):
    """A statistics institute's CRAN package (DESCRIPTION, NAMESPACE, R/) whose reView() opens a Shiny gadget: a web application
    before (9 for Shiny against 3 for the named package), judged on an RGAA statement and building blocks. (Another institute's
    package, its DESCRIPTION written with CRLF line ends and its README.Rmd and vignettes, was an analysis.)"""
    files = _r_package()
    files["DESCRIPTION"] = files["DESCRIPTION"].replace("\n", eol)
    project, res = kind_and_results(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    assert (project["kind"], project["kind_decided"]) == ("library", True), project
    assert project["kind_evidence"][0] == {"path": "DESCRIPTION", "reason": "R package (DESCRIPTION)"}
    assert "analysis" not in project["scores"], project["scores"]  # (its README.Rmd and vignettes are no notebooks)
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_a_shiny_application_packaged_with_golem_stays_a_web_application(tmp_path):
    """A Shiny application built as an R package by golem (R/app_ui.R, R/app_server.R, R/run_app.R): that application."""
    files = _r_package({"R/app_ui.R": "app_ui <- function(request) shiny::fluidPage(shiny::h1('Tableau de bord'))\n",
                        "R/app_server.R": "app_server <- function(input, output, session) {}\n",
                        "R/run_app.R": "run_app <- function() shiny::shinyApp(app_ui, app_server)\n",
                        "inst/golem-config.yml": "default:\n  golem_name: disagg\n"})
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "web-application", project


def _python_package(cmd: str) -> dict:
    module = "import pandas as pd\n\n\ndef borders(level: str) -> pd.DataFrame:\n    return pd.DataFrame({'level': [level]})\n"
    files = {
        "README.md": "# contours\n\nRécupérer les contours administratifs officiels.\n",
        "pyproject.toml": "[project]\nname = \"contours\"\nversion = \"0.1.0\"\ndependencies = [\"pandas\", \"requests\"]\n\n"
                          "[build-system]\nrequires = [\"hatchling\"]\nbuild-backend = \"hatchling.build\"\n",
        "Dockerfile": f"FROM python:3.12-slim\nCOPY pyproject.toml .\nCOPY contours ./contours\nCOPY docker/test.py .\nRUN pip install .\nCMD {cmd}\n",
        "docker/test.py": "from contours.download import borders\nprint(borders('region'))\n",
        "contours/__init__.py": "",
        "misc/debug-download.ipynb": '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n',
        "tests/test_download.py": "from contours.download import borders\n\ndef test_borders():\n    assert len(borders('region')) == 1\n",
    }
    files.update({f"contours/{m}.py": module for m in ("download", "pipeline", "s3", "utils", "mapshaper", "config", "constants", "layer",
                                                       "scraper", "dataset", "output", "hash")})
    return files


def test_a_python_package_with_a_debugging_notebook_and_a_pipeline_image_is_a_library(tmp_path):
    """A national institute's importable package (contours/__init__.py beside pyproject's name) with one notebook in misc/ and an
    image running a test script: "analysis" before (the notebook; the image kept the named package from counting)."""
    project, _ = kind_and_results(tmp_path, _python_package('["python", "test.py"]'), [])
    assert (project["kind"], project["kind_decided"]) == ("library", True), project
    assert project["kind_evidence"][0]["path"] == "pyproject.toml"


def test_a_python_package_its_image_runs_is_not_called_a_library_for_its_name(tmp_path):
    """The same package whose image runs it (CMD python -m contours): a program run in its container, no library by its name."""
    project, _ = kind_and_results(tmp_path, _python_package('["python", "-m", "contours"]'), [])
    assert not (project["kind"] == "library" and project["kind_decided"]), project
