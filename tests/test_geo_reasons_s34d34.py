"""interoperability.geo, .identifiers, .public-building-blocks (issue 12, s34 d34 = reader m28o2's
mathis-kdio/Cap-Projet-Application-Mobile-Ville-de-Laval and mouafak/Mulhouse-lieux-wp-plugin; reader m28o1's
margueriteespada/vmmapcd59 and Veremes/doc_PCRS).

A React Native app drawing a MapView with a Marker (react-native-maps: Google Maps on Android, Apple Maps on iOS) "handled no
detectable map"; a WordPress plugin drawing mapboxgl.Map on Mapbox's hosted style, from a copy of Mapbox GL JS 2.x, and geocoding
through api.mapbox.com did too (vendor-lock-in listed the copy first, and geo only read a service whose first evidence was a call).
A repository of documentation only (a web map's user manual, a Sphinx site documenting an FME writer and its "Code INSEE"
parameter) was not applicable because it "handles no map / no identifier": not applicable it is, because there is no code.
Made-up names below."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["interoperability.geo", "interoperability.identifiers", "interoperability.public-building-blocks"]

SCREEN = """import * as React from 'react';
import * as Location from 'expo-location';
import MapView, { Marker } from 'react-native-maps';

export default class Lieu extends React.Component {
  state = { location: {} };
  async chercher(texte) {
    let location = await Location.geocodeAsync(texte + " Trifouilly France");
    this.setState({ location: location[0] });
  }
  render() {
    return (
      <MapView style={{ width: '100%', height: '100%' }}
               initialRegion={{ latitude: 48.1, longitude: -0.7, latitudeDelta: 0.015, longitudeDelta: 0.015 }}>
        <Marker coordinate={{ latitude: this.state.location.latitude || 48.1, longitude: this.state.location.longitude || -0.7 }} />
      </MapView>
    );
  }
}
"""


def mobile_app(map_dep: str, screen: str) -> dict:
    deps = {"expo": "~47.0.8", "react": "18.1.0", "react-native": "0.70.5", "expo-location": "~15.0.1", map_dep: "^1.3.2"}
    return {"README.md": "# Trifouilly dans ma poche\n\nSignaler un problème dans la rue, avec son lieu sur une carte.\n",
            "front/package.json": json.dumps({"name": "trifouilly-poche", "main": "node_modules/expo/AppEntry.js",
                                              "dependencies": deps}, indent=2) + "\n",
            "front/app.json": json.dumps({"expo": {"name": "trifouilly-poche", "android": {"package": "fr.trifouilly.poche"},
                                                   "ios": {"bundleIdentifier": "fr.trifouilly.poche"}}}) + "\n",
            "front/App.js": "import Lieu from './src/screens/Lieu';\nexport default function App() { return <Lieu />; }\n",
            "front/src/screens/Lieu.js": screen}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_a_react_native_map_is_a_proprietary_map(tmp_path):
    geo = run(tmp_path, mobile_app("react-native-maps", SCREEN))["interoperability.geo"]
    assert geo["status"] == "fail", geo["message"]
    assert "react-native-maps (Google Maps, Apple Maps)" in geo["message"]["en"], geo["message"]
    ev = [e for e in geo["evidence"] if e.get("value") == "react-native-maps"]
    assert ev and ev[0]["path"] == "front/package.json" and "MapLibre React Native" in ev[0]["note"]["en"], geo["evidence"]


def test_a_maplibre_react_native_map_stays_an_open_one(tmp_path):  # (near miss)
    screen = SCREEN.replace("import MapView, { Marker } from 'react-native-maps';", "import MapLibreGL from '@maplibre/maplibre-react-native';")
    geo = run(tmp_path, mobile_app("@maplibre/maplibre-react-native", screen))["interoperability.geo"]
    assert geo["status"] != "not_applicable" and "proprietary" not in geo["message"]["en"], geo["message"]
    assert "@maplibre/maplibre-react-native" in geo["details"]["libraries"], geo["details"]


def test_a_react_native_maps_no_code_imports_draws_no_map(tmp_path):  # (near miss: a template's leftover dependency)
    screen = "import * as React from 'react';\nimport { Text } from 'react-native';\nexport default function Lieu() { return <Text>Lieu</Text>; }\n"
    geo = run(tmp_path, mobile_app("react-native-maps", screen))["interoperability.geo"]
    assert geo["status"] == "not_applicable" and "react-native-maps" not in geo["message"]["en"], geo["message"]


PLUGIN = """<?php
/**
 * Plugin Name:       Trifouilly lieux
 * Description:       Les lieux de Trifouilly sur une carte.
 * Requires PHP:      7.4
 * Text Domain:       trifouilly-lieux
 */
