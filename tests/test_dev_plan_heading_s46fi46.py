"""A development plan is no installation (issue 12, s46 fi46 = welleadama/D-veloppement-Plugin-QGIS-Suivi-des-Travaux-Communaux).
The repository is a README specifying a QGIS/PostGIS plugin still to write (context, data model, features), and a licence: no code.
Its "## 7. Étapes de développement" lists the stages of the work (create the schema, develop the plugin, test with the agents).
documentation.readme-sections took that heading for an installation section and reusability.install warned "written instructions:
yes" on it, where nothing is to install. A heading naming the plan or the stages of the development is no install section now."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SPEC = ("# Suivi des chantiers de voirie\n\n## 1. Contexte\n\nCahier des charges d'une extension QGIS pour suivre les chantiers "
        "communaux.\n\n## 2. Modèle de données\n\n| Champ | Type |\n| --- | --- |\n| id | UUID |\n| geom | Geometry |\n\n"
        "## 3. Fonctionnalités\n\n* Saisie des chantiers\n* Export des fiches\n\n")
PLAN = "## 4. {}\n\n1. Création des tables\n2. Écriture de l'extension\n3. Recette avec les agents\n\n## 5. Licence\n\nGPL v3.\n"


def _results(repo, tmp_path, heading):
    files = {"README.md": SPEC + PLAN.format(heading), "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n"}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c",
                                                                only=["documentation.readme-sections", "reusability.install"]))
    return {r["id"]: r for r in report["results"]}


def test_a_development_plan_is_no_install_section(repo, tmp_path):
    r = _results(repo, tmp_path, "Étapes de développement")
    assert "install" not in r["documentation.readme-sections"]["details"]["found"]
    assert r["reusability.install"]["status"] == "not_applicable", r["reusability.install"]["message"]


def test_near_miss_a_local_development_heading_stays_an_install_section(repo, tmp_path):
    r = _results(repo, tmp_path, "Développement local")
    assert "install" in r["documentation.readme-sections"]["details"]["found"]
    assert r["reusability.install"]["status"] == "warn"
