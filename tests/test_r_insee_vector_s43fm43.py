"""An R vector of communes' INSEE codes (issue 12, s43 fm43 = reader rk43, ymansiaux/carreauxINSEE).

A data package's build script keeps one intercommunality's communes by their codes, written in R:
``listeCodesCommune <- c(33003, 33004, …)``. The name (code(s) + commune, plural) with R's ``<-`` and ``c(…)`` vector is the same
hard-coded territory as ``code_commune = ["33003", …]`` in Python: reusability.territory-neutral and interoperability.identifiers
find it. Near miss: a numeric vector under another name (thresholds, years) stays no territory.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SCRIPT = """library(data.table)

csv_location <- "donnees/carreaux_200m.csv"
{line}
carreaux <- fread(csv_location)
carreaux_bm <- carreaux[substr(Depcom, 1, 5) %in% {name}]
fwrite(carreaux_bm, "carreaux_bm.csv")
"""

CODES = "listeCodesCommune  <- c(33003,33004,33013,33032,33039,33056,33063,\n                        33065,33069,33075)"
OTHER = "listeSeuils  <- c(10000,20000,30000,40000,50000,60000,70000,\n                  80000,90000,99999)"
CHECKS = ["reusability.territory-neutral", "interoperability.identifiers"]


def _res(tmp_path, line: str, name: str) -> dict:
    files = {"data-raw/carreaux.R": SCRIPT.replace("{line}", line).replace("{name}", name),
             "README.md": "# carreaux\n\nDonnées carroyées.\n"}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_an_r_vector_of_commune_codes_is_a_hard_coded_territory(tmp_path):
    res = _res(tmp_path, CODES, "listeCodesCommune")
    assert res["reusability.territory-neutral"]["status"] != "pass", res["reusability.territory-neutral"]["message"]
    assert res["interoperability.identifiers"]["details"]["hard_coded"] >= 1, res["interoperability.identifiers"]["message"]


def test_an_r_vector_of_thresholds_is_no_territory(tmp_path):
    res = _res(tmp_path, OTHER, "listeSeuils")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["message"]
    assert res["interoperability.identifiers"]["details"].get("hard_coded", 0) == 0
