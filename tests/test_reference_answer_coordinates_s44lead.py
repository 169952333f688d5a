"""A feature's coordinates read from the answer of the public reference a form calls are the reference's GeoJSON, not geographic
data of the project's own (issue 12, s44 lead = re-reader vg44's rmoubarak/Documentation-Stage, a Symfony intranet of a Région).

Its Sig service asks the API Adresse for an address and reads `$item['geometry']['coordinates']` of the answer; it draws no map.
The check passed ("no map and no geographic data of its own: the public references") until e20d77ff taught the GeoJSON signal that
reading a geometry's coordinates reads GeoJSON (right for a QGIS plugin geocoding into its layers); then the "public references
only" branch was shut and the form scored warn 5 for "no map library, no OGC". Rule now: in that branch, coordinates read from a
parsed answer do not count as GeoJSON of the project's own. Near miss: the same service also writing a FeatureCollection of its
own is judged on its formats as before."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

SIG = ("<?php\nnamespace App\\Services;\n\nclass Sig\n{\n    public function geocode(string $adresse): array\n    {\n"
       "        $json = file_get_contents('https://api-adresse.data.gouv.fr/search/?q=' . urlencode($adresse));\n"
       "        $data = json_decode($json, true);\n        $out = [];\n        foreach ($data['features'] as $item) {\n"
       "            $out[] = ['lon' => $item['geometry']['coordinates'][0], 'lat' => $item['geometry']['coordinates'][1],\n"
       "                      'commune' => $item['properties']['city']];\n        }\n        return $out;\n    }\n")
OWN = ("\n    public function export(array $points): string\n    {\n        return json_encode(['type' => 'FeatureCollection', "
       "'features' => $points]);\n    }\n")
BASE = {"composer.json": '{"name": "region/bons-de-commande", "require": {"php": ">=8.1", "symfony/framework-bundle": "^6.4"}}\n',
        "README.md": "# Bons de commande\n\nGestion des bons de commande des services.\n"}


def _geo(tmp_path, sig: str, name: str):
    report = run_audit(build(tmp_path / name, {**BASE, "src/Services/Sig.php": sig + "}\n"}), tmp_path / f"c-{name}",
                       ["interoperability.geo"])
    return next(r for r in report["results"] if r["id"] == "interoperability.geo")


def test_coordinates_read_from_the_api_adresse_answer_leave_the_public_references_pass(tmp_path):
    res = _geo(tmp_path, SIG, "refs")
    assert res["status"] == "pass" and "public references" in res["message"]["en"], (res["status"], res["message"]["en"])


def test_near_miss_a_feature_collection_of_its_own_is_judged_on_its_formats(tmp_path):
    res = _geo(tmp_path, SIG + OWN, "own")
    assert "public references" not in res["message"]["en"], res["message"]["en"]
