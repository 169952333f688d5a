"""documentation.readme (issue 12, s35 ac35 = naturalsolutions/ecoteka): the README is its title, "## Requirements" (Docker), then
"## Structure", a list of the technical stack ("The project uses as database PostgreSQL 12, SQLAlchemy as toolkit…", "The backend
uses the FastAPI framework"), then the install; it never says what the project is. The stack's item was taken for the
description: "pass 8: README present but: the description is not placed first", advising to move it under the title. A
"Structure" chapter says what the project is made of, as a stack chapter does: its text is no description. Near miss: a
paragraph under the title saying what the project is stays the description, placed first."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme"

README = """<h1 align="center">Ecoteka</h1>

## Requirements

All work environments need at least the following requirements:

- Docker: [how to install it](https://docs.docker.com/get-docker/)
- Docker Compose: [how to install it](https://docs.docker.com/compose/install/)

## Structure

- We use [Traefik](https://traefik.io) as proxy
- The project uses as database [PostgreSQL 12](https://www.postgresql.org),
  [SQLAlchemy](https://www.sqlalchemy.org) as toolkit and Object Relational Mapper and
  [Alembic](https://alembic.sqlalchemy.org) as database migration tool.
- The backend uses the [FastAPI](https://fastapi.tiangolo.com) framework.

## Install

```
docker compose up -d
```

## Usage

Open http://localhost:3000 in your browser and sign in with the account created at install.
"""


def test_a_structure_chapters_stack_item_is_no_description(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "docker-compose.yml": "services:\n  db:\n    image: postgis/postgis:14-3.2\n"}, CID)
    assert "not placed first" not in r["message"]["en"], r["message"]
    assert not any(e.get("line") == 13 for e in r["evidence"]), r["evidence"]


def test_a_description_under_the_title_stays_placed_first(tmp_path):
    described = README.replace("## Requirements", "Ecoteka is an open platform for local authorities to manage the trees of their green spaces.\n\n## Requirements")
    r = check_result(tmp_path, {"README.md": described, "docker-compose.yml": "services:\n  db:\n    image: postgis/postgis:14-3.2\n"}, CID)
    assert r["status"] == "pass" and "description" not in r["message"]["en"].split(":", 1)[-1], r["message"]
