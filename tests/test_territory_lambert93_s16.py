"""reusability.territory-neutral: places written in Lambert-93 metres in an app's code (issue 12, session 15's reads: a Département's
ferry app, departement-loire-atlantique/appli-mobile-bacs-de-loire, keeps each quay's point as ``longitude: '346309.95'`` then
``latitude: '6687822.36'`` in its constants) were no territory value: only degrees and map centres or extents were read."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"
README = "# Traversées\n\nHoraires et état des traversées.\n"


def terr(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", {"README.md": README, **files}), tmp_path / "c", [CID]))[CID]


QUAYS = ("export const QUAIS = [\n"
         "  {\n    nom: 'Quai nord',\n    longitude: '352140.1187',\n    latitude: '6690320.5521'\n  },\n"
         "  {\n    nom: 'Quai sud',\n    longitude: '351980.7764',\n    latitude: '6689911.0342'\n  },\n];\n"
         "export const VUE = { center: [352060.5, 6690115.8], zoom: 14 };\n")


def test_points_in_lambert93_metres_in_the_code_are_one_territorys(tmp_path):
    r = terr(tmp_path, {"src/app/models/quais.ts": QUAYS, "src/app/app.ts": "import { QUAIS } from './models/quais';\nexport const n = QUAIS.length;\n"})
    assert r["status"] in ("warn", "fail"), r["message"]
    lines = sorted(e["line"] for e in r["evidence"] if e.get("path") == "src/app/models/quais.ts")
    assert lines == [4, 9, 13], r["evidence"]  # each quay (was: only the centre)


SPREAD = ("export const EXEMPLES = [\n  { x: 351200.5, y: 6690150.2 },\n  { x: 1045320.4, y: 6298780.1 },\n"
          "  { x: 652100.3, y: 6862300.7 },\n  { x: 842700.9, y: 6519300.4 },\n];\n")
IDS = "export const IDS = [123456, 6123456];\n"


def test_points_across_france_and_bare_numbers_are_no_territory(tmp_path):
    # Nantes, Marseille, Paris, Lyon: examples across France; two whole numbers in a list: ids
    r = terr(tmp_path, {"src/exemples.ts": SPREAD, "src/ids.ts": IDS})
    assert r["status"] == "pass", (r["message"], r["evidence"])
