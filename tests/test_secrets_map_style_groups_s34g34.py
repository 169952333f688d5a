"""reusability.secrets (issue 12, s34 g34 = reader m28o3, dataforgoodfr/13_potentiel_solaire): warn "35 string(s) that look like a
secret" — all in a MapLibre style (application/public/map-styles/map-style.json): the layer groups under "maplibre:groups" are
keyed by 32 hexadecimal digits ("101da9f1…": {"name": "Places"}) and each layer names its group by that id
("maplibre:group": "b6371a3f…"). Ids of the style's own records, no credential: pass. The near miss: the same hexadecimal string
as a token's value stays a probable secret."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

STYLE = ('{\n\t"version": 8,\n\t"name": "Fiord Color",\n\t"metadata": {\n\t\t"maplibre:autocomposite": false,\n\t\t"maplibre:groups": {\n'
         '\t\t\t"101da9f13b64a08fa4b6ac1168e89e5f": {\n\t\t\t\t"collapsed": false,\n\t\t\t\t"name": "Places"\n\t\t\t},\n'
         '\t\t\t"a14c9607bc7954ba1df7205bf660433f": { "name": "Boundaries" },\n'
         '\t\t\t"b6371a3f2f5a9932464fa3867530a2e5": {\n\t\t\t\t"collapsed": false,\n\t\t\t\t"name": "Transportation"\n\t\t\t}\n\t\t}\n\t},\n'
         '\t"sources": {\n\t\t"openmaptiles": {\n\t\t\t"type": "vector",\n\t\t\t"url": "https://openmaptiles.data.gouv.fr/data/planet-vector.json"\n\t\t}\n\t},\n'
         '\t"layers": [\n' + ",\n".join(
             '\t\t{\n\t\t\t"id": "layer_%d",\n\t\t\t"type": "line",\n\t\t\t"metadata": {\n\t\t\t\t"maplibre:group": "%s"\n\t\t\t},\n'
             '\t\t\t"source": "openmaptiles"\n\t\t}' % (i, g) for i, g in enumerate(["b6371a3f2f5a9932464fa3867530a2e5", "a14c9607bc7954ba1df7205bf660433f",
                                                                                     "101da9f13b64a08fa4b6ac1168e89e5f"])) + "\n\t]\n}\n")
MAP = 'import maplibregl from "maplibre-gl";\n\nexport const map = new maplibregl.Map({ container: "map", style: "/map-styles/map-style.json" });\n'


def secrets(tmp_path, style: str) -> dict:
    files = {"README.md": "# Potentiel solaire\n\nLe potentiel solaire des toits des écoles.\n", "application/components/map.ts": MAP,
             "application/public/map-styles/map-style.json": style}
    return results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.secrets"]))["reusability.secrets"]


def test_a_map_styles_layer_group_ids_are_no_secret(tmp_path):
    res = secrets(tmp_path, STYLE)
    assert res["status"] == "pass", res["message"]


def test_the_same_hexadecimal_string_as_a_token_stays_a_probable_secret(tmp_path):
    style = STYLE.replace('"maplibre:autocomposite": false,', '"maplibre:autocomposite": false,\n\t\t"access_token": "9f8e7d6c5b4a39281706f5e4d3c2b1a0",')
    res = secrets(tmp_path, style)
    assert [e["line"] for e in res["evidence"]] == [6] and "1 string(s) that look like a secret" in res["message"]["en"], res["message"]
