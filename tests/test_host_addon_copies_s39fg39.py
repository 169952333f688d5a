"""A host's add-on copied into an application folder is the host's (issue 12, s39 fg39 = reader rb39 on jdev-org/projets-biodiversite
and jdev-org/omees).

An mviewer application carried copies of mviewer's print and filter add-ons (addons/print/, addons/filter/, each with its README:
``<extension type="component" id="print" path="demo/addons"/>``, mviewer's demo folder) while its own XML declares them at
``apps/<app>/addons``. Their READMEs passed reusability.install and gave documentation.docs its "deployment"; their JSDoc'd code
passed documentation.code-comments for the project's two uncommented scripts. A folder whose guide declares it at another path than
where it lies is the host's add-on copied in (its config.json stays the application's settings); the library shelf beside it
(addons/lib/) that nothing of the application names is the add-ons'.
Near miss: the project's own add-on, whose README declares it where it lies (path="apps/<app>/addons"), stays the project's.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

APP_XML = """<?xml version="1.0" encoding="UTF-8"?>
<config>
    <application title="Zones humides" id="zones_app"/>
    <mapoptions maxzoom="20" projection="EPSG:3857" center="-320000,6150000" zoom="8"/>
    <extensions>
        <extension type="component" id="print" path="apps/zones/addons"/>
    </extensions>
    <themes>
        <theme name="Zones" id="zones">
            <layer id="zones" name="Zones humides" type="customlayer" url="apps/zones/customlayers/zones.js"/>
        </theme>
    </themes>
</config>
"""
OWN_LAYER = "\n".join(["var url = 'https://geo.example.org/wfs';", "var layer = new ol.layer.Vector({source: new ol.source.Vector()});"]
                      + [f"var style{i} = new ol.style.Style({{fill: new ol.style.Fill({{color: 'rgba(0,0,{i},0.4)'}})}});" for i in range(40)]
                      + ["new CustomLayer('zones', layer);", ""])


def _documented(name: str) -> str:
    blocks = []
    for i in range(8):
        blocks.append(f"/**\n * Draws the block number {i} of the page.\n * @param {{Object}} page the page\n * @returns {{Object}} the block\n */\n"
                      f"export function {name}{i}(page) {{\n  // the block's frame\n  return page.block({i});\n}}\n")
    return "\n".join(blocks)


def _guide(path: str) -> str:
    return ("# Print extension\n\nThis extension provides a map layout to print a PDF.\n\n## Installation\n\n"
            "Use this extension as a simple extension.\n\n1. In your config xml file insert :\n\n```\n<extensions>\n"
            f'  <extension type="component" id="print" path="{path}"/>\n</extensions>\n```\n\n'
            "2. Add an application id inside the application element.\n")


def _files(declared: str) -> dict:
    return {"README.md": "# zones\nDépôt de la carte des zones humides.\n",
            "zones/zones.xml": APP_XML, "zones/customlayers/zones.js": OWN_LAYER,
            "zones/addons/print/README.md": _guide(declared),
            "zones/addons/print/config.json": '{"js": ["js/print.js", "../lib/drag.js"], "html": "print.html", "target": "page-content-wrapper",'
                                              ' "options": {"mviewer": {"zones_app": {"ownerInfos": "Données : Région"}}}}\n',
            "zones/addons/print/print.html": "<div id='print-panel'></div>\n",
            "zones/addons/print/js/print.js": _documented("printBlock"),
            "zones/addons/print/js/layout.js": _documented("layoutPart"),
            "zones/addons/lib/helper.js": _documented("helperPart")}


def _audit(tmp_path, declared: str) -> dict:
    ids = ["reusability.install", "documentation.code-comments", "documentation.docs", "reusability.dependencies"]
    return results(run_audit(build(tmp_path / "r", _files(declared)), tmp_path / "c", ids))


def _analysed(r: dict) -> set[str]:
    return {e["path"] for e in r["evidence"] if e.get("path")}


def test_a_copied_host_addon_is_no_part_of_the_project(tmp_path):
    r = _audit(tmp_path, "demo/addons")
    install, comments, docs, deps = (r[k] for k in ("reusability.install", "documentation.code-comments", "documentation.docs",
                                                    "reusability.dependencies"))
    assert install["status"] != "pass", install["message"]["en"]
    assert not any("addons/print" in (e.get("path") or "") for e in install["evidence"]), install["evidence"]
    assert comments["message"]["en"].startswith("1 file(s) analysed"), comments["message"]["en"]  # (zones.js only)
    assert comments["status"] == "fail", comments["message"]["en"]
    assert "deployment" not in docs["message"]["en"].split("missing")[0], docs["message"]["en"]
    assert "print (mviewer add-on)" in deps["message"]["en"], deps["message"]["en"]


def test_the_projects_own_addon_declared_where_it_lies_stays_the_projects(tmp_path):
    r = _audit(tmp_path, "apps/zones/addons")
    install, comments = r["reusability.install"], r["documentation.code-comments"]
    assert install["status"] == "pass", install["message"]["en"]
    # (zones.js and the add-on's three scripts; the evidence lists only files with something to write since s48 fa48, none here)
    assert comments["message"]["en"].startswith("4 file(s) analysed"), comments["message"]["en"]
    assert comments["status"] == "pass", comments["message"]["en"]
