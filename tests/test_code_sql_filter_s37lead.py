"""A query written in the code's strings that keeps one département's rows (issue 12, session 37, reader rc37:
remifroger/foncier-majic-75-automatisation, an urbanism agency's loader of the DGFiP's MAJIC files for Paris).

foncier.py runs ``"SELECT * FROM {0} WHERE depcom::text like '75%'"``: another territory edits the code
(reusability.territory-neutral) and the INSEE column it filters on is an identifier field the code reads, with one territory's code
written in (interoperability.identifiers). A query taking the département as a parameter, or a commented-out one, holds none.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = "# Fichiers fonciers\n\nCharge les fichiers fonciers dans PostgreSQL et calcule les indicateurs.\n"
ETL = ('import argparse\nimport psycopg2\n\n\ndef extraire(cur, table):\n'
       '    cur.execute("SELECT * FROM {0} WHERE depcom::text like \'75%\'".format(table))\n'
       '    cur.execute("SELECT idpar FROM {0} WHERE c_cainsee::text like \'75%\' AND dnupro IS NOT NULL".format(table))\n'
       '    return cur.fetchall()\n\n\nif __name__ == "__main__":\n    p = argparse.ArgumentParser()\n    p.add_argument("--table")\n'
       '    a = p.parse_args()\n    extraire(psycopg2.connect("").cursor(), a.table)\n')
NEUTRAL = ('import argparse\nimport psycopg2\n\n\ndef extraire(cur, table, dep):\n'
           '    # cur.execute("SELECT * FROM {0} WHERE depcom::text like \'75%\'".format(table))\n'
           '    cur.execute("SELECT * FROM {0} WHERE depcom::text like %s".format(table), (dep + "%",))\n'
           '    return cur.fetchall()\n\n\nif __name__ == "__main__":\n    p = argparse.ArgumentParser()\n    p.add_argument("--table")\n'
           '    p.add_argument("--dep")\n    a = p.parse_args()\n    extraire(psycopg2.connect("").cursor(), a.table, a.dep)\n')


def _results(tmp_path, etl: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": README, "foncier.py": "print('a venir')\n"}, "date": "2023-01-09T09:00:00Z"},
                         {"files": {"foncier.py": etl}, "date": "2023-03-02T16:00:00Z"}])
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}",
                                               only=["reusability.territory-neutral", "interoperability.identifiers"]))
    return {r["id"]: r for r in report["results"]}


def test_a_query_in_the_code_keeping_one_departement_is_a_territory_value_and_an_identifier(tmp_path):
    r = _results(tmp_path, ETL)
    terr = r["reusability.territory-neutral"]
    assert terr["status"] in ("warn", "fail"), terr["message"]
    assert any(e.get("path") == "foncier.py" and e.get("line") == 6 for e in terr["evidence"]), terr["evidence"]
    ids = r["interoperability.identifiers"]
    assert ids["status"] == "warn" and "insee" in ids["message"]["en"], ids["message"]


def test_a_query_taking_the_departement_as_a_parameter_holds_no_territory(tmp_path):
    r = _results(tmp_path, NEUTRAL)
    assert r["reusability.territory-neutral"]["status"] == "pass", r["reusability.territory-neutral"]["message"]
