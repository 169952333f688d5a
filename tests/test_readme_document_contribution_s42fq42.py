"""readme.sections.contributing: a question heading asking how to contribute over the writing of one of the product's documents
(issue 12, s42 fq42, reader rw42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _readme(tmp_path, readme: str) -> dict:
    commits = [{"files": {"README.md": readme, "package.json": '{"name": "trials-api", "private": true}\n', "src/main.ts": "export const a = 1;\n",
                          "docs/incidents/YYYY-MM-DD - incident template.md": "# Incident\n\n## Timeline\n"},
                "date": "2024-05-02T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


# - DNUM-SocialGouv/eclaire: "## Post-Mortems" > "### Puis-je écrire un Post-Mortem et comment contribuer ?" says that anyone who analysed
#   an incident may write one, and to copy the template named by date: writing an incident report, not the project's contributing guide.
HEAD = ("# API Essais - plateforme des essais cliniques\n\n## Installation\n\n```sh\nyarn install\nyarn start\n```\n\n"
        "## Incidents\n\n### Liste des incidents\n\n- **2024-02-01** - La recherche était saturée après une mise à jour.\n\n")
TAIL = "### Pourquoi écrire un rapport d'incident ?\n\nPour que les causes soient comprises et que des mesures soient prises.\n"


def test_writing_an_incident_report_is_no_contributing_guide(tmp_path):
    readme = HEAD + ("### Puis-je écrire un rapport d'incident et comment contribuer ?\n\n"
                     "Toute personne ayant participé à l'analyse d'un incident peut rédiger un rapport.\n\n"
                     "Le modèle est disponible dans la documentation : [modèle](docs/incidents/YYYY-MM-DD%20-%20incident%20template.md).\n"
                     "Copiez alors le fichier en le nommant avec :\n- la date de l'incident\n- une courte explication\n\n") + TAIL
    r = _readme(tmp_path, readme)
    assert "contributing" not in r["sections"], r["section_details"]


def test_near_miss_the_same_question_over_issues_and_pull_requests_stays_contributing(tmp_path):
    readme = HEAD + ("### Puis-je écrire du code et comment contribuer ?\n\n"
                     "Toute personne peut rédiger un rapport d'anomalie dans les issues.\n\n"
                     "Copiez alors le fichier de modèle, puis ouvrez une pull request sur une branche.\n\n") + TAIL
    r = _readme(tmp_path, readme)
    assert "contributing" in r["sections"], r["section_details"]


def test_near_miss_a_plain_contributing_heading_stays_contributing(tmp_path):
    readme = HEAD + "## Contribuer\n\nLes contributions sont les bienvenues : ouvrez une issue avant de proposer une modification.\n\n"
    r = _readme(tmp_path, readme)
    assert "contributing" in r["sections"], r["section_details"]
