"""Verdicts found wrong on R Markdown integration scripts of an environmental observatory (session 5's first read of an
Observatoire-environnement-Bretagne repository, issue 12): the chunks of .Rmd/.qmd documents were never read by the text scan,
so their parameters (one region's départements), the GeoPackage they write and the territory filters were unseen; the data
tables beside them (raw_data/*.csv, .rds) were no data set. Each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

NAIADES = """---
title: "Intégration des indices hydrobiologiques"
output: html_notebook
params:
  api_sites: https://hubeau.eaufrance.fr/api/vbeta/hydrobio/stations_hydrobio?
  num_departement: '22,29,35,56,50,44,49,53'
  date_debut: '2007-01-01'
---

Ce document récupère les stations des départements du bassin.

```{r setup}
library(tidyverse)
library(httr)
library(sf) # Traitement de données géoréférencées
```

```{r stations}
stations <- GET(paste0(params$api_sites, "code_departement=", params$num_departement)) %>% content()
sites <- st_as_sf(stations, coords = c("x", "y"), crs = 4326)
```

```{r export}
tmp1 <- tempfile(fileext = ".gpkg")
st_write(sites, tmp1)
gdalUtilities::ogr2ogr(tmp1, tmp2, f = "GPKG", nlt = "MULTIPOLYGON")
fichiers <- list.files(paste0(params$chemin_source, "\\\\Traitement\\\\sortie_seee_i2m2"))
```
"""

RAW = {
    "README.md": "# Scripts d'intégration\n\nScripts d'intégration R organisés par source de données.\n",
    "ofb/naiades/naiades_integration.Rmd": NAIADES,
    "ofb/aspe/preparation_donnees.R": "library(tidyverse)\nespeces <- read.csv('raw_data/referentiel_espece_poissons.csv')\n",
    "ofb/aspe/raw_data/referentiel_espece_poissons.csv": "code;nom\nBRO;Brochet\n",
    "ofb/aspe/raw_data/referentiel_station_typologie.csv": "code;type\n1;A\n",
    "ofb/aspe/raw_data/referentiel_abondance.csv": "code;abondance\nBRO;3\n",
    "ofb/aspe/raw_data/CLASAB_BZH.xls": "\x00binary",
}


def audit(tmp_path, files, only, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return results(run(repo, tmp_path / (name + "-c"), only=only, sponsor="local-authority"))


def test_a_list_of_one_regions_departements_in_an_rmd_parameter_is_a_territory_value(tmp_path):
    """territory-neutral passed ("no territory-specific value in the code"): the document's params hard-code the départements of
    Brittany's river basin, and its chunks were not read. An R string's escaped folder ("\\\\Traitement\\\\…" under a configured
    root) is no network share."""
    r = audit(tmp_path, RAW, ["reusability.territory-neutral"])["reusability.territory-neutral"]
    assert r["status"] == "warn", r["message"]
    found = [(e["path"], e["line"], e["value"]) for e in r["evidence"] if e["kind"] == "finding"]
    assert found == [("ofb/naiades/naiades_integration.Rmd", 6, "num_departement: '22,29,35,56,50,44,49,53'")], found
    # examples spread across France, the prose and a display-only block are not one territory's
    spread = NAIADES.replace("'22,29,35,56,50,44,49,53'", "'75,13,69'") + "\n```r\ndeps <- c('22', '29', '35')\n```\n\nLes départements 22,29,35.\n"
    r = audit(tmp_path, {**RAW, "ofb/naiades/naiades_integration.Rmd": spread}, ["reusability.territory-neutral"], "s")["reusability.territory-neutral"]
    assert r["status"] == "pass", r["evidence"]


def test_python_and_sql_chunks_are_scanned_as_their_language(tmp_path):
    qmd = ("---\ntitle: Analyse\n---\n\n```{python}\nimport pandas as pd\nDEPARTEMENTS = ['44', '49', '53', '72', '85']\n```\n\n"
           "```{sql, connection=con}\nSELECT * FROM communes WHERE LEFT(code_insee, 2) = '44'\n```\n")
    r = audit(tmp_path, {"README.md": "# Analyse\n\nUne analyse.\n", "analyse.qmd": qmd}, ["reusability.territory-neutral"])
    found = [(e["path"], e["line"]) for e in r["reusability.territory-neutral"]["evidence"] if e["kind"] == "finding"]
    assert found == [("analyse.qmd", 7), ("analyse.qmd", 11)], found


def test_a_geopackage_written_by_rmd_chunks_is_an_open_geographic_format(tmp_path):
    """geo said "GeoJSON or open geographic format: no" beside st_write(…, ".gpkg") and ogr2ogr -f GPKG in the chunks."""
    r = audit(tmp_path, RAW, ["interoperability.geo"])["interoperability.geo"]
    assert "open geographic format: yes" in r["message"]["en"], r["message"]
    assert any(e.get("value") == ".gpkg" and e["path"].endswith(".Rmd") for e in r["evidence"]), r["evidence"]
    without = {**RAW, "ofb/naiades/naiades_integration.Rmd": NAIADES.replace('tempfile(fileext = ".gpkg")', 'tempfile(fileext = ".txt")')
               .replace('f = "GPKG"', 'f = "CSV"')}
    r = audit(tmp_path, without, ["interoperability.geo"], "w")["interoperability.geo"]
    assert "open geographic format: no" in r["message"]["en"], r["message"]


def test_raw_data_tables_and_r_data_files_are_a_data_set(tmp_path):
    """data-and-docs said "No data set or documentation to publish" beside ofb/aspe/raw_data/ (three CSV referentials and an
    .xls table): an analysis' input tables are data published with the code."""
    r = audit(tmp_path, RAW, ["licensing.data-and-docs"])["licensing.data-and-docs"]
    assert r["status"] == "fail" and "data" in r["message"]["en"], r["message"]
    assert [(e["path"], e["value"]) for e in r["evidence"]] == [("ofb/aspe/raw_data", 4)], r["evidence"]
