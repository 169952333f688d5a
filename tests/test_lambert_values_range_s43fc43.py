"""interoperability.geo (issue 12, s43 fc43 = Fyelne/Projet-PNR): a JavaFX application stores its observation places as
coord_Lambert_X / coord_Lambert_Y, and its MySQL dump holds them (X 246,000–287,000, Y 6,718,000–6,756,000: the Golfe du Morbihan
in Lambert-93); the repository never writes "93", and the check said "legal reference system: no". Lambert-named X/Y columns whose
committed values fall in Lambert-93's window over metropolitan France are in the legal system. Near misses: the same columns
holding Lambert II étendu values (Y about 2,300,000) stay "no"; too few rows say nothing."""

from __future__ import annotations

from auditor.facts.lambert_values import in_lambert93, tables_in
from tests.test_local_authority_verdicts import judge
from tests.test_projected_coordinate_fields_s39fe39 import APP, CID

ROWS_93 = [(246868.29, 6742521.64), (247282.09, 6743269.55), (250621.29, 6737291.98), (262010.5, 6731502.2), (287001.0, 6755010.7),
           (270220.1, 6720003.3)]
ROWS_II = [(x - 30000, y - 4450000) for x, y in ROWS_93]


def dump(rows) -> str:
    values = ",".join(f"({x:.8f},{y:.8f})" for x, y in rows)
    return ("-- MySQL dump 10.13\n\nDROP TABLE IF EXISTS `lieu`;\nCREATE TABLE `lieu` (\n  `coord_Lambert_X` decimal(18,8) NOT NULL,\n"
            "  `coord_Lambert_Y` decimal(18,8) NOT NULL,\n  PRIMARY KEY (`coord_Lambert_X`,`coord_Lambert_Y`)\n) ENGINE=InnoDB;\n\n"
            f"LOCK TABLES `lieu` WRITE;\nINSERT INTO `lieu` VALUES (0.00000000,0.00000000),{values};\nUNLOCK TABLES;\n")


def test_lambert_named_values_in_lambert93_s_range_are_the_legal_system(tmp_path):
    _, res = judge(tmp_path, {**APP, "bdd/bd_lieu.sql": dump(ROWS_93)}, [CID])
    r = res[CID]
    assert "legal reference system: yes" in r["message"]["en"], r["message"]  # was "no"
    assert any(e.get("path") == "bdd/bd_lieu.sql" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]


def test_lambert_ii_values_are_not_lambert93(tmp_path):
    _, res = judge(tmp_path, {**APP, "bdd/bd_lieu.sql": dump(ROWS_II)}, [CID], name="ii")
    assert "legal reference system: no" in res[CID]["message"]["en"], res[CID]["message"]


def test_the_rows_are_read_by_the_insert_s_column_list_and_counted():
    text = ("CREATE TABLE obs (id int, x_lambert numeric, y_lambert numeric, nom text);\n"
            "INSERT INTO obs (nom, y_lambert, x_lambert, id) VALUES ('a', 6742521.6, 246868.2, 1), ('b', 6743269.5, 247282.0, 2);\n")
    found = tables_in(text)
    assert found == [{"table": "obs", "line": 1, "rows": 2, "in_range": 2}], found
    assert in_lambert93(found) == []  # (two rows: too few to tell)
