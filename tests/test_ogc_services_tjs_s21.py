"""OGC web services beyond WMS/WFS/WMTS/CSW (issue 12, session 21 reader r2 on a household-travel-survey dataviz): a viewer
reading its data from an OGC Table Joining Service (?service=tjs&request=getframework, DescribeDatasets) was "OGC: no" in
interoperability.geo. The detection now knows the other OGC web services of OGC's standards list by their service parameter
and their own operations (WCS, WPS, SOS, TJS); a service parameter of another meaning and a method named like an operation
are still no OGC service."""

from __future__ import annotations

import pytest

from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

SETTINGS = ("var Settings = {\n"
            "  datasets: 'https://donnees.exemple.fr/tjs/?request=describedatasets&service=tjs&output=json',\n"
            "  zones: 'https://donnees.exemple.fr/tjs/?request=getframework&service=tjs&frameworkuri=zones',\n"
            "  centre: [49.6, 2.7]\n};\n")
VIEWER = ("<!doctype html><html><head><link rel='stylesheet' href='https://unpkg.com/leaflet@1.9.4/dist/leaflet.css'></head><body>"
          "<div id='map'></div><script src='https://unpkg.com/leaflet@1.9.4/dist/leaflet.js'></script><script src='js/settings.js'>"
          "</script><script src='js/map.js'></script></body></html>\n")
MAP = "var map = L.map('map').setView(Settings.centre, 9);\nfetch(Settings.zones).then(r => r.json()).then(g => L.geoJSON(g).addTo(map));\n"


def _geo(repo, settings: str) -> str:
    path = repo([{"files": {"README.md": "# Enquête déplacements\n\nVisualisation des résultats.\n", "viewer/index.html": VIEWER,
                            "viewer/js/settings.js": settings, "viewer/js/map.js": MAP}}])
    return run_check(ctx_for(path), "interoperability.geo").message["en"]


def test_a_tjs_client_uses_an_ogc_service(repo):
    assert "OGC: yes" in _geo(repo, SETTINGS)


def test_a_service_parameter_of_another_meaning_is_no_ogc(repo):
    # the neighbouring right case: the same viewer reading a JSON API whose "service" is a town department
    settings = ("var Settings = {\n  zones: 'https://donnees.exemple.fr/api/zones?service=urbanisme&format=geojson',\n"
                "  centre: [49.6, 2.7]\n};\n")
    assert "OGC: no" in _geo(repo, settings)


@pytest.mark.parametrize(("line", "ogc"), [
    ("const url = base + '?SERVICE=WCS&REQUEST=GetCoverage&COVERAGEID=mnt';", True),
    ("params = {'service': 'WPS', 'request': 'DescribeProcess'}", True),
    ("fetch(sos + '?service=SOS&request=GetObservation&offering=air')", True),
    ("const s = {service: 'sos-medecins', tel: '3624'};", False),
    ("obj.getFramework();", False),
])
def test_ogc_service_lines(line, ogc):
    from auditor.facts.signal_registry import load_signals

    assert bool(load_signals()["geo.ogc"].regex.search(line)) is ogc
