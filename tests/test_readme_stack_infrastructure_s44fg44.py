"""documentation.readme-sections (issue 12, s44 fg44 = reader rb44, ArnaudP17000/tpe-manager-web).

A web application's README lists what it is built with under "## 🛠️ Tech Stack": "### Backend", "### Frontend", then
"### Infrastructure" (Docker Compose, Nginx, PostgreSQL). That sub-list was named as the deployment section, while the README's
deployment section is its link "[Deployment Guide](docs/DEPLOYMENT.md)". Under a technology-stack chapter, a heading naming the
infrastructure alone lists components, as under an installation chapter: it is no deployment section.
Near miss: "## Infrastructure" as a chapter of its own (how the servers are set up) stays the deployment section.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

STACK = ("## 🛠️ Tech Stack\n\n### Backend\n- **FastAPI** - Python web framework\n- **SQLAlchemy** - ORM\n\n"
         "### Frontend\n- **React** - UI library\n- **Axios** - HTTP client\n\n"
         "### Infrastructure\n- **Docker** & **Docker Compose** - Containerization\n- **Nginx** - Reverse proxy\n- **PostgreSQL** - Database\n\n")
README = ("# Terminal Manager\n\nA web application to manage the payment terminals of the public revenue offices.\n\n" + STACK +
          "## 🚀 Quick Start\n\n```bash\ncp .env.example .env\ndocker compose up -d\n```\n\n"
          "## 📚 Documentation\n\n- [Installation Guide](docs/INSTALL.md) - Detailed installation instructions\n"
          "- [Deployment Guide](docs/DEPLOYMENT.md) - Production deployment\n")
DOCS = {"docs/INSTALL.md": "# Installation\n\nCopy .env.example to .env and run docker compose up -d.\n",
        "docs/DEPLOYMENT.md": "# Deployment\n\nOn the production server, set the secrets in .env, then run docker compose up -d behind Nginx.\n"}


def readme_fact(tmp_path, readme: str, docs: dict) -> dict:
    files = {"README.md": readme, "docker-compose.yml": "services:\n  api:\n    build: ./backend\n",
             "backend/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n", **docs}
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]


def deployment(fact: dict) -> list[tuple]:
    return [(d.get("text"), d.get("line")) for d in fact["section_details"] if d["name"] == "deployment"]


def test_an_infrastructure_list_under_the_tech_stack_is_no_deployment_section(tmp_path):
    found = deployment(readme_fact(tmp_path, README, DOCS))
    assert found and all(text != "Infrastructure" for text, _ in found), found
    # (the link to the deployment guide is the README's deployment section)
    lines = README.splitlines()
    assert any(text == "docs/DEPLOYMENT.md" or (line and "Deployment Guide" in lines[line - 1]) for text, line in found), found


def test_an_infrastructure_chapter_of_its_own_stays_the_deployment_section(tmp_path):
    text = README.replace(STACK, "## Infrastructure\n\nThe application runs on two servers behind an Nginx reverse proxy; "
                                 "Docker Compose starts the API and the database.\n\n")
    text = text.replace("- [Deployment Guide](docs/DEPLOYMENT.md) - Production deployment\n", "")
    found = deployment(readme_fact(tmp_path, text, {"docs/INSTALL.md": DOCS["docs/INSTALL.md"]}))
    assert any(t == "Infrastructure" for t, _ in found), found
