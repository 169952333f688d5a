"""documentation.readme-sections (issue 12, s44 fi44 = reader re44 on gestionsiteccsa/MyCCSA, item 6).

A Django intranet's README ends with "## 📚 Documentation" holding two links only: Django's documentation
(https://docs.djangoproject.com/) and the coding assistant's rules file (.cursorrules). It was read as the "usage" section.
Rule: a Documentation chapter whose entries are only a framework's or library's own documentation site (named by its label after a
word of its host the project's title does not hold) and the developers' tool rules points to no usage documentation of the project.
Near miss: a Documentation chapter linking the project's own documentation site (its name in the host) stays the usage section.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"


def _readme(docs: str) -> str:
    return ("# Intranet CCSA - Application Web Django\n\nApplication web métier de la communauté de communes : calendrier des événements et congés.\n\n"
            "## 🛠️ Installation\n\n```bash\npip install -r requirements.txt\npython manage.py migrate\n```\n\n"
            "## ⚙️ Configuration\n\nCopier `.env.example` vers `.env` et renseigner `SECRET_KEY`.\n\n"
            f"## 📚 Documentation\n\n{docs}\n\n"
            "## 👥 Contribution\n\n1. Créer une branche\n2. Créer une pull request\n")


def _files(docs: str) -> dict:
    return {"README.md": _readme(docs), "requirements.txt": "Django==5.0.1\n", ".cursorrules": "Write clean code.\n",
            "events/views.py": "def index(request):\n    return None\n"}


def _sections(r: dict) -> set:
    return {e["value"]["section"] for e in r["evidence"] if isinstance(e.get("value"), dict) and e.get("line")}


def test_a_documentation_chapter_of_framework_docs_and_tool_rules_is_no_usage(tmp_path):
    r = check_result(tmp_path, _files("- [Documentation Django](https://docs.djangoproject.com/)\n- [Règles du projet (.cursorrules)](.cursorrules)"), CID)
    assert "usage" not in _sections(r), r["evidence"]  # was: "usage" section: heading "📚 Documentation"


def test_near_miss_the_projects_own_documentation_site_stays_usage(tmp_path):
    r = check_result(tmp_path, _files("- [Documentation Intranet CCSA](https://intranetccsa.readthedocs.io/)\n- [Documentation Django](https://docs.djangoproject.com/)"), CID)
    assert "usage" in _sections(r), r["evidence"]
