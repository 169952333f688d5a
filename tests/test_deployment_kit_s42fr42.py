"""An infrastructure kit of published images (issue 12, s42 fr42 = reader ri42, cdg71/nocodb-onprem-deploy): a compose file of published
images (an application, its database, its cache), an env sample, a management script, and a README titled "# <Product> On-Premise
Deployment" whose setup chapter clones, configures and runs ``docker compose up -d``.
- documentation.readme-sections and documentation.docs: for an infrastructure (what is deployed is the repository itself), a README
  titled as a deployment guide whose own install chapter starts the stack is the deployment section and documentation
  (before: "missing: deployment").
- reusability.install: a compose file around no code of its own (no Dockerfile: nothing to build) installs the whole stack, as a
  package manifest installs a library, when the README says how (before: warn 6, compose weighed 2 of 6).
Near misses: the same README titled "# Wiki Stack" keeps the deployment missing; a README titled as a deployment guide without any
setup chapter finds no deployment and no pass for install. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

COMPOSE = """services:
  wiki:
    image: requarks/wiki:2
    env_file: ./wiki.env
    depends_on:
      - db
    restart: unless-stopped
    ports:
      - "80:3000"
  db:
    image: postgres:16.6
    env_file: ./wiki.env
    volumes:
      - ./data/db:/var/lib/postgresql/data
    restart: unless-stopped
  cache:
    image: redis:7
    restart: unless-stopped
"""
ENV = "DB_TYPE=postgres\nDB_HOST=db\nDB_USER=wiki\nDB_PASS=change-me\nPOSTGRES_USER=wiki\nPOSTGRES_PASSWORD=change-me\n"
CLI = "#!/bin/bash\n# Start the stack\nstart() {\n  docker compose up -d\n}\n# Stop the stack\nstop() {\n  docker compose down\n}\ncase \"$1\" in\n  start) start ;;\n  stop) stop ;;\nesac\n"
OVERVIEW = """## Project Overview
This project provides an environment to deploy and manage a Wiki.js instance with its PostgreSQL database and a Redis cache,
started with Docker Compose and managed by a small script.
"""
SETUP = """## Prerequisites
- **Docker** (includes Docker Compose)

## Setup Instructions
### 1. Clone the Repository
```bash
git clone https://example.org/acme/wiki-deploy
cd wiki-deploy
```

### 2. Configure Environment Variables
Rename `wiki.env.sample` to `wiki.env` and set the passwords.

### 3. Start the Services
```bash
docker compose up -d
```
"""
CHECKS = ["documentation.readme-sections", "documentation.docs", "reusability.install"]


def _files(title: str, setup: bool = True) -> dict:
    return {"README.md": f"# {title}\n\n" + OVERVIEW + ("\n" + SETUP if setup else ""), "docker-compose.yml": COMPOSE,
            "wiki.env.sample": ENV, "scripts/cli/main.sh": CLI, "LICENSE": "MIT License\n\nCopyright (c) 2025 ACME\n"}


def test_a_readme_titled_as_the_deployment_guide_of_an_infrastructure_is_its_deployment(tmp_path):
    kind, res = kind_and_results(tmp_path, _files("Wiki.js On-Premise Deployment"), CHECKS)
    assert kind["kind"] == "infrastructure", kind
    sec = res["documentation.readme-sections"]
    assert "deployment" in sec["details"]["found"], sec["message"]
    docs = res["documentation.docs"]
    assert "deployment" in docs["details"]["found"], docs["message"]
    inst = res["reusability.install"]
    assert inst["status"] == "pass", (inst["status"], inst["score"], inst["message"])


def test_a_title_naming_no_deployment_keeps_it_missing(tmp_path):
    kind, res = kind_and_results(tmp_path, _files("Wiki Stack"), CHECKS)
    assert kind["kind"] == "infrastructure", kind
    assert "deployment" in res["documentation.readme-sections"]["details"]["missing"], res["documentation.readme-sections"]["message"]
    assert "deployment" in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]


def test_a_deployment_title_without_setup_steps_finds_no_deployment_nor_install(tmp_path):
    kind, res = kind_and_results(tmp_path, _files("Wiki.js On-Premise Deployment", setup=False), CHECKS)
    assert kind["kind"] == "infrastructure", kind
    assert "deployment" in res["documentation.readme-sections"]["details"]["missing"], res["documentation.readme-sections"]["message"]
    assert "deployment" in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]
    assert res["reusability.install"]["status"] != "pass", res["reusability.install"]["message"]
