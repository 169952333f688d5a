"""reusability.configuration (issue 12, s41 fr41 = reader rf41's ymansiaux/xtradata): an R package takes the open-data service's key as
its functions' argument (``xtradata_requete_features(key, typename)``); only its vignette reads ``Sys.getenv("XTRADATA_KEY")`` in a
hidden chunk (``echo=FALSE``), so that its author can knit the docs. The check failed on "1 setting read from the environment,
1 undocumented": the vignette's read was taken for a setting of the package. Rule now: for a library, a variable read only in the
documents' code (vignettes/, doc(s)/, example(s)/) is the docs' build or the using application's, not the library's setting: the
library's rule applies (not applicable, "the settings are those of the application using it"). Near miss: the same variable read by
the package's own code (R/) stays a setting, judged."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"
DESCRIPTION = ("Package: meteodata\nTitle: Client des services de la métropole\nVersion: 0.1.0\nLicense: GPL (>= 3)\n"
               "Imports: httr, jsonlite\n")
VIGNETTE = ("---\ntitle: \"meteodata\"\nvignette: >\n  %\\VignetteIndexEntry{meteodata}\n---\n\n# Utilisation du package\n\n"
            "Le paramètre requis est key (la clé d'accès).\n\n```{r setkey, echo=FALSE}\nkey <- Sys.getenv(\"METEO_KEY\")\n```\n\n"
            "```{r}\nmeteo_releves(key = key, station = \"BX01\")\n```\n")


def run(tmp_path, own_read: bool, name: str) -> dict:
    body = '  key <- Sys.getenv("METEO_KEY")\n' if own_read else ""
    files = {"DESCRIPTION": DESCRIPTION, "NAMESPACE": "export(meteo_releves)\n",
             "R/meteo.R": "#' Relevés d'une station\n#' @param key la clé d'accès\n#' @export\nmeteo_releves <- function(key, station) {\n" + body
             + "  httr::GET(\"https://data.metropole-exemple.fr/releves\", query = list(key = key, station = station))\n}\n",
             "README.md": "# meteodata\n\nClient R des services de données de la métropole.\n",
             "vignettes/meteodata.Rmd": VIGNETTE}
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def test_a_librarys_key_read_only_in_its_vignettes_hidden_chunk_is_no_setting_of_it(tmp_path):
    r = run(tmp_path, False, "vignette")
    assert r["status"] == "not_applicable", r["message"]  # was fail: 1 setting read from the environment, 1 undocumented


def test_near_miss_the_package_reading_the_variable_itself_is_judged(tmp_path):
    r = run(tmp_path, True, "own")
    assert r["status"] not in ("not_applicable", "pass"), r["message"]
    assert [e["path"] for e in r["evidence"] if e.get("value") == "METEO_KEY"] == ["R/meteo.R"], r["evidence"]
