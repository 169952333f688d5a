"""An R package presenting itself as its data (issue 12, s43 fm43 = reader rk43, ymansiaux/carreauxINSEE).

A package whose README opens "Package contenant les données carroyées dans BM" ships four data sets (data/*.rda built by
data-raw/) and two functions: interoperability.data-standards said "A library … processing the data it is given, with no data of
its own" (not applicable). A package that presents itself as holding data has data of its own: its data sets are judged. Near
miss: a statistical library whose README presents functions keeps its data sets as examples (no data file).
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DATA = "interoperability.data-standards"
PKG = {"DESCRIPTION": ("Package: carreaux\nTitle: Carreaux\nVersion: 0.0.1\nDescription: Carreaux de population.\n"
                       "License: GPL (>= 3)\nImports: data.table, dplyr\nLazyData: true\n"),
       "NAMESPACE": "export(agreger)\n",
       "R/agreger.R": "agreger <- function(df, zones) {\n  dplyr::summarise(dplyr::group_by(df, zone), pop = sum(ind))\n}\n",
       "data/carreaux_200m.rda": "RDX3\nX\n", "data/carreaux_1km.rda": "RDX3\nX\n",
       "data-raw/carreaux.R": "carreaux_200m <- data.table::fread('/data/carreaux_200m.csv')\nusethis::use_data(carreaux_200m)\n"}


def _res(tmp_path, opening: str) -> dict:
    return judge(tmp_path, dict(PKG, **{"README.md": f"# carreaux\n\n{opening}\n\nVoir data-raw/ pour le calcul.\n"}), [DATA])[1][DATA]


def test_a_package_containing_its_data_has_data_of_its_own(tmp_path):
    res = _res(tmp_path, "Package contenant les données carroyées de la métropole")
    assert res["status"] != "not_applicable", res["message"]
    assert res["details"]["data_files"] == 2, res["details"]
    assert "R's own binary format" in res["message"]["en"], res["message"]


def test_a_library_of_functions_keeps_its_data_sets_as_examples(tmp_path):
    res = _res(tmp_path, "Fonctions d'agrégation des carreaux de population par zone")
    assert res["details"].get("data_files", 0) == 0, res["details"]
