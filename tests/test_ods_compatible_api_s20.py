"""A data portal of another make that copies Opendatasoft's records API is not Opendatasoft (issue 12, session 20 reader r2,
datagrandest/dge-dataviz-components): a library of dataviz web components reading, by default, a Data4Citizen portal (Drupal +
CKAN) at https://<region>/data4citizen/d4c/api/records/1.0/search/ was told "proprietary service: Opendatasoft" by
reusability.portability and scaling.vendor-lock-in, because the API path matched on any host and below any path. Opendatasoft
serves its API at the root of each portal: the path counts after a host or at the start of a path joined to a base URL, not
below another path. A portal of Opendatasoft on a territory's own domain stays Opendatasoft."""

from __future__ import annotations

import json

import pytest

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

BOTH = ["scaling.vendor-lock-in", "reusability.portability"]

PACKAGE = json.dumps({"name": "dataviz-elements", "version": "2.1.0", "license": "MIT",
                      "devDependencies": {"svelte": "^3.59.0", "rollup": "^3.20.0"}, "dependencies": {"papaparse": "^5.4.1"}})


def library(default_url: str) -> dict:
    return {
        "README.md": "# Composants de datavisualisation\n\nDes web components (graphiques, tableaux, chiffres clés) pour le portail de données.\n",
        "package.json": PACKAGE,
        "src/Components/Chart.wc.svelte": "<svelte:options tag=\"dv-chart\" />\n<script>\n  import { getDataUrl } from './libs/data.js';\n"
                                          "  export let api = 'portal';\n  export let dataset = '';\n  $: url = getDataUrl('', dataset, api);\n</script>\n",
        "src/Components/libs/data.js": (
            "export function getDataUrl(url, dataset, api) {\n"
            "    api = api || 'portal';\n"
            "    if (api == 'portal') {\n"
            f"        url = url || '{default_url}';\n"
            "        return url + '?dataset=' + dataset;\n"
            "    }\n"
            "    if (api == 'wfs') {\n"
            "        url = url || 'https://www.exemple-region.fr/geoserver';\n"
            "        return url + '/wfs?service=WFS&request=GetFeature&typeName=' + dataset;\n"
            "    }\n"
            "    return url;\n"
            "}\n"),
    }


def verdicts(tmp_path, files):
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=BOTH))
    return res["scaling.vendor-lock-in"], res["reusability.portability"]


@pytest.mark.parametrize("default_url", [
    "https://www.exemple-region.fr/data4citizen/d4c/api/records/1.0/search/",   # Data4Citizen under the portal's site
    "https://data.exemple-region.fr/d4c/api/explore/v2.1/catalog/datasets/",   # the same make at another place
])
def test_an_opendatasoft_compatible_api_below_another_path_is_no_opendatasoft(tmp_path, default_url):
    lock, port = verdicts(tmp_path, library(default_url))
    assert lock["status"] == "pass" and "Opendatasoft" not in lock["message"]["en"], lock["message"]
    assert "Opendatasoft" not in port["message"]["en"] and "Opendatasoft" not in port["message"]["fr"], port["message"]


@pytest.mark.parametrize("default_url", [
    "https://data.exemple-metropole.fr/api/records/1.0/search/",   # an Opendatasoft portal on the territory's own domain
    "https://exemple.opendatasoft.com/api/explore/v2.1/catalog/datasets/",
])
def test_an_opendatasoft_portal_stays_opendatasoft(tmp_path, default_url):
    lock, port = verdicts(tmp_path, library(default_url))
    assert lock["status"] != "pass" and "Opendatasoft" in lock["message"]["en"] and "Opendatasoft" in lock["message"]["fr"], lock["message"]
    assert "Opendatasoft" in port["message"]["en"], port["message"]


def test_the_api_path_joined_to_a_base_url_stays_opendatasoft(tmp_path):
    files = library("https://www.exemple-region.fr/geoserver/wfs")
    files["src/Components/libs/records.js"] = ("export const recordsOf = (portal, dataset) =>\n"
                                               "    fetch(`${portal}/api/records/1.0/search/?dataset=${dataset}`).then((r) => r.json());\n")
    lock, _ = verdicts(tmp_path, files)
    assert "Opendatasoft" in lock["message"]["en"], lock["message"]


SHINY = ('library(shiny)\nlibrary(jsonlite)\n\n# open data urls from a portal and a dataset id\nportail <- "data.exemple-metropole.fr"\n'
         'od_url <- function(portail, dataset_id) {\n  debut <- paste0("https://", portail, "{path}")\n'
         '  paste0(debut, dataset_id, "/exports/json")\n}}\n'
         'effectifs <- fromJSON(od_url(portail, "effectifs-cantines"))\n'
         'ui <- fluidPage(titlePanel("Prévision des repas"), plotOutput("courbe"))\n'
         'server <- function(input, output) {{ output$courbe <- renderPlot(plot(effectifs$date, effectifs$repas)) }}\n'
         'shinyApp(ui, server)\n')


@pytest.mark.parametrize("path, ods", [
    ("/api/v2/catalog/datasets/", True),            # Opendatasoft's first v2 API, the URL built from a portal variable (s20 r1, Nantes)
    ("/api/explore/v2.0/catalog/datasets/", True),
    ("/api/v2/catalog/products/", False),           # a shop's product catalogue is no data portal
])
def test_opendatasoft_s_v2_catalog_path_joined_to_a_portal_host(tmp_path, path, ods):
    files = {"README.md": "# Prévision des repas\n\nUne application Shiny qui prévoit la fréquentation des cantines.\n",
             "app.R": SHINY.replace("{path}", path).replace("{{", "{").replace("}}", "}")}
    lock, port = verdicts(tmp_path, files)
    assert ("Opendatasoft" in lock["message"]["en"]) is ods, lock["message"]
    assert ("Opendatasoft" in port["message"]["en"]) is ods, port["message"]
