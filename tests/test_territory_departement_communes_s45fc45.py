"""A list of ten communes or more, nearly all one département's, written in the code is that département's (issue 12, s45 fc45 =
dubreybrice-png/sdis66-checklist-materiel-vendee): an SDIS's Apps Script checks a form's fire station against a constant array of
its 55 stations, each named after its commune in capitals ("BEAUVOIR SUR MER", "LA ROCHE SUR YON"), and a page repeats the list.
territory.commune-table took ten known communes or more for a referential of places, whatever they were: the département's list was
never read. communes.yml now gives each commune's département (scripts/build_communes.py, from INSEE's COG): such a list is one
département's; a list of as many communes spread across France stays a referential."""

from __future__ import annotations

from auditor.facts.territory_options import departements_of, one_departement, quoted_communes
from tests.test_local_authority_verdicts import judge

# (a made-up fire service's stations, named after communes of Finistère, some small ones unknown to the tool as elsewhere)
ONE = ["BANNALEC", "BRIEC", "CAMARET SUR MER", "CHATEAULIN", "CONCARNEAU", "CROZON", "DOUARNENEZ", "FOUESNANT", "KERGLOFF",
       "LANDIVISIAU", "LESNEVEN", "MOELAN SUR MER", "PLABENNEC", "PLOUZANE", "PONT L'ABBE", "ROSPORDEN", "SAINT RENAN", "TREGUNC"]
# (the near miss: as many communes, each of another département, none a large city: a national form's examples)
SPREAD = ["CONCARNEAU", "ABBEVILLE", "AGDE", "ALTKIRCH", "AMBERT", "ANNONAY", "ARCACHON", "AUBAGNE", "AUCH", "AUTUN", "AVALLON",
          "AVRANCHES", "BAGNOLS SUR CEZE", "BERGERAC", "BRIANCON", "CAHORS", "DOLE", "FOIX"]


def _script(names):
    rows = ",".join(f'"{n}"' for n in names)
    return (f"const ALLOWED_STATIONS = [\n  {rows}\n];\n\nfunction checkStation(value) {{\n"
            "  if (ALLOWED_STATIONS.indexOf(String(value).trim().toUpperCase()) < 0) {\n"
            "    return { success: false, error: 'Centre de secours inconnu' };\n  }\n  return { success: true };\n}\n")


def _audit(tmp_path, names, name):
    _, res = judge(tmp_path, {"README.md": "# Inventaire\n\nVérification du matériel des véhicules.\n", "Code.js": _script(names)},
                   ["reusability.territory-neutral"], name=name)
    return res["reusability.territory-neutral"]


def test_a_departements_stations_named_after_its_communes_are_its_territory(tmp_path):
    r = _audit(tmp_path, ONE, "one")
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any(e.get("path") == "Code.js" and e.get("line") == 1 and "CONCARNEAU" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


def test_near_miss_as_many_communes_across_france_stay_a_referential(tmp_path):
    r = _audit(tmp_path, SPREAD, "spread")
    assert r["status"] == "pass", r["evidence"]


def test_the_departement_of_each_commune_and_of_a_list():
    assert departements_of("concarneau") == {"29"} and departements_of("avrille") >= {"49", "85"}
    assert one_departement(quoted_communes(ONE)) == "29" and one_departement(quoted_communes(SPREAD)) is None
    assert one_departement(quoted_communes(ONE[:6])) is None  # (too few to say)
