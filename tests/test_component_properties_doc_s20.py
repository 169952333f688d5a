"""documentation.docs: a component library's reference of its components' properties is its API documentation (issue 12,
session 20 reader r2, datagrandest/dge-dataviz-components). The library's documentation site has one page per web component
(documentation/docs/documentation-chart.md, -table.md…), each with "## Liste des propriétés" and, for every property, a table
Propriété | Type | Défaut; the check said "absent : architecture, API" because API documentation was only recognised by a path
named api/reference or an HTTP API's headings (routes, endpoints). For a library, pages of its components' properties are its API
reference; a service still needs the description of its API."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CID = "documentation.docs"
PACKAGE = json.dumps({"name": "dataviz-elements", "description": "Dataviz web components library built with Svelte", "version": "2.1.0",
                      "keywords": ["svelte", "web-components", "library", "dataviz"], "license": "MIT",
                      "scripts": {"build": "rollup -c rollup.config.mjs"}, "devDependencies": {"svelte": "^3.59.0", "rollup": "^3.20.0"}})


def component_page(tag: str, props: list[tuple[str, str, str]]) -> str:
    out = [f"# {tag}\n\nLe composant `<{tag}>` affiche des données d'un fichier ou d'une API.\n\n## Liste des propriétés\n"]
    for name, typ, default in props:
        out.append(f"\n### {name}\n\n| Propriété | Type | Défaut |\n|-----------|------|--------|\n| {name} | {typ} | {default} |\n\n"
                   f"Réglage `{name}` du composant.\n")
    return "".join(out)


def library(pages: dict) -> dict:
    return {
        "README.md": "# Dataviz elements\n\nDes web components de datavisualisation (tableaux, graphiques).\n\n## Installation\n\n"
                     "```\nnpm install dataviz-elements\n```\n",
        "package.json": PACKAGE,
        "src/Components/Chart.wc.svelte": "<svelte:options tag=\"dv-chart\" />\n<script>\n  export let url = '';\n</script>\n<canvas></canvas>\n",
        "src/Components/Table.wc.svelte": "<svelte:options tag=\"dv-table\" />\n<script>\n  export let url = '';\n</script>\n<table></table>\n",
        "documentation/mkdocs.yml": "site_name: Dataviz elements\nnav:\n  - Accueil: index.md\n",
        "documentation/docs/index.md": "# Dataviz elements\n\nLa documentation des composants de datavisualisation.\n",
        **pages,
    }


PAGES = {"documentation/docs/documentation-chart.md": component_page("dv-chart", [("url", "String", "null"), ("chart", "String", '"bar"')]),
         "documentation/docs/documentation-table.md": component_page("dv-table", [("url", "String", "null"), ("columns", "String", "null")])}


def verdict(tmp_path, files, name="r"):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CID])
    return report, results(report)[CID]


def api_found(r) -> bool:
    return "API" not in r["message"]["en"].split("missing", 1)[-1] if "missing" in r["message"]["en"] else True


def test_pages_of_a_components_properties_are_a_librarys_api_reference(tmp_path):
    report, r = verdict(tmp_path, library(PAGES))
    assert report["facts"]["project"]["kind"] == "library"
    assert api_found(r), r["message"]
    assert report["facts"]["docs"]["properties"] == sorted(PAGES), report["facts"]["docs"]
    assert {e["path"] for e in r["evidence"] if e.get("value") == "properties reference"} == set(PAGES), r["evidence"]


def test_pages_of_prose_alone_are_no_api_reference(tmp_path):
    prose = {p: f"# {p.rsplit('-', 1)[-1][:-3]}\n\n## Utilisation\n\nAjoutez le composant dans la page puis indiquez l'adresse des données.\n"
             for p in PAGES}
    report, r = verdict(tmp_path, library(prose), "prose")
    assert not api_found(r), r["message"]
    assert report["facts"]["docs"]["properties"] == []
