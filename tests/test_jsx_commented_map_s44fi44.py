"""interoperability.geo / public-building-blocks (issue 12, s44 fi44 = reader re44 on Maximelebonm/symseeFront, items 7 and 8).

A React page of a syndicate's site shows two static PNG maps; above them, an OpenStreetMap iframe is commented out in a JSX
comment, ``{/* <div className='iframeMap'><iframe src="https://www.openstreetmap.org/export/embed.html?bbox=…"> … </div> */}``.
interoperability.geo read it as "OpenStreetMap (embedded map)" (fail 3) and public-building-blocks as a place handled. Rule: code
inside a JSX comment {/* … */} (as inside //, /* */ or <!-- -->) is no code of the service. Near miss: the same iframe rendered
(not commented) stays an embedded open map.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

IFRAME = ('<iframe width="425" height="350" src="https://www.openstreetmap.org/export/embed.html?bbox=3.58%2C50.14%2C3.60%2C50.15'
          '&amp;layer=mapnik"></iframe>')


def _files(commented: bool) -> dict:
    block = (f"            {{/* <div className='iframeMap'>\n            {IFRAME}<br/>\n            </div> */}}\n" if commented
             else f"            <div className='iframeMap'>\n            {IFRAME}<br/>\n            </div>\n")
    page = ("import React from 'react';\nimport carte from '../../assets/cartes/bassin.png';\n\n"
            "export default function Territoire() {\n    return (\n        <div className='fieldContainer'>\n" + block +
            "            <img src={carte} alt='Carte du bassin versant' />\n        </div>\n    );\n}\n")
    return {"README.md": "# site\nSite du syndicat.\n", "package.json": '{"name": "site", "dependencies": {"react": "^18.2.0"}}\n',
            "index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Site</title></head><body><div id=\"root\"></div>"
                          "<script type=\"module\" src=\"/src/main.jsx\"></script></body></html>\n",
            "src/main.jsx": "import Territoire from './screens/Territoire';\nReactDOM.createRoot(document.getElementById('root')).render(<Territoire />);\n",
            "src/screens/Territoire.jsx": page}


GEO, BLOCKS = "interoperability.geo", "interoperability.public-building-blocks"


def _audit(tmp_path, commented: bool) -> dict:
    name = "c" if commented else "o"
    return results(run_audit(build(tmp_path / name, _files(commented)), tmp_path / f"cache-{name}", [GEO, BLOCKS]))


def _on_page(r: dict) -> list:
    return [e for e in r["evidence"] if e.get("path") == "src/screens/Territoire.jsx"]


def test_a_map_iframe_inside_a_jsx_comment_is_no_map(tmp_path):
    res = _audit(tmp_path, True)
    assert res[GEO]["status"] == "not_applicable", res[GEO]["message"]["en"]  # was fail 3: "OpenStreetMap (embedded map …)"
    assert _on_page(res[BLOCKS]) == [], res[BLOCKS]["evidence"]


def test_near_miss_the_same_iframe_rendered_is_an_embedded_open_map(tmp_path):
    res = _audit(tmp_path, False)
    assert res[GEO]["status"] != "not_applicable", res[GEO]["message"]["en"]
    assert any("OpenStreetMap" in str(e.get("value")) for e in _on_page(res[GEO])), res[GEO]["evidence"]
