"""interoperability.identifiers: a map's mask shipped as ``departement-invert.json`` (one MultiPolygon, the world minus a
département, to grey out the rest of the map) was taken for a reference list of communes (issue 12, s10 reads: a SPIP plugin
said "reference data/validation: yes"). A file of communes still is one."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

CID = "interoperability.identifiers"
MODEL = ("from django.db import models\n\n\nclass Monument(models.Model):\n    nom = models.CharField(max_length=200)\n"
         "    code_insee = models.CharField(max_length=5)\n")
RING = [[round(2.2 + i / 5000, 5), round(48.9 + (i % 97) / 5000, 5)] for i in range(1400)]
MASK = json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"depart": "93", "region": "11"},
                   "geometry": {"type": "MultiPolygon", "coordinates": [[[[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]], RING]]}}]})
COMMUNES = json.dumps([{"code": f"93{i:03d}", "nom": f"Commune {i}", "population": 1000 + i} for i in range(1, 400)])


def one(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-05-04T10:00:00Z"}])
    return results(run(repo, tmp_path / f"c-{name}", only=[CID]))[CID]


def test_a_maps_mask_is_no_reference_list_and_a_communes_file_is(tmp_path):
    assert len(MASK) >= 20_000 and len(COMMUNES) >= 20_000
    files = {"README.md": "# Patrimoine\n\nInventaire.\n", "patrimoine/models.py": MODEL, "plugin/json/departement-invert.json": MASK}
    r = one(tmp_path, files)
    assert r["details"]["references"] is False, r["message"]
    r = one(tmp_path, {**files, "plugin/json/communes.json": COMMUNES}, "c")
    assert r["details"]["references"] is True, r["message"]
