"""A Python package its pyproject's build backend packages, beside more notebooks than modules (issue 12, s40 fo40 = yougis/bilbo).

OEIL's bilbo is a Poetry package (``[build-system] build-backend = "poetry.core.masonry.api"``, ``packages = [{ include = … }]``
naming folders with an ``__init__.py``) with a dozen example notebooks and two scratch notebooks beside it: it was read as a
data analysis (notebooks outnumbering the package's modules), and the checks judging libraries were skipped. A pyproject with a
build backend whose package folders exist is a library whatever the number of notebooks beside it. Near miss: notebooks beside a
pyproject of dependencies only (no build-system, no package folder) stay an analysis.
"""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge


def _notebook(text: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "source": [text], "outputs": [], "execution_count": None}],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


PYPROJECT = ('[tool.poetry]\nname = "geo-indicateurs"\nversion = "0.2.0"\ndescription = "Indicateurs géographiques"\n'
             'packages = [\n    { include = "indic_geo" },\n    { include = "indic_outils" },\n]\n\n'
             '[tool.poetry.dependencies]\npython = "^3.11"\ngeopandas = "*"\n\n'
             '[build-system]\nrequires = ["poetry-core>=1.0.0"]\nbuild-backend = "poetry.core.masonry.api"\n')
PACKAGE = {
    "pyproject.toml": PYPROJECT,
    "indic_geo/__init__.py": "",
    "indic_geo/surface.py": "import geopandas as gpd\n\n\ndef surface(gdf):\n    return gdf.area.sum()\n",
    "indic_outils/__init__.py": "",
    "indic_outils/lecture.py": "import geopandas as gpd\n\n\ndef lire(path):\n    return gpd.read_file(path)\n",
    "README.md": "# Indicateurs\n\nPaquet de calcul d'indicateurs.\n\n```\npip install geo-indicateurs\n```\n",
    **{f"examples/exemple_{i}.ipynb": _notebook(f"from indic_geo.surface import surface\nprint({i})") for i in range(6)},
    "brouillon/essai.ipynb": _notebook("import indic_outils"),
    "brouillon/donnees.ipynb": _notebook("import geopandas"),
}


def test_a_built_package_beside_notebooks_is_a_library(tmp_path):
    report, res = judge(tmp_path, PACKAGE, ["reusability.configuration", "reusability.portability"])
    project = report["facts"]["project"]
    assert project["kind"] == "library", project
    assert project["kind_evidence"][0]["path"] == "pyproject.toml"
    assert res["reusability.portability"]["status"] != "not_applicable"


def test_notebooks_beside_a_pyproject_of_dependencies_only_stay_an_analysis(tmp_path):
    deps_only = {k: v for k, v in PACKAGE.items() if not k.startswith("indic_")}
    deps_only["pyproject.toml"] = '[project]\nname = "etude"\nversion = "0.1"\ndependencies = ["geopandas"]\n'
    deps_only["calcul.py"] = "import geopandas as gpd\n\nprint(gpd.read_file('a.gpkg').area.sum())\n"
    report, _ = judge(tmp_path, deps_only, ["reusability.portability"])
    assert report["facts"]["project"]["kind"] == "analysis", report["facts"]["project"]
