"""interoperability.geo: a Kotlin (or Swift) property holding a position (``val latitude: Double``) is a coordinate the app
reads, as Java's ``double latitude`` is (issue 12, s12: an Android app reading GPS positions told it 'handles no geographic
data', while its Java sibling was told it reads positions)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.geo"
POSITION_KT = ('package fr.syndicat.releve\n\ndata class Position(\n    val latitude: Double = 0.0,\n    val longitude: Double = 0.0\n)\n\n'
               'fun label(p: Position): String = "${p.latitude} ${p.longitude}"\n')
SWIFT = 'import Foundation\n\nstruct Point {\n    let latitude: CLLocationDegrees\n    var longitude: CLLocationDegrees\n}\n'


def test_a_kotlin_position_is_read_coordinates(tmp_path):
    r = results(run_audit(build(tmp_path / "r", {"README.md": "# Relevés\n\nApplication de relevés.\n",
                                                 "app/src/main/java/fr/syndicat/releve/Position.kt": POSITION_KT,
                                                 "ios/Releve/Point.swift": SWIFT}), tmp_path / "c", [CID]))[CID]
    assert r["status"] == "not_applicable" and "reads positions as coordinates (latitude, longitude)" in r["message"]["en"], r["message"]
    assert {e.get("path") for e in r["evidence"]} >= {"app/src/main/java/fr/syndicat/releve/Position.kt"}, r["evidence"]
