"""reusability.territory-neutral (issue 12, s39 fi39 = reader ma39, CACEM-TEAM/decacem).

An agglomeration's waste-collection app appends its region to every address its geocoding sends (`${query}, Martinique, France` in
the search bar, `${voie}, ${commune}, Martinique, France` in the map): none was reported. One region's name written onto a query
string before ", France" binds the search to that territory: a territory value.
Near miss: a query appending ", France" alone stays neutral.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

SEARCH = ("<script setup>\nimport axios from 'axios'\n\nasync function geocode(query) {\n"
          "  const q = `${query}, Martinique, France`\n  return axios.get('https://api-adresse.data.gouv.fr/search/', { params: { q } })\n}\n</script>\n")


def territory(tmp_path, search):
    files = {"README.md": "# Collecte\n\nCalendrier de collecte.\n", "src/components/SearchBar.vue": search,
             "package.json": "{\"name\": \"collecte\", \"dependencies\": {\"axios\": \"^1.6.0\"}}\n"}
    return check_result(tmp_path, files, "reusability.territory-neutral")


def test_a_region_appended_to_the_geocoding_query_is_a_territory_value(tmp_path):
    r = territory(tmp_path, SEARCH)
    assert r["status"] != "pass", r["message"]  # was pass "no territory-specific value"
    assert any(e.get("value") == "Martinique" and e.get("line") == 5 for e in r["evidence"]), r["evidence"]


def test_france_alone_stays_neutral(tmp_path):
    r = territory(tmp_path, SEARCH.replace(", Martinique, France", ", France"))
    assert r["status"] == "pass", r["message"]
