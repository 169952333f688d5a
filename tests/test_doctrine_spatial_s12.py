"""interoperability.geo: a Symfony bundle whose entities keep geometries through Doctrine's spatial types
(``use CrEOF\\Spatial\\PHP\\Types\\Geometry\\Point``) handles geographic data (issue 12, s12: a transport authority's back-office
bundle editing its stops' points told it 'handles no map or geographic data')."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.geo"
CONTROLLER = ("<?php\n\nnamespace Reseau\\ArretBundle\\Controller;\n\nuse CrEOF\\Spatial\\PHP\\Types\\Geometry\\Point;\n\n"
              "class ArretController\n{\n    public function placeAction($x, $y, $srid)\n    {\n"
              "        $arret->setTheGeom(new Point($x, $y, $srid));\n    }\n}\n")


def test_doctrine_spatial_points_are_geographic_data(tmp_path):
    r = results(run_audit(build(tmp_path / "r", {"README.md": "# Arrêts\n\nGestion des arrêts.\n",
                                                 "composer.json": '{"name": "reseau/arret-bundle", "type": "symfony-bundle"}\n',
                                                 "Controller/ArretController.php": CONTROLLER}), tmp_path / "c", [CID]))[CID]
    assert r["status"] != "not_applicable", r["message"]
    assert "Controller/ArretController.php" in {e.get("path") for e in r["evidence"]}, r["evidence"]
