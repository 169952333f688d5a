"""reusability.territory-neutral: an R script keeping the summer months of a "mm/yyyy" column (``substr(mois, 1, 2) %in%
c("06", "07", "08", "09")``) was read as a filter on one département (issue 12, session 10's reads: a park's visitor counts).
The first characters of a date or a period are no territory code; those of an INSEE code still are."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"
README = "# Fréquentation\n\nAnalyse des comptages.\n"


def tn(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def findings(r) -> list:
    return [(e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding"]


def test_a_month_filter_is_no_departement_and_an_insee_filter_is(tmp_path):
    months = ('library(dplyr)\n\ncomptages <- read.csv("data/comptages.csv")\n'
              'ete <- comptages %>%\n  subset(., substr(mois,1,2) %in% c("06", "07", "08", "09") & as.numeric(substr(mois, 4, 7))>2020)\n'
              'jour <- subset(comptages, substr(date_releve, 1, 2) == "14")\n')
    r = tn(tmp_path, {"scripts/comparaison.R": months, "README.md": README})
    assert findings(r) == [], r["evidence"]
    dep = months + 'isere <- subset(communes, substr(code_insee, 1, 2) == "38")\n'
    r = tn(tmp_path, {"scripts/comparaison.R": dep, "README.md": README}, "d")
    assert findings(r) == [("scripts/comparaison.R", 7)], r["evidence"]
