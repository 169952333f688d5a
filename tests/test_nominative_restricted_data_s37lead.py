"""Restricted data sets that name people, read by the code: MAJIC's and the land files' owners (issue 12, session 37, reader rc37:
remifroger/foncier-majic-75-automatisation, an urbanism agency's loader of the DGFiP's MAJIC files into diffusion.proprietaire).

The script holds no data model with a person's field, yet its whole work is loading the owners' files: scaling.personal-data warns
with the data set and what it names, instead of "no personal-data field". A script reading MAJIC's parcels only names nobody.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = "# Fichiers fonciers\n\nCharge les fichiers MAJIC de la DGFiP dans PostgreSQL.\n"
OWNERS = ('import subprocess\n\nSOURCE = "/data/majic"\nFICHIERS = ["PROP", "PDLL", "BATI"]\n\n\ndef charger(fichier):\n'
          '    subprocess.run(["psql", "-c", "\\\\copy diffusion.proprietaire FROM \'%s/majic_%s.csv\'" % (SOURCE, fichier)])\n\n\n'
          'for f in FICHIERS:\n    charger(f)\n')
PARCELS = ('import subprocess\n\nSOURCE = "/data/majic"\n\n\ndef charger():\n'
           '    subprocess.run(["psql", "-c", "\\\\copy diffusion.parcelle FROM \'%s/majic_parcelles.csv\'" % SOURCE])\n\n\ncharger()\n')
MODEL = "CREATE TABLE diffusion.parcelle (idpar varchar(14) PRIMARY KEY, dcntpa integer);\n"


def _result(tmp_path, script: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": README, "sql/modele.sql": MODEL, "charger.py": "print('a venir')\n"},
                          "date": "2023-01-09T09:00:00Z"},
                         {"files": {"charger.py": script}, "date": "2023-03-02T16:00:00Z"}])
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=["scaling.personal-data"]))
    return report["results"][0]


def test_code_loading_majics_owners_processes_personal_data(tmp_path):
    r = _result(tmp_path, OWNERS)
    assert r["status"] == "warn", r["message"]
    assert "MAJIC" in r["message"]["en"] and "owners' identity" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "charger.py" for e in r["evidence"]), r["evidence"]


def test_code_reading_majics_parcels_only_names_nobody(tmp_path):
    r = _result(tmp_path, PARCELS)
    assert r["status"] == "pass", r["message"]
