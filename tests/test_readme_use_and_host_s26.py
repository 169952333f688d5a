"""README headings of a data pipeline (issue 12, s26 j26 = s26 o4, a catalogue-to-Postgres loader): "### Use the script" over
`python cli.py load --env=prod` is how it is used, and "## Dokku" over dokku config:set and postgres:link is its deployment.
"Using alembic" (a tool of its development) and "Getting started" keep their old reading."""

from __future__ import annotations

from auditor.facts.readme_headings import heading_sections
from tests.test_local_authority_verdicts import judge

README = """# Tableau de bord du catalogue

Charge le catalogue de data.gouv.fr dans une base Postgres pour les tableaux de bord Metabase.

## Getting started

### Spin off the database

```
docker compose up -d
```

### Use the script

```
python cli.py load --env=prod
```

## Schema changes

### Using alembic

```
alembic upgrade head
```

## Dokku

```
dokku config:set tableau DATABASE_URL=postgres://…
dokku postgres:link tableau-db tableau
```
"""


def test_use_the_script_is_usage_and_a_platform_heading_is_deployment():
    assert heading_sections("Use the script") == ["usage"]
    assert heading_sections("Dokku") == ["deployment"]
    assert heading_sections("Using alembic") == []
    assert heading_sections("Getting started") == ["install"]


def test_readme_sections_find_usage_and_deployment(tmp_path):
    files = {"README.md": README, "cli.py": "import sys\n\ndef main():\n    print(sys.argv)\n\nif __name__ == '__main__':\n    main()\n",
             "requirements.txt": "psycopg2-binary==2.9.9\n"}
    res = judge(tmp_path, files, ["documentation.readme-sections"])[1]["documentation.readme-sections"]
    missing = res["details"].get("missing") or []
    assert "usage" not in missing and "deployment" not in missing, res["message"]
