"""documentation.readme-sections: a chapter on the stack's management CLI is its usage (issue 12, s42 fr42 = reader ri42,
cdg71/nocodb-onprem-deploy). The README's "## Service management cli" lists the tasks of the kit's interactive menu (start, stop,
update, logs, uninstall) and how to run it: how the deployed service is used day to day, read before as no section ("missing: usage").
Headings naming a service's or a stack's management (its CLI, script or menu; "Gestion des services", "Script de gestion") are usage.
Near miss: a "## Project management" chapter (the team's planning) stays no usage. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

README = """# Wiki Stack

## Project Overview
A Docker Compose stack running a wiki, its database and its cache for a local government's staff.

## Prerequisites
- Docker (includes Docker Compose)

## {heading}
The `main.sh` script in `scripts/cli` provides an interactive menu for common tasks:
1. Start / Install
2. Stop
3. Update
4. Logs
5. Uninstall

Run the script:
```bash
./scripts/cli/main.sh
```
"""
COMPOSE = "services:\n  wiki:\n    image: requarks/wiki:2\n    restart: unless-stopped\n  db:\n    image: postgres:16.6\n    restart: unless-stopped\n"
CLI = "#!/bin/bash\n# Start the stack\nstart() {\n  docker compose up -d\n}\ncase \"$1\" in\n  start) start ;;\nesac\n"


def _files(heading: str) -> dict:
    return {"README.md": README.format(heading=heading), "docker-compose.yml": COMPOSE, "scripts/cli/main.sh": CLI}


def test_a_service_management_cli_chapter_is_usage(tmp_path):
    res = check_result(tmp_path / "a", _files("Service management cli"), "documentation.readme-sections")
    assert "usage" in res["details"]["found"], res["message"]
    res = check_result(tmp_path / "b", _files("Gestion des services"), "documentation.readme-sections")
    assert "usage" in res["details"]["found"], res["message"]


def test_a_project_management_chapter_is_no_usage(tmp_path):
    res = check_result(tmp_path, _files("Project management"), "documentation.readme-sections")
    assert "usage" not in res["details"]["found"], res["message"]
