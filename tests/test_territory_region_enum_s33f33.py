"""reusability.territory-neutral (issue 12, s33 f33 = dataregion/DataEtatRegion-front): an Angular front's `export enum Region {
BRETAGNE = 'Bretagne', PDL = 'Pays de la Loire', …}` (the regions a multi-region platform serves, its service mapping each to its
region code) was five "SQL filter on one region's name". A TypeScript enum's member, or a code's assignment, compares nothing in
SQL; and a file naming five regions or more is a table of regions, not one territory's. A real filter, in a SQL file or in a query
the code writes, keeps its finding."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"
README = {"README.md": "# Budget\n\nLe front de la plateforme de données budgétaires de l'État en région.\n"}
ENUM = ("import { Injectable } from '@angular/core';\n\n\nexport enum Region {\n  BRETAGNE = 'Bretagne',\n  PDL = 'Pays de la Loire',\n"
        "  HDF = 'Hauts-de-France',\n  NORMANDIE = 'Normandie',\n  BOURGOGNE_FRANCHE_COMTE = 'Bourgogne-Franche-Comte',\n  CORSE = 'Corse',\n"
        "  OCCITANIE = 'Occitanie',\n  GRAND_EST = 'Grand-Est',\n  NATIONAL = 'National'\n}\n\n"
        "@Injectable({\n  providedIn: 'root'\n})\nexport class MultiregionsService {\n"
        "  private _synonymes: { [key in Region]: string[] } = {\n    [Region.BRETAGNE]: ['053'],\n    [Region.PDL]: ['052'],\n  };\n}\n")
TWO = ("import { Injectable } from '@angular/core';\n\nexport enum Region {\n  BRETAGNE = 'Bretagne',\n  PDL = 'Pays de la Loire',\n}\n\n"
       "@Injectable({ providedIn: 'root' })\nexport class MultiregionsService {\n  private _default = 'x';\n}\n")

NATION = (("Bretagne", "53"), ("Normandie", "28"), ("Corse", "94"), ("Occitanie", "76"), ("Grand Est", "44"))  # (a CASE mapping each region)


def _sql_region(r) -> list:
    return [(e["path"], e["value"]) for e in r["evidence"] if e.get("kind") == "finding" and "SQL filter on one region" in e["note"]["en"]]


def test_an_enum_of_regions_is_no_sql_filter(tmp_path):
    files = {**README, "apps/budget/src/app/services/multiregions.service.ts": ENUM, "apps/qpv/src/app/services/multiregions.service.ts": TWO,
             "scripts/settings.py": "region = 'Bretagne'\nfor name in ('Normandie', 'Corse'):\n    print(name)\n",
             "scripts/codes.py": 'SQL = """SELECT CASE\n' + "".join(f"  WHEN nom_reg = '{n}' THEN '{c}'\n" for n, c in NATION) + 'END FROM t"""\n'}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert _sql_region(r) == [], r["evidence"]
    assert r["status"] == "pass", r["message"]


def test_a_filter_on_one_regions_name_in_sql_or_in_a_query_keeps_its_finding(tmp_path):
    files = {**README, "sql/vues.sql": "CREATE VIEW v AS\nSELECT *\nFROM t\nWHERE\n  region = 'Bretagne';\n",
             "api/query.ts": "export const q = `SELECT * FROM lignes\n  WHERE annee = 2024\n    AND nom_reg IN ('Normandie')`;\n",
             "api/stats.py": "sql = \"SELECT count(*) FROM t WHERE lb_region = 'Occitanie'\"\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert sorted(_sql_region(r)) == [("api/query.ts", "Normandie"), ("api/stats.py", "Occitanie"), ("sql/vues.sql", "Bretagne")], r["evidence"]
    assert r["status"] != "pass", r["message"]
