"""reusability.dependencies and licensing.dependencies (issue 12, s34 g34 = reader m28o2, mouafak/Mulhouse-lieux-wp-plugin): a GPL
WordPress plugin ships Mapbox GL JS as assets/js/2.4.0/mapbox-gl.js and assets/css/2.4.0/mapbox-gl.css; the check said
"mapbox-gl copied (version not stated, licence not stated)" and licensing.dependencies "1 … without a stated licence". The
version is the folder each file sits in (a folder named by a release alone), and line 1 of the script says "Mapbox GL JS is
Copyright © 2020 Mapbox and subject to the Mapbox Terms of Service": a vendor's terms, a proprietary licence, incompatible with
the plugin's GPL (the same files audited before: no version, no licence). The near misses: a library under MIT in a release folder stays compatible; a file in a folder not named by a
release gets no version from it."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS, LIBS = "licensing.dependencies", "reusability.dependencies"
PLUGIN = ("<?php\n/**\n * Plugin Name:       Lieux\n * Version:           1.0.0\n * License:           GPL v2 or later\n"
          " * License URI:       https://www.gnu.org/licenses/gpl-2.0.html\n */\n\ndefined(\"ABSPATH\") or die;\n"
          "wp_enqueue_script('mapbox-gl', plugins_url('assets/js/2.4.0/mapbox-gl.js', __FILE__));\n"
          "wp_enqueue_style('mapbox-gl', plugins_url('assets/css/2.4.0/mapbox-gl.css', __FILE__));\n")
MAPBOX = ("/* Mapbox GL JS is Copyright © 2020 Mapbox and subject to the Mapbox Terms of Service ((https://www.mapbox.com/legal/tos/). */\n"
          "(function (global, factory) {\ntypeof exports === 'object' ? module.exports = factory() : global.mapboxgl = factory();\n}(this, function () { return {}; }));\n")
CSS = "".join(f".mapboxgl-ctrl-{i}{{font:12px/20px Helvetica Neue,Arial,Helvetica,sans-serif;overflow:hidden;position:relative}}" for i in range(60)) + "\n"
MIT = MAPBOX.replace("is Copyright © 2020 Mapbox and subject to the Mapbox Terms of Service ((https://www.mapbox.com/legal/tos/).",
                     "is released under the MIT license.")


def _files(js: str, folder: str = "2.4.0") -> dict:
    return {"mulhouse-lieux.php": PLUGIN.replace("2.4.0", folder), "assets/js/lieux.js": "var map = new mapboxgl.Map({container: 'map'});\n",
            f"assets/js/{folder}/mapbox-gl.js": js, f"assets/css/{folder}/mapbox-gl.css": CSS}


def test_a_copied_library_under_its_vendors_terms_of_service_in_a_release_folder(tmp_path):
    res = judge(tmp_path, _files(MAPBOX), [DEPS, LIBS])[1]
    finding = next(e["value"] for e in res[LIBS]["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("library") == "mapbox-gl")
    assert finding["version"] == "2.4.0" and finding["license"] == "LicenseRef-proprietary", finding
    assert res[DEPS]["status"] == "fail" and res[DEPS]["details"]["incompatible"] == 1, res[DEPS]["message"]  # was inconclusive, "unknown"


def test_an_mit_library_in_a_release_folder_stays_compatible(tmp_path):
    files = _files(MIT)
    res = judge(tmp_path, files, [DEPS, LIBS])[1]
    finding = next(e["value"] for e in res[LIBS]["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("library") == "mapbox-gl")
    assert finding["version"] == "2.4.0" and finding["license"] == "MIT", finding
    assert res[DEPS]["details"]["incompatible"] == 0, res[DEPS]["message"]


def test_a_folder_not_named_by_a_release_gives_no_version(tmp_path):
    res = judge(tmp_path, _files(MAPBOX, "vendor"), [LIBS])[1]
    finding = next(e["value"] for e in res[LIBS]["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("library") == "mapbox-gl")
    assert finding["version"] is None and finding["license"] == "LicenseRef-proprietary", finding
