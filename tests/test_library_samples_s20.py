"""A library judged on the samples of its documentation and demonstration (issue 12, session 20 reader r2,
datagrandest/dge-dataviz-components). A library of dataviz web components keeps the CSV and GeoJSON its documentation site's
examples read (documentation/docs/data/) and a demonstration page public/index.html with its public/data/; the page's examples carry
insee_com fields and an EPCI's SIREN. interoperability.data-standards failed ("0 Table Schema") and interoperability.identifiers
passed on those samples, while the library publishes no data and handles no identifier of its own (a library without such samples
was already "not applicable"). For a library, a command-line tool or a desktop program, documentation, example, test and
demonstration files are samples of what it is given; data or identifiers in its own code or data folder stay judged."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

IDS = ["interoperability.data-standards", "interoperability.identifiers"]
PACKAGE = json.dumps({"name": "dataviz-elements", "description": "Dataviz web components library built with Svelte", "version": "2.1.0",
                      "type": "module", "module": "public/dist/dataviz-elements.mjs", "main": "public/dist/dataviz-elements.js",
                      "keywords": ["svelte", "web-components", "library", "dataviz"], "license": "MIT",
                      "scripts": {"build": "rollup -c rollup.config.mjs"},
                      "devDependencies": {"svelte": "^3.59.0", "rollup": "^3.20.0", "chart.js": "^4.4.0", "papaparse": "^5.4.1"}})
TABLE = ("<svelte:options tag=\"dv-table\" />\n<script>\n  import Papa from 'papaparse';\n  export let url = '';\n  export let columns = '';\n"
         "  let rows = [];\n  $: if (url) fetch(url).then((r) => r.text()).then((t) => { rows = Papa.parse(t, { header: true }).data; });\n</script>\n"
         "<table>{#each rows as row}<tr>{#each columns.split(',') as c}<td>{row[c]}</td>{/each}</tr>{/each}</table>\n")
BUDGET = "BGT_ANNEE;BGT_NATURE;BGT_MTREAL\n" + "".join(f"2023;{6000 + i % 90};{(i * 7919) % 100000}.{i % 100:02d}\n" for i in range(60))
SHAPES = json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"code": f"{i:02d}", "nom": f"Département {i}"},
     "geometry": {"type": "Point", "coordinates": [6.0 + i / 10, 48.0 + i / 10]}} for i in range(1, 11)]})
DEMO = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><script type=\"module\" src=\"dist/dataviz-elements.mjs\"></script></head>\n<body>\n"
        "<h1>Démonstration</h1>\n"
        "<dv-table url=\"data/ca-2023.csv\" columns=\"BGT_ANNEE,BGT_NATURE,BGT_MTREAL\"></dv-table>\n"
        "<dv-table url=\"https://www.exemple-region.fr/geoserver/wfs?typeName=communes&cql_filter=epci='246700488'\"\n"
        "          columns=\"insee_com,nom_com,population\"></dv-table>\n"
        "<dv-map geojson=\"data/departements.geojson\" fields=\"insee_com\"></dv-map>\n</body>\n</html>\n")
LIBRARY = {
    "README.md": "# Dataviz elements\n\nDes web components de datavisualisation (tableaux, graphiques, cartes).\n",
    "package.json": PACKAGE,
    "src/Components/Table.wc.svelte": TABLE,
    "public/index.html": DEMO,
    "public/data/ca-2023.csv": BUDGET,
    "public/data/departements.geojson": SHAPES,
    "documentation/mkdocs.yml": "site_name: Dataviz elements\nnav:\n  - Accueil: index.md\n",
    "documentation/docs/index.md": "# Dataviz elements\n\nExemples d'utilisation des composants.\n",
    "documentation/docs/data/ca-2023.csv": BUDGET,
    "documentation/docs/data/villes.csv": "ville;population\nStrasbourg;290000\nMetz;120000\n",
    # the components' properties documented as tables (read like a data dictionary's typed rows) and rows filtered in SQL in memory
    "documentation/docs/documentation-table.md": ("# dv-table\n\n## Liste des propriétés\n\n| Attribut | Type | Défaut | Description |\n|---|---|---|---|\n"
                                                  "| url | String | null | Adresse des données |\n| title | String | text | Titre du tableau |\n"
                                                  "| max | Integer | 50 | Nombre de lignes |\n"),
    "src/Components/libs/filter.js": ("import alasql from 'alasql';\n\nexport function filterRows(rows, filter) {\n"
                                      "    const sql = 'SELECT * FROM ? WHERE 1 AND ' + filter\n"
                                      "    // the rows from rows.data that pass the filter\n    return alasql.exec(sql, [rows])\n}\n"),
}


def verdicts(tmp_path, files, name="r"):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=IDS)
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]
    return {**results(report), "_facts": report["facts"]}


def test_a_librarys_documentation_and_demo_data_are_samples(tmp_path):
    res = verdicts(tmp_path, LIBRARY)
    data, ident = res["interoperability.data-standards"], res["interoperability.identifiers"]
    assert data["status"] == "not_applicable", data["message"]
    assert "exemples de sa documentation ou de sa démonstration" in data["message"]["fr"] and data["details"]["samples"] == 4, data["message"]
    assert ident["status"] == "not_applicable", ident["message"]
    # (what the personal-data fact read as models: the documentation's property table and the in-memory query, none of its own)
    assert sorted(k for _, k in res["_facts"]["personal_data"]["schemas"]) == ["dictionary", "query"], res["_facts"]["personal_data"]
    assert "bibliothèque" in ident["message"]["fr"] and "public/index.html" in ident["message"]["en"], ident["message"]


def test_a_librarys_own_data_and_identifiers_stay_judged(tmp_path):
    regions = "code_region;nom\n" + "".join(f"{i:02d};Région {i}\n" for i in range(1, 19))
    own = {**LIBRARY, "data/regions.csv": regions,
           "src/Components/libs/regions.js": ("import regions from '../../../data/regions.csv';\n\n"
                                              "export function regionOf(row) {\n    return regions.find((r) => r.code_region === row.code_region);\n}\n"
                                              "export const byInsee = (rows, code_insee) => rows.filter((r) => r.code_insee === code_insee);\n")}
    res = verdicts(tmp_path, own, "own")
    assert res["interoperability.data-standards"]["status"] not in ("not_applicable", "pass"), res["interoperability.data-standards"]["message"]
    ident = res["interoperability.identifiers"]
    assert ident["status"] != "not_applicable" and "codeinsee" in ident["details"]["fields"], ident["message"]
    assert all(e.get("path") != "public/index.html" for e in ident["evidence"]), ident["evidence"]
