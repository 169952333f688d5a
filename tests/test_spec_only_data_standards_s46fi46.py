"""Documents only: no data format to judge (issue 12, s46 fi46 = welleadama/D-veloppement-Plugin-QGIS-Suivi-des-Travaux-Communaux).
The repository is a README specifying a QGIS/PostGIS plugin still to write (its table given field by field) and a licence: no code.
Every other interoperability check said "no code (documentation only)"; interoperability.data-standards alone failed "No published
data schema, and no open format read or written", false of a document. With documents only it is not applicable now, as its siblings."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SPEC = ("# Suivi des chantiers de voirie\n\n## 1. Contexte\n\nCahier des charges d'une extension QGIS pour suivre les chantiers "
        "communaux.\n\n## 2. Modèle de données\n\nTable `chantiers.intervention` :\n\n| Champ | Type | Description |\n| --- | --- | --- |\n"
        "| id | UUID | Identifiant |\n| geom | Geometry | Emprise |\n| nature | VARCHAR | Réseau, chaussée |\n"
        "| debut | DATE | Date de début |\n| fin | DATE | Date de fin |\n| societe | VARCHAR | Nom de l'entreprise |\n"
        "| referent | VARCHAR | Référent du chantier |\n| remarque | TEXT | Observations |\n\n"
        "## 3. Licence\n\nGPL v3.\n")
SERVER = ("const express = require('express');\nconst app = express();\n"
          "app.get('/', (req, res) => res.send('<h1>Chantiers</h1>'));\napp.listen(3000);\n")


def _data_standards(repo, tmp_path, extra):
    files = {"README.md": SPEC, "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n", **extra}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["interoperability.data-standards"]))
    return report["results"][0]


def test_a_specification_without_code_is_not_applicable(repo, tmp_path):
    r = _data_standards(repo, tmp_path, {})
    assert r["status"] == "not_applicable", r["message"]
    assert "documentation only" in r["message"]["en"]


def test_near_miss_the_same_readme_beside_code_stays_judged(repo, tmp_path):
    r = _data_standards(repo, tmp_path, {"server.js": SERVER, "package.json": '{"name": "chantiers", "dependencies": {"express": "^4.19.0"}}'})
    assert r["status"] == "fail", r["message"]
