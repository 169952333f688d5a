"""interoperability.geo, .api-spec and .data-standards on shapes read in session 10 (issue 12): an R package building maps with
sf and rmapshaper declared in its DESCRIPTION and imported through roxygen (observatoire-territoires/migR read "open libraries:
none")."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO = ["interoperability.geo"]

_DESCRIPTION = ("Package: migtest\nTitle: Flux entre territoires\nVersion: 0.1.0\nLicense: GPL-3\nEncoding: UTF-8\n"
                "Suggests:\n    testthat\nDepends:\n    dplyr,\n    rmapshaper,\n    sf\n")
_CARTO = ("#' Carte des territoires\n#'\n#' @param carte un objet sf des communes\n#' @import sf\n#' @export\n"
          "carto_territoires <- function(carte, niveau) {\n  out <- carte %>% dplyr::group_by(niveau) %>% dplyr::summarize()\n"
          "  rmapshaper::ms_simplify(out, keep = 0.1)\n}\n")


def test_an_r_package_declaring_sf_in_its_description_uses_open_geographic_libraries(tmp_path):
    geo = judge(tmp_path, {"DESCRIPTION": _DESCRIPTION, "NAMESPACE": "export(carto_territoires)\nimport(sf)\n", "R/carto.R": _CARTO,
                           "R/admin.R": "# Contours issus d'ADMIN EXPRESS (IGN)\nlire <- function(f) readRDS(f)\n"}, GEO)[1]["interoperability.geo"]
    assert geo["details"]["libraries"] == ["rmapshaper", "sf"], geo["message"]["en"]
    assert "Open libraries: rmapshaper, sf" in geo["message"]["en"]
    assert {"path": "DESCRIPTION", "line": 11, "value": "sf"} in [{k: e.get(k) for k in ("path", "line", "value")} for e in geo["evidence"]]


def test_r_code_importing_a_geographic_package_by_roxygen_or_namespace_is_a_library(tmp_path):
    # a script without DESCRIPTION calling terra::rast, a package file importing sf through roxygen only
    geo = judge(tmp_path, {"analyse/rasters.R": "r <- terra::rast('mnt.tif')\nplot(r)\n",
                           "R/lire.R": "#' @importFrom sf st_read st_transform\nlire <- function(f) st_transform(st_read(f), 2154)\n"},
                GEO)[1]["interoperability.geo"]
    assert geo["status"] != "not_applicable" and "Open libraries: yes" in geo["message"]["en"], geo["message"]["en"]
    assert {e["value"] for e in geo["evidence"]} >= {"terra", "sf"}, geo["evidence"]


def test_an_npm_package_named_like_an_r_geographic_package_is_not_one(tmp_path):
    geo = judge(tmp_path, {"package.json": '{"name": "fmt", "version": "1.0.0", "dependencies": {"sf": "^0.2.0", "terra": "^1.0.0"}}\n',
                           "index.js": "import sf from 'sf';\nmodule.exports = (s) => sf('{0}', s);\n"}, GEO)[1]["interoperability.geo"]
    assert geo["status"] == "not_applicable", geo["message"]["en"]
