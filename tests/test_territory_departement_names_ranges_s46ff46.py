"""reusability.territory-neutral: one région's département names in a list, and one département's INSEE code range (issue 12,
s46 ff46 = reader rb46, xotakfr/communes-bretonnes).

A JavaFX application keeps Brittany's départements in Departement.java (DEPARTEMENTS_AUTORISES = Arrays.asList("MORBIHAN",
"ILLE-ET-VILAINE", "COTES-D'ARMOR", "FINISTERE")) and its Python graph script keeps the communes whose INSEE code lies in
22000-22999, 29000-29999, 35000-35999 or 56000-56999 ("on reste en bretagne"); the check said "No territory-specific value in the
code": names in capitals and numeric ranges were no territory marker. Near misses: names spread across France (examples) are
no territory's list, and a range that is no département's (a date's, a price band) no territory's range. Fixtures written for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
README = {"README.md": "# Attractivite\n\nApplication d'analyse des communes.\n"}
JAVA = ("package modele;\n\nimport java.util.Arrays;\nimport java.util.List;\n\n/** Un departement. */\npublic class Departement {{\n"
        "    private static final List<String> AUTORISES = Arrays.asList({names});\n\n"
        "    /** Dit si le nom est accepte. */\n    public static boolean accepte(String nom) {{\n        return AUTORISES.contains(nom);\n    }}\n}}\n")
PY = ("def voisins(codes, insee):\n    garde = []\n    for v in codes:\n        if ({lo} <= v < {hi}) and v != insee:\n"
      "            garde.append(v)\n    return garde\n")


def test_one_regions_departement_names_are_territory_specific(tmp_path):
    names = '"MORBIHAN", "ILLE-ET-VILAINE", "COTES-D\'ARMOR", "FINISTERE"'
    r = check_result(tmp_path, {**README, "src/Departement.java": JAVA.format(names=names)}, CID)
    assert r["status"] in ("warn", "fail") and any(e.get("path") == "src/Departement.java" for e in r["evidence"]), r


def test_one_departements_insee_range_is_territory_specific(tmp_path):
    r = check_result(tmp_path, {**README, "graphes/voisins.py": PY.format(lo=29000, hi=30000)}, CID)
    assert r["status"] in ("warn", "fail") and any(e.get("path") == "graphes/voisins.py" for e in r["evidence"]), r


def test_near_miss_names_across_france_and_other_ranges_stay_neutral(tmp_path):
    names = '"Gironde", "Nord", "Bouches-du-Rhône", "Bas-Rhin"'
    files = {**README, "src/Departement.java": JAVA.format(names=names), "graphes/voisins.py": PY.format(lo=2019000, hi=2020000),
             "graphes/prix.py": PY.format(lo=10000, hi=20000)}
    r = check_result(tmp_path, files, CID)
    mine = [e for e in r["evidence"] if "list of one territory's département names" in str(e.get("note"))
            or "INSEE municipality codes" in str(e.get("note"))]
    assert not mine, mine
    assert not any(e.get("path", "").startswith("graphes/") for e in r["evidence"]), r["evidence"]
