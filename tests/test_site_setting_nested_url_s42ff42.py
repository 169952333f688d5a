"""scaling.hosting: a url nested in a data source's settings is that source's address, not the site's own (issue 12, session 42
fixer ff42 = thepriben/demo-inforoute-084, reader rc42 item 3). A département's map viewer names in js/config.js its live weather
source, ``live: {weather: {sourceName: 'Open-Meteo Avignon', url: 'https://api.open-meteo.com/v1/forecast?…'}}``: the hosting fact
took that ``url`` for "the site's own address in its settings", so a free third-party API was "the sponsor's servers" (warn 6.5,
"draws its data from the sponsor's API"). A bare ``url``/``site`` key names the site's own address only at the settings' top level
(Jekyll's ``url:``, a config object's own ``url``); nested in an object of the settings it is a service the site calls. Near miss: the
same settings file whose top-level ``url`` gives the site's address keeps that host the sponsor's own. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

_CONFIG = """/**
 * @file application configuration.
 */
(function (window) {
    'use strict';

    window.APP_CONFIG = Object.freeze({
        appName: 'routes-84',
        version: '0.2.1',%s
        data: {
            geojson: {
                roads: 'data/roads.geojson'
            }
        },
        live: {
            weather: {
                sourceName: 'Meteo service Avignon',
                url: 'https://api.meteo-ouverte.com/v1/forecast?latitude=43.9&longitude=4.8&current=temperature_2m',
                refreshMs: 600000
            }
        }
    });
})(window);
"""

_APP = ("async function weather() {\n  const r = await fetch(window.APP_CONFIG.live.weather.url);\n  return r.json();\n}\n"
        "async function roads() {\n  const r = await fetch(window.APP_CONFIG.data.geojson.roads);\n  return r.json();\n}\n")


def _files(top_url: str = "") -> dict:
    return {"README.md": "# Carte des routes\n\nPrototype de carte web du réseau routier départemental.\n",
            "index.html": "<!doctype html><html><head><title>Carte</title></head><body><div id=\"map\"></div>\n"
                          "<script src=\"js/config.js\"></script><script src=\"js/app.js\"></script></body></html>\n",
            "js/config.js": _CONFIG % top_url, "js/app.js": _APP}


def _classes(r: dict) -> dict:
    return {e["value"]["host"]: e["value"]["class"] for e in r.get("evidence") or [] if isinstance(e.get("value"), dict) and "host" in e["value"]}


def test_a_data_sources_url_nested_in_the_settings_is_not_the_sponsors_server(tmp_path):
    r = check_result(tmp_path, _files(), "scaling.hosting")
    assert "own" not in _classes(r).values(), r
    assert "sponsor" not in r["message"]["en"] and r["status"] == "pass", r


def test_the_settings_top_level_url_stays_the_sites_own_address(tmp_path):
    r = check_result(tmp_path, _files("\n        url: 'https://api.meteo-ouverte.com/',"), "scaling.hosting")
    assert _classes(r).get("meteo-ouverte.com") == "own", r
