"""A notebook's committed render and a bundled wheel (issue 12, session 24 reader o2, family A).

A métropole's R training repository commits its Quarto notebook's render beside the .qmd: the page (index.html, whose head
names Quarto as its generator) and <doc>_files/ with the figures and the libraries the page loads (libs/quarto-html/quarto.js,
libs/jquery-3.5.1/…). The report took those libraries for copies the authors made (reusability.dependencies), Quarto's script for
the project's code (maintainability), the render for no build output, and a reading link of the page's prose for a hosting
dependency. A QGIS plugin that ships a library as a wheel (libs/<name>-<version>-py3-none-any.whl, put on sys.path) was said to
have no dependency at all."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

QUARTO_JS = ("window.document.addEventListener('DOMContentLoaded', function () {\n"
             "  function walk(el, depth) {\n" + "".join(f"    if (el.id === 'x{i}') {{ depth += {i}; }}\n" for i in range(14))
             + "    return depth;\n  }\n  walk(document.body, 0);\n});\n")
JQUERY = "/*! jQuery v3.5.1 | (c) JS Foundation and other contributors | jquery.org/license */\n!function(e,t){e.jq=t}(this,{});\n"
PAGE = ('<!DOCTYPE html>\n<html lang="fr"><head>\n<meta charset="utf-8">\n<meta name="generator" content="quarto-1.3.450">\n'
        '<title>Étude des déplacements</title>\n<script src="etude_files/libs/quarto-html/quarto.js"></script>\n'
        '<script src="etude_files/libs/jquery-3.5.1/jquery.min.js"></script>\n</head><body>\n'
        '<p>Pour aller plus loin, voir <a href="https://someone.github.io/post/palettes/">ce billet</a>.</p>\n'
        '<img src="etude_files/figure-html/unnamed-chunk-3-1.png">\n</body></html>\n')
NOTEBOOK = {
    "README.md": "# Étude des déplacements\n\nUn notebook Quarto d'analyse des trajets domicile-travail, et son rendu html.\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2022 Agent\n",
    "_quarto.yml": "project:\n  title: \"etude\"\n",
    "etude.qmd": ("---\ntitle: Étude des déplacements\n---\n\n```{r}\nlibrary(dplyr)\nlibrary(sf)\n```\n\n"
                  "Pour aller plus loin, voir https://someone.github.io/post/palettes/\n"),
    "app.R": "library(shiny)\nlibrary(dplyr)\nui <- fluidPage(titlePanel('Trajets'))\nserver <- function(input, output) {}\nshinyApp(ui, server)\n",
    "index.html": PAGE,
    "etude_files/libs/quarto-html/quarto.js": QUARTO_JS,
    "etude_files/libs/jquery-3.5.1/jquery.min.js": JQUERY,
    "etude_files/libs/leaflet-1.3.1/leaflet.js": "/* @preserve\n * Leaflet 1.3.1, a JS library for interactive maps. http://leafletjs.com\n */\nvar L = {};\n",
    "etude_files/figure-html/unnamed-chunk-3-1.png": b"\x89PNG\r\n\x1a\n\x00\x00",
}
CHECKS = ["reusability.dependencies", "reusability.maintainability", "reusability.build-output", "scaling.hosting"]


def test_a_committed_quarto_render_is_build_output_and_none_of_the_projects_own(tmp_path):
    report, res = judge(tmp_path, NOTEBOOK, CHECKS)
    inv = report["facts"]["inventory"]
    assert inv["libraries"] == [], inv["libraries"]  # the render's libraries are no copies the authors made
    dep = res["reusability.dependencies"]
    assert "copied" not in dep["message"]["en"] and "shiny" in dep["message"]["en"], dep["message"]  # the R packages are named
    assert res["reusability.maintainability"]["details"].get("over_threshold", 0) == 0, res["reusability.maintainability"]["message"]
    assert "quarto.js" not in str(res["reusability.maintainability"]), res["reusability.maintainability"]["message"]
    build = res["reusability.build-output"]
    assert build["status"] == "warn" and "render" in build["message"]["en"] and "etude_files/" in build["message"]["en"], build["message"]
    assert "index.html" in build["message"]["en"]
    hosts = [h["host"] for h in report["facts"]["hosting_dependencies"]["hosts"]] if "hosting_dependencies" in report["facts"] else []
    assert not any("someone" in h for h in hosts), hosts
    assert res["scaling.hosting"]["status"] == "pass", res["scaling.hosting"]["message"]


def test_a_page_written_by_hand_and_libraries_copied_by_hand_stay_the_projects(tmp_path):
    # no document to render: the page and the libraries beside it are the project's own site
    files = {k: v for k, v in NOTEBOOK.items() if k not in ("etude.qmd", "_quarto.yml")}
    files["index.html"] = PAGE.replace('<meta name="generator" content="quarto-1.3.450">\n', "")
    files = {k.replace("etude_files/libs/", "js/lib/"): v for k, v in files.items()}
    report, res = judge(tmp_path, files, ["reusability.dependencies", "reusability.build-output"])
    names = {lib["name"] for lib in report["facts"]["inventory"]["libraries"]}
    assert {"jquery", "leaflet"} <= names, names
    assert res["reusability.build-output"]["status"] == "pass", res["reusability.build-output"]["message"]


PLUGIN = {
    "metadata.txt": "[general]\nname=Gestion des lots\nqgisMinimumVersion=3.28\nversion=1.0\nauthor=Bureau SIG\n",
    "README.md": "# Gestion des lots\n\nExtension QGIS de gestion des lots de chasse communaux.\n",
    "__init__.py": ("import os\nimport sys\n\nlibs = os.path.join(os.path.dirname(__file__), 'libs')\nfor f in os.listdir(libs):\n"
                    "    if f.endswith('.whl'):\n        sys.path.append(os.path.join(libs, f))\n\n\ndef classFactory(iface):\n"
                    "    from .plugin import Lots\n    return Lots(iface)\n"),
    "plugin.py": "import openpyxl\nfrom qgis.core import QgsProject\n\n\nclass Lots:\n    def __init__(self, iface):\n        self.iface = iface\n",
    "libs/tablib-2.1.0-py2.py3-none-any.whl": b"PK\x03\x04\x14\x00\x00\x00",
}


def test_a_bundled_wheel_is_a_copied_library(tmp_path):
    report, res = judge(tmp_path, PLUGIN, ["reusability.dependencies"])
    libs = report["facts"]["inventory"]["libraries"]
    assert [(lib["name"], lib["version"], lib["ecosystem"]) for lib in libs] == [("tablib", "2.1.0", "python")], libs
    dep = res["reusability.dependencies"]
    assert dep["status"] in ("fail", "warn") and "tablib 2.1.0" in dep["message"]["en"], dep["message"]
    assert "QGIS" in dep["remediation"]["en"] and "Dependabot" not in dep["remediation"]["en"], dep["remediation"]


def test_a_plugin_without_a_wheel_still_needs_no_manifest(tmp_path):
    files = {k: v for k, v in PLUGIN.items() if not k.startswith("libs/")}
    files["plugin.py"] = "from qgis.core import QgsProject\n\n\nclass Lots:\n    def __init__(self, iface):\n        self.iface = iface\n"
    report, res = judge(tmp_path, files, ["reusability.dependencies"])
    assert report["facts"]["inventory"]["libraries"] == []
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]["message"]


def test_the_projects_own_wheel_is_its_build(tmp_path):
    files = {"README.md": "# Outil\n\nUn outil en ligne de commande.\n", "pyproject.toml": "[project]\nname = \"outil\"\nversion = \"1.0\"\n",
             "outil/__init__.py": "def main():\n    return 0\n", "releases/outil-1.0-py3-none-any.whl": b"PK\x03\x04"}
    report, res = judge(tmp_path, files, ["reusability.build-output"], name="outil")
    assert report["facts"]["inventory"]["libraries"] == []
    assert report["facts"]["inventory"]["categories"]["build"] == 1
