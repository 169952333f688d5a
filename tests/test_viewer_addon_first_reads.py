"""Verdicts found wrong at the first read of a geOrchestra viewer add-on (geobretagne/profile, session 5, issue 12), each on a
git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

# geobretagne/profile: a mapfishapp add-on (manifest.json listing its scripts, default options and messages) drawing the elevation
# profile of a line the user draws or loads from a GML file, through OpenLayers 2's formats.
PROFILE = {
    "README.md": "Addon Profil en long pour mapfishapp\n====================================\n\nCet addon permet de générer dynamiquement un "
                 "profil en long à partir d'un tracé effectué à main levée ou d'un fichier gml.\n",
    "manifest.json": '{\n    "js": ["js/profile.js"],\n    "default_options": {"wpsurl": "http://geo.example.org/wps/mnt"}\n}\n',
    "js/profile.js": "Ext.namespace(\"GEOR.Addons\");\n\nGEOR.Addons.profile = function (map, options) {\n    this.map = map;\n};\n\n"
                     "GEOR.Addons.profile.prototype = (function () {\n    var layer = new OpenLayers.Layer.Vector(\"profil\");\n"
                     "    var LoadGML = function (gmlText) {\n        var features = new OpenLayers.Format.GML().read(gmlText);\n"
                     "        layer.addFeatures(features);\n    };\n    return {\n        init: function (record) {\n"
                     "            this.map.addLayer(layer);\n            return LoadGML;\n        }\n    };\n})();\n",
}


def test_a_viewer_add_on_reading_gml_through_openlayers_exchanges_an_open_geographic_format(tmp_path):
    """geo said "GeoJSON or open geographic format: no" while the add-on reads the user's GML (OpenLayers.Format.GML)."""
    r = results(run(build(tmp_path / "r", PROFILE), tmp_path / "c", only=["interoperability.geo", "interoperability.data-standards"]))
    assert "open geographic format: yes" in r["interoperability.geo"]["message"]["en"], r["interoperability.geo"]["message"]
    assert any(e.get("value") == "OpenLayers.Format.GML" for e in r["interoperability.geo"]["evidence"])
    assert "WKT" not in r["interoperability.data-standards"]["message"]["en"]  # GML read is no data standard of the project's


def test_the_variables_pywps_sets_for_its_processes_are_no_setting_of_the_project(tmp_path):
    """configuration warned "PYWPS_PROCESSES read from the environment, undocumented": PyWPS sets it for the processes it runs
    (where to find their files); a variable of the project's own stays a setting."""
    process = ("import os\nfrom pywps.Process import WPSProcess\n\n\nclass Process(WPSProcess):\n    def execute(self):\n"
               "        with open(os.environ[\"PYWPS_PROCESSES\"] + \"/config.json\") as f:\n            return f.read()\n")
    # (without the add-on's manifest: a mapfishapp add-on is a plugin of its host, which configuration does not judge)
    files = {**{k: v for k, v in PROFILE.items() if k != "manifest.json"}, "wps-process/getProfileProcess.py": process}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"]))["reusability.configuration"]
    assert "PYWPS_PROCESSES" not in str(r["evidence"]), r["evidence"]
    files["wps-process/getProfileProcess.py"] = process.replace("PYWPS_PROCESSES", "PROFILE_DEM_PATH")
    r = results(run(build(tmp_path / "s", files), tmp_path / "d", only=["reusability.configuration"]))["reusability.configuration"]
    assert "PROFILE_DEM_PATH" in str(r["evidence"]), r["evidence"]


def test_an_add_on_manifest_carrying_its_messages_per_language_is_translated(tmp_path):
    """portability said "i18n: no" while manifest.json carries the add-on's messages in English, Spanish and French."""
    manifest = ('{\n    "js": ["js/profile.js"],\n    "i18n": {\n        "es": {},\n        "en": {\n            "addonprofile.error": "Profile tool error"\n'
                '        },\n        "fr": {\n            "addonprofile.error": "Erreur de l\'outil profil"\n        }\n    }\n}\n')
    r = results(run(build(tmp_path / "r", {**PROFILE, "manifest.json": manifest}), tmp_path / "c", only=["reusability.portability"]))
    assert "i18n: yes" in r["reusability.portability"]["message"]["en"], r["reusability.portability"]["message"]
    r = results(run(build(tmp_path / "s", PROFILE), tmp_path / "d", only=["reusability.portability"]))
    assert "i18n: no" in r["reusability.portability"]["message"]["en"], r["reusability.portability"]["message"]