require_once __DIR__ . '/core/Geocodeur.php';
add_action('wp_enqueue_scripts', function () {
    wp_enqueue_script('mapbox-gl', plugins_url('assets/js/2.4.0/mapbox-gl.js', __FILE__));
    wp_enqueue_style('mapbox-gl', plugins_url('assets/css/2.4.0/mapbox-gl.css', __FILE__));
});
"""
GEOCODER = """<?php
class Geocodeur {
    private $adresse;
    private $jeton;
    public function __construct($adresse, $jeton) { $this->adresse = $adresse; $this->jeton = $jeton; }
    public function position() {
        $url = 'https://api.mapbox.com/geocoding/v5/mapbox.places/' . rawurlencode($this->adresse) . '.json?access_token=' . $this->jeton;
        $reponse = json_decode(wp_remote_retrieve_body(wp_remote_get($url)), true);
        return $reponse['features'][0]['center'];
    }
}
"""
TEMPLATE = """<?php get_header(); $point = apply_filters('trifouilly_point', []); ?>
<div id="map"></div>
<?php echo "<script>
mapboxgl.accessToken = '" . $point['jeton'] . "';
const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v11', center: [" . $point['x'] . ", " . $point['y'] . "], zoom: 10 });
new mapboxgl.Marker().setLngLat([" . $point['x'] . ", " . $point['y'] . "]).addTo(map);
</script>"; ?>
<?php get_footer(); ?>
"""
MAPBOX_GL = ("/* Mapbox GL JS is Copyright © 2020 Mapbox and subject to the Mapbox Terms of Service ((https://www.mapbox.com/legal/tos/). */\n"
             "(function (global, factory) {\ntypeof exports === 'object' ? module.exports = factory() : (global.mapboxgl = factory());\n"
             "}(this, function () { 'use strict'; var mapboxgl = {}; return mapboxgl; }));\n")


def plugin(extra: dict | None = None) -> dict:
    files = {"trifouilly-lieux.php": PLUGIN, "index.php": "<?php // Silence is golden.\n", "core/Geocodeur.php": GEOCODER,
             "templates/single-trifouilly-lieux.php": TEMPLATE, "assets/js/2.4.0/mapbox-gl.js": MAPBOX_GL,
             "assets/css/2.4.0/mapbox-gl.css": ".mapboxgl-map { font: 12px/20px Helvetica Neue, Arial, sans-serif; overflow: hidden; }\n"}
    return {**files, **(extra or {})}


def test_a_copied_mapbox_gl_drawing_mapboxs_style_and_geocoding_there_is_a_proprietary_map(tmp_path):
    geo = run(tmp_path, plugin())["interoperability.geo"]
    assert geo["status"] == "fail" and "proprietary: Mapbox" in geo["message"]["en"], geo["message"]
    found = [e for e in geo["evidence"] if e.get("kind") == "finding"]
    assert found and found[0]["path"] in ("core/Geocodeur.php", "templates/single-trifouilly-lieux.php") and found[0]["line"], found


def test_a_plugin_without_a_map_still_handles_none(tmp_path):  # (near miss: Mapbox named in its README only)
    files = {"trifouilly-lieux.php": PLUGIN.replace("require_once __DIR__ . '/core/Geocodeur.php';\n", "").split("add_action")[0],
             "index.php": "<?php // Silence is golden.\n",
             "README.md": "# Trifouilly lieux\n\nUne future version affichera les lieux sur une carte (https://www.mapbox.com).\n"}
    geo = run(tmp_path, files)["interoperability.geo"]
    assert geo["status"] == "not_applicable" and geo["message"]["en"] == "The service handles no detectable map or geographic data.", geo["message"]


MANUAL = {"README.md": "# Documentation de la carte du Département\n\nManuel d'utilisation de la carte en ligne.\n",
          "index.rst": "Carte du Département\n====================\n\n.. toctree::\n   :maxdepth: 2\n\n   utilisation/index\n",
          "utilisation/index.rst": "Utilisation\n===========\n\n.. toctree::\n\n   mode_carto\n   module_cadastre\n",
          "utilisation/mode_carto.md": "# Mode carto\n\nLe gestionnaire de carte liste les couches. Importez un fichier KML, GeoJSON ou GPX.\n\n"
                                       "## Recherche d'adresse\n\nTapez une adresse : la carte se centre sur elle.\n",
          "utilisation/module_cadastre.md": "# Module cadastre\n\nCherchez une parcelle par sa section et son numéro, dans la commune "
                                            "choisie par son code INSEE.\n"}
SPHINX = {"conf.py": "project = 'Writer PCRS'\nextensions = ['myst_parser']\nhtml_theme = 'sphinx_rtd_theme'\n",
          "index.rst": "Writer PCRS\n===========\n\nÉcrire le PCRS en GML.\n\n.. toctree::\n\n   Projet_FME/index\n",
          "README.md": "# Writer PCRS\n\nDocumentation du writer FME qui écrit le PCRS (GML, schéma CNIG).\n",
          "Projet_FME/index.rst": "Projet FME\n==========\n\n.. toctree::\n\n   PCRS_Parametres\n",
          "Projet_FME/PCRS_Parametres.md": "# Paramètres\n\n| Paramètre | Description |\n| --- | --- |\n"
                                           "| Code INSEE | Code INSEE de la commune (obligatoire) |\n| Emprise | Géométrie de l'emprise d'échange |\n"}


def test_documentation_only_is_not_applicable_for_want_of_code(tmp_path):
    for name, files, ids in (("manual", MANUAL, CHECKS), ("sphinx", SPHINX, CHECKS[:2])):
        res = run(tmp_path / name, files)
        for cid in ids:
            msg = res[cid]["message"]["en"]
            assert res[cid]["status"] == "not_applicable" and msg.startswith("No code in the repository (documentation only):"), (name, cid, msg)
            assert "handles no" not in msg, (name, cid, msg)


def test_code_or_data_handling_nothing_keeps_its_reason(tmp_path):  # (near misses: there is something to judge, and nothing found)
    script = {"README.md": "# Relevés\n\nCalcule les totaux des relevés.\n",
              "totaux.py": "import csv\n\nwith open('releves.csv') as f:\n    print(sum(int(r['n']) for r in csv.DictReader(f)))\n"}
    data = {"README.md": "# Relevés\n\nLes relevés mensuels.\n", "data/releves.csv": "mois,n\n2026-01,3\n2026-02,5\n"}
    for name, files in (("script", script), ("data", data)):
        res = run(tmp_path / name, files)
        assert res["interoperability.geo"]["message"]["en"] == "The service handles no detectable map or geographic data.", (name, res["interoperability.geo"]["message"])
        assert "documentation only" not in res["interoperability.identifiers"]["message"]["en"], (name, res["interoperability.identifiers"]["message"])
