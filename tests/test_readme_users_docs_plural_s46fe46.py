"""documentation.readme-sections (issue 12, s46 fe46 = reader ra46, sigagglocompiegne/foncier): a PostGIS model's README lists its
documents, the last one "[Documentations des utilisateurs](https://…/foncier/)", a page of the authority's portal, and the check
said "missing: usage". The words that give a section in a sentence with a link knew "documentation des utilisateurs", not its
plural nor "guides utilisateurs": a user documentation link is the usage pointer the check's advice asks for. Near miss: a link
labelled with the project's name only ("Portail foncier") gives no usage."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = ("# Suivi des acquisitions foncières\n\n"
          "Ensemble des éléments constituant la base de données des acquisitions foncières de la collectivité, avec ses vues de gestion.\n\n"
          "- Script d'initialisation de la base de données\n"
          "  * [Structure des données](sql/10_schema.sql)\n"
          "  * [Création des vues](sql/20_vues.sql)\n"
          "- [Documentation d'administration de la base de données](sql/admin.md)\n"
          "- [{label}](https://sig.agglo-exemple.fr/portail/index.php/2020/01/15/foncier/)\n\n"
          "## Contexte\n\nLa collectivité tient à jour un entrepôt de données territoriales alimenté par les services métiers.\n")
FILES = {"sql/10_schema.sql": "CREATE TABLE m_fonc.geo_achat (idgeo integer, geom geometry(MultiPolygon,2154));\n",
         "sql/20_vues.sql": "CREATE VIEW m_fonc.v_achat AS SELECT * FROM m_fonc.geo_achat;\n",
         "sql/admin.md": "# Administration\n\nLes tables du schéma m_fonc.\n"}


def sections(tmp_path, label: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": README.format(label=label), **FILES}, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme-sections"]))
    return report["results"][0]


def test_a_link_to_the_users_documentations_gives_usage(tmp_path):
    r = sections(tmp_path, "Documentations des utilisateurs")
    assert "usage" in r["details"]["found"], r["message"]
    assert any(e.get("line") == 9 and (e.get("value") or {}).get("section") == "usage" for e in r["evidence"]), r["evidence"]


def test_a_link_to_the_users_guides_gives_usage(tmp_path):
    assert "usage" in sections(tmp_path, "Guides utilisateurs")["details"]["found"]


def test_a_link_labelled_with_the_projects_name_gives_no_usage(tmp_path):
    r = sections(tmp_path, "Portail foncier")
    assert "usage" in r["details"]["missing"], r["message"]
