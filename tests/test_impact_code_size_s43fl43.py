"""scaling.impact-indicators (issue 12, s43 fl43 = reader ri43's ArnaudP17000/Budget-Projet): a README section "📊 Statistiques du
Projet" counting the code base (Python files, lines of code, database tables, views, "Architecture MVC complète") was taken for an
impact section by its title word. A section whose every line counts a part of the code is the code's size, no indicator of the
service's use or effects. Near miss: a "Statistiques" section giving users and communes served (beside a count of files) stays an
impact section. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.impact-indicators"
CODE = {"main.py": "def main():\n    return 0\n\n\nif __name__ == '__main__':\n    main()\n"}


def readme(section: str) -> dict:
    return {**CODE, "README.md": "# Gestion budgétaire\n\nSuivi des budgets du service informatique.\n\n## Installation\n\n"
                                  "pip install -r requirements.txt\n\n" + section + "\n## Développement\n\nLancer python main.py.\n"}


def test_a_section_counting_the_code_base_is_no_impact_indicator(tmp_path):
    r = check_result(tmp_path, readme("## 📊 Statistiques du Projet\n\n- **29 fichiers Python**\n- **~7,200 lignes de code**\n"
                                      "- **11 tables de base de données**\n- **10 vues UI**\n- **Architecture MVC complète**\n"), CID)
    assert r["status"] == "warn", r["message"]  # was pass 'impact section in the docs'


def test_near_miss_a_statistics_section_counting_users_stays_an_impact_section(tmp_path):
    r = check_result(tmp_path, readme("## 📊 Statistiques du Projet\n\n- **1 200 utilisateurs par mois**\n- **35 communes équipées**\n"
                                      "- **29 fichiers Python**\n"), CID)
    assert r["status"] == "pass", r["message"]
