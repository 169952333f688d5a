"""scaling.impact-indicators (issue 12, s43 ff43 = reader rd43, ArnaudP17000/Budget-Manager-Pro-V5.1).

A budget application's user guide (docs/GUIDE_UTILISATEUR.md) describes its dashboard screen under "## Le Dashboard", then
"### KPI (Indicateurs clés)" lists what that screen counts of the user's own records (active projects, total budget, pending orders):
the check passed on it as an impact section. A KPI or indicators heading in a user guide's chapter on one of the application's screens
describes that screen's counters, not the project's impact. Near miss: the same heading under a chapter on the project itself
("## Le projet") still counts.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

IMPACT = "scaling.impact-indicators"
APP = {"README.md": "# Budget\n\nApplication de gestion budgétaire de la DSI.\n\n## Installation\n\n```\npip install -r requirements.txt\n```\n",
       "requirements.txt": "Flask==3.0.3\n", "app/main.py": "from flask import Flask\n\napp = Flask(__name__)\n"}
GUIDE = """# Guide Utilisateur - Budget

## Démarrage rapide

Connectez-vous avec votre compte.

## {chapter}

Vue d'ensemble de l'activité.

### KPI (Indicateurs clés)

- **Projets actifs** : nombre de projets en cours
- **Budget total** : montant total des AP actives
- **BC en attente** : bons de commande à valider

## Gestion des projets

### Créer un projet

Cliquez sur « Nouveau projet ».
"""


def _impact(tmp_path, chapter: str, name: str) -> dict:
    return judge(tmp_path, {**APP, "docs/GUIDE_UTILISATEUR.md": GUIDE.replace("{chapter}", chapter)}, [IMPACT], name=name)[1][IMPACT]


def test_a_screens_kpis_in_a_user_guide_are_no_impact(tmp_path):
    r = _impact(tmp_path, "📊 Le Dashboard", "screen")
    assert r["status"] != "pass" and "GUIDE_UTILISATEUR" not in str(r["evidence"]), r


def test_kpis_under_a_chapter_on_the_project_still_count(tmp_path):
    r = _impact(tmp_path, "Le projet", "project")
    assert r["status"] == "pass" and "GUIDE_UTILISATEUR" in str(r["evidence"]), r
