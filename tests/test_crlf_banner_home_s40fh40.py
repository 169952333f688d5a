"""reusability.dependencies (issue 12, s40 fh40 = reader rf40, SMMAGEMAPI/SMMA_PROJETS): two stylesheets of a qgis2web export,
resources/filter.css and resources/tailDT.css, open on the same tail.datetime 0.4.14 banner ("@website
https://github.com/pytesNET/tail.DateTime"), written with Windows line ends (CRLF): the banner's home repository was not read
(its line ended on "\\r"), so each file was named after itself — "filter 0.4.14" and "taildt 0.4.14", two libraries for one. A
banner's @website line ending in CRLF names the library as one ending in LF does. Near miss: the same banners at two versions stay
two copies."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"


def tail(version: str) -> str:
    return ('@charset "UTF-8";\r\n/*\r\n |  tail.datetime - The vanilla way to select dates and times!\r\n'
            ' |  @file       ./less/tail.datetime-harx-light.less\r\n |  @author     Someone <someone@example.org>\r\n'
            f' |  @version    {version} - Beta\r\n |\r\n |  @website    https://github.com/pytesNET/tail.DateTime\r\n'
            ' |  @license    X11 / MIT License\r\n */\r\n\r\n.tail-datetime-calendar { display: block; }\r\n')


INDEX = "<!doctype html>\n<html><head><link rel=\"stylesheet\" href=\"resources/tailDT.css\"></head><body><div id=\"map\"></div></body></html>\n"
BASE = {"README.md": "# SMMA_PROJETS\n", "index.html": INDEX, "resources/qgis2web.css": "#map { height: 100%; }\n",
        "resources/qgis2web.js": "var map = new ol.Map({target: 'map', layers: layersList});\n", "layers/layers.js": "var layersList = [];\n"}


def _libraries(tmp_path, files, name):
    r = judge(tmp_path, {**BASE, **files}, [DEPS], name=name)[1][DEPS]
    return r, {(e["value"]["library"], e["value"]["version"]) for e in r["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_two_copies_of_one_crlf_banner_are_one_library_named_by_its_home(tmp_path):
    r, libs = _libraries(tmp_path, {"resources/tailDT.css": tail("0.4.14"), "resources/filter.css": tail("0.4.14")}, "crlf")
    assert libs == {("tail.datetime", "0.4.14")}, (libs, r["message"])


def test_the_same_banner_at_two_versions_stays_two_copies(tmp_path):
    r, libs = _libraries(tmp_path, {"resources/tailDT.css": tail("0.4.14"), "resources/filter.css": tail("0.4.13")}, "near")
    assert len(libs) == 2, (libs, r["message"])
