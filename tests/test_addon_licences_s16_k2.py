"""Session 16 (k2, reader r1's cam_filtremultilayer): the licence an add-on's manifest gives its host was not read. An ArcGIS
Experience Builder widget's manifest.json says "license": "http://www.apache.org/licenses/LICENSE-2.0" (Esri's template default,
kept by the métropole): the report said "No license found" (open-license, authorized-fr) and "nothing to compare" (consistent)."""

from __future__ import annotations

from tests.test_arcgis_widget_s16_k2 import WIDGET
from tests.test_local_authority_verdicts import judge


def _licence(tmp_path, files, name="r"):
    report, res = judge(tmp_path, files, ["licensing.open-license", "licensing.consistent"], name=name)
    return report["facts"]["license"], res


def test_the_licence_of_an_experience_builder_widget_manifest_given_as_its_address(tmp_path):
    files = dict(WIDGET)
    files["manifest.json"] = files["manifest.json"].replace('"properties"', '"license": "http://www.apache.org/licenses/LICENSE-2.0",\n  "properties"')
    lic, res = _licence(tmp_path, files)
    assert lic["spdx"] == "Apache-2.0", lic
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
    assert res["licensing.consistent"]["status"] == "pass" and "manifest.json" in res["licensing.consistent"]["message"]["en"]


def test_a_manifest_json_of_no_host_states_no_licence(tmp_path):
    files = {"README.md": "# Appli\n", "index.html": "<h1>Appli</h1>\n",
             "manifest.json": '{"name": "Appli", "start_url": "/", "display": "standalone", "license": "http://www.apache.org/licenses/LICENSE-2.0"}\n'}
    lic, _ = _licence(tmp_path, files)
    assert lic["spdx"] is None and not lic.get("declared"), lic


def test_nextcloud_and_wordpress_add_ons_state_their_licence_to_the_host(tmp_path):
    nextcloud = {"README.md": "# Agenda partagé\n", "lib/AppInfo/Application.php": "<?php\nnamespace OCA\\Agenda\\AppInfo;\nclass Application {}\n",
                 "appinfo/info.xml": ('<?xml version="1.0"?>\n<info xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n  <id>agenda</id>\n'
                                      '  <name>Agenda</name>\n  <namespace>Agenda</namespace>\n  <licence>agpl</licence>\n  <version>1.0.0</version>\n</info>\n')}
    lic, res = _licence(tmp_path, nextcloud, name="nc")
    assert res["licensing.open-license"]["status"] == "pass" and "AGPL" in res["licensing.open-license"]["message"]["en"], res["licensing.open-license"]
    assert any(d["file"] == "appinfo/info.xml" and d["line"] == 6 for d in lic["declared"]), lic
    wordpress = {"README.md": "# Agenda des événements\n",
                 "agenda-ville.php": ("<?php\n/**\n * Plugin Name: Agenda de la ville\n * Version: 1.2.0\n * License: GPLv2 or later\n"
                                      " * License URI: https://www.gnu.org/licenses/gpl-2.0.html\n */\nadd_action('init', 'agenda_init');\n")}
    lic, _ = _licence(tmp_path, wordpress, name="wp")
    assert lic["spdx"] == "GPL-2.0-or-later" and any(d["file"] == "agenda-ville.php" and d["line"] == 5 for d in lic["declared"]), lic


def test_licence_addresses():
    from auditor.facts.addon_licences import licence_url
    assert licence_url("http://www.apache.org/licenses/LICENSE-2.0") == "Apache-2.0"
    assert licence_url("https://www.apache.org/licenses/LICENSE-2.0.txt") == "Apache-2.0"
    assert licence_url("http://www.cecill.info/licences/Licence_CeCILL_V2.1-fr.html") == "CECILL-2.1"
    assert licence_url("https://cecill.info/licences/Licence_CeCILL-B_V1-fr.html") == "CECILL-B"
    assert licence_url("https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12") == "EUPL-1.2"
    assert licence_url("https://www.mozilla.org/en-US/MPL/2.0/") == "MPL-2.0"
    assert licence_url("see http://www.apache.org/licenses/LICENSE-2.0") is None  # a sentence, not an address
    assert licence_url("https://example.org/licence") is None
