"""A copied plugin's version set on its namespace, named after its part (issue 12, s37 fj37 = reader ma37,
neogeo-technologies/gl-poc-onegeo-client).

public/javascripts/libs/leaflet.label.js opens on a banner naming Leaflet.label and, in its first statement, sets
``L.labelVersion="0.2.1"``: reusability.dependencies said "version not stated".
"""

from __future__ import annotations

from auditor.facts.vendored import describe
from tests.test_reusability_fixtures import check_result

LABEL = ("/*\n\tLeaflet.label, a plugin that adds labels to markers and vectors for Leaflet powered maps.\n\t(c) 2012-2013, Jacob Toye\n\n"
         "\thttps://github.com/Leaflet/Leaflet.label\n*/\n!function(t,e,i){L.labelVersion=\"0.2.1\",L.Label=L.Class.extend({options:{}})}(window,document);\n")


def test_the_version_the_plugin_sets_on_its_namespace_is_read():
    assert describe("public/javascripts/libs/leaflet.label.js", LABEL)["version"] == "0.2.1"
    # (another part's version on the same namespace is not this library's)
    assert describe("public/javascripts/libs/leaflet.label.js", LABEL.replace("L.labelVersion", "L.drawVersion"))["version"] is None


def test_the_dependencies_check_states_it(tmp_path):
    files = {"README.md": "# Client\n\nCarte.\n", "public/index.html": "<!doctype html><html><body><script src=\"javascripts/libs/leaflet.label.js\"></script></body></html>\n",
             "public/javascripts/libs/leaflet.label.js": LABEL, "public/javascripts/carte.js": "var carte = L.map('map');\n"}
    r = check_result(tmp_path, files, "reusability.dependencies")
    label = [e for e in r["evidence"] if "leaflet.label" in str(e.get("value"))]
    assert label and "0.2.1" in str(label[0]["value"]), r["evidence"]
