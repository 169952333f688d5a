"""A library's install judged as a library's (issue 12, session 22 fixer b3, on a WFS data provider published as an npm package
and an R package of reference data): a package manifest (package.json, DESCRIPTION, setup.py) and the README's install command
stayed warn 6 on reusability.install ("Install tooling: package"), the manifest counting 2 of the 6 points a container and a
compose file earn, and the advice asked for a Dockerfile and a compose.yaml starting "the service". A library or a command-line
tool is installed by its language's package manager: its manifest is its whole install recipe (pass with written instructions,
warn 6 without), and the advice names that manifest and its ecosystem's command. A web application with the same setup.py and
instructions is still asked for a container; a library without a manifest is unchanged."""

from __future__ import annotations

from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

DESCRIPTION = ("Package: refcommunes\nTitle: Referentiel des communes\nVersion: 0.2.0\nAuthors@R: person('Anne', 'Leroy', role = c('aut', 'cre'))\n"
               "Description: Jeux de donnees de reference sur les communes.\nLicense: MIT + file LICENSE\nEncoding: UTF-8\nLazyData: true\n"
               "Imports: dplyr, readr\n")
R_README = ("# refcommunes\n\nPaquet R de données de référence sur les communes.\n\n## Installation\n\n"
            "```r\nremotes::install_github(\"exemple/refcommunes\")\n```\n\n## Utilisation\n\n```r\nlibrary(refcommunes)\n```\n")
R_FILES = {"DESCRIPTION": DESCRIPTION, "NAMESPACE": "export(communes)\n", "LICENSE": "YEAR: 2024\nCOPYRIGHT HOLDER: Exemple\n",
           "R/communes.R": "#' Les communes\n#' @export\ncommunes <- function() {\n  readr::read_csv(system.file('extdata', 'communes.csv', package = 'refcommunes'))\n}\n",
           "R/filtres.R": "#' Filtrer\n#' @export\nfiltrer <- function(df, dep) {\n  dplyr::filter(df, departement == dep)\n}\n"}
SETUP = ("from setuptools import setup, find_packages\n\nsetup(\n    name='geoflux',\n    version='1.0.0',\n    packages=find_packages(),\n"
         "    install_requires=['requests', 'shapely'],\n)\n")
PY_README = ("# geoflux\n\nBibliothèque Python lisant les flux WFS d'une plateforme régionale.\n\n## Installation\n\n"
             "```sh\npip install git+https://forge.exemple.fr/sig/geoflux.git\n```\n\n## Utilisation\n\n```python\nimport geoflux\n```\n")
PY_FILES = {"setup.py": SETUP, "geoflux/__init__.py": "from .client import lire\n",
            "geoflux/client.py": "import requests\n\n\ndef lire(url, couche):\n    return requests.get(url, params={'typeName': couche}).json()\n"}


def _install(repo, files: dict):
    ctx = ctx_for(repo([{"files": files}]))
    return ctx.fact("project")["kind"], run_check(ctx, "reusability.install")


def test_an_r_package_with_its_description_and_install_command_passes(repo):
    kind, res = _install(repo, {"README.md": R_README, **R_FILES})
    assert kind == "library"
    assert res.status.value == "pass" and res.score == 10, res.message
    assert "DESCRIPTION" in res.message["en"] and "library" in res.message["en"] and "bibliothèque" in res.message["fr"]
    assert "remotes::install_github" in res.remediation["en"] and "Dockerfile" not in res.remediation["en"]
    assert "pip install" not in res.remediation["en"] and "pip install" not in res.remediation["fr"]


def test_a_python_library_with_setup_py_and_pip_install_passes(repo):
    kind, res = _install(repo, {"README.md": PY_README, **PY_FILES})
    assert kind == "library"
    assert res.status.value == "pass" and res.score == 10, res.message
    assert "setup.py" in res.message["en"] and "pip install" in res.remediation["fr"]


def test_a_library_whose_readme_says_nothing_of_installing_stays_warn(repo):
    # the neighbouring case: the manifest is there, the install command is not written
    kind, res = _install(repo, {"README.md": "# refcommunes\n\nDonnées de référence sur les communes.\n", **R_FILES})
    assert kind == "library"
    assert res.status.value == "warn" and res.score == 6, res.message
    assert "Installation" in res.remediation["en"] and "compose" not in res.remediation["en"]


def test_a_web_application_with_the_same_setup_py_is_still_asked_for_a_container(repo):
    app = ("from flask import Flask, render_template\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n"
           "    return render_template('index.html')\n")
    files = {"README.md": PY_README.replace("Bibliothèque Python lisant", "Application web montrant"), "setup.py": SETUP.replace("'requests'", "'flask'"),
             "geoflux/__init__.py": "", "geoflux/app.py": app,
             "geoflux/templates/index.html": "<!doctype html><html><body><h1>{{ titre }}</h1></body></html>\n"}
    kind, res = _install(repo, files)
    assert kind == "web-application"
    assert res.status.value == "warn" and res.score == 6, res.message
    assert res.remediation is None  # the check's own advice: a Dockerfile and a compose.yaml starting the service


def test_a_tool_without_a_manifest_is_advised_its_own_languages_manifest_only(repo):
    script = ("import argparse\n\n\ndef main():\n    p = argparse.ArgumentParser(description='Découpe un raster par commune')\n"
              "    p.add_argument('raster')\n    p.parse_args()\n\n\nif __name__ == '__main__':\n    main()\n")
    readme = "# decoupe\n\nOutil en ligne de commande.\n\n## Installation\n\n```sh\npython3 -m venv .venv\n.venv/bin/pip install rasterio\n```\n"
    kind, res = _install(repo, {"README.md": readme, "decoupe.py": script, "decoupe_lot.py": script})
    assert kind == "cli-tool"
    assert res.status.value == "warn" and res.score == 4, res.message
    assert "pyproject.toml" in res.remediation["en"] and "pip install" in res.remediation["en"], res.remediation
    assert "DESCRIPTION" not in res.remediation["en"] and "npm" not in res.remediation["en"] and "Dockerfile" not in res.remediation["en"]


def test_the_ecosystem_advised_is_the_projects_main_language():
    from auditor.checks.reusability.install_advice import main_ecosystem

    assert main_ecosystem({"Batchfile": 1, "PHP": 1}) == "PHP"
    assert main_ecosystem({"Python": 44, "Shell": 7, "JavaScript": 2}) == "Python"
    assert main_ecosystem({"JavaScript": 3, "TypeScript": 3}) == "JavaScript"  # (a tie: by name)
    assert main_ecosystem({"Shell": 4}) is None
