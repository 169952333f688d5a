"""reusability.tests-and-ci (issue 12, s42 fp42 = reader rh42, D-OTIsud/Bertel).

A tourism information system's CI starts a database, applies its schema, then runs its SQL test files one by one
(`psql "$DB_URL" -v ON_ERROR_STOP=1 -f "db/tests/test_rls.sql"`, files of ASSERTs that stop the step at the first error); it was
said "CI does not seem to run any test". psql running a SQL test file (under a tests/ folder, or named test_*.sql / *_test.sql)
runs tests, as pg_prove does. Near miss: a workflow that only applies the schema with psql runs none.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

WORKFLOW = """name: sql
on: [push]
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Apply the schema
        env:
          DB_URL: postgresql://postgres:postgres@127.0.0.1:5432/postgres
        run: psql "$DB_URL" -v ON_ERROR_STOP=1 -f "db/schema.sql"
{tests}"""

TEST_STEP = """      - name: RLS assertions
        env:
          DB_URL: postgresql://postgres:postgres@127.0.0.1:5432/postgres
        run: psql "$DB_URL" -v ON_ERROR_STOP=1 -f "db/tests/test_rls.sql"
"""

FILES = {
    "README.md": "# Fiches\n\nBase des fiches touristiques (PostgreSQL) et son interface.\n",
    "package.json": '{"name": "fiches", "private": true, "scripts": {"build": "tsc"}, "devDependencies": {"typescript": "5.6.3", "vitest": "2.1.8"}}\n',
    "src/fiche.ts": "export function titre(nom: string): string {\n  return nom.trim();\n}\n",
    "src/commune.ts": "export function code(insee: string): string {\n  return insee.padStart(5, '0');\n}\n",
    "src/fiche.test.ts": "import { describe, expect, it } from 'vitest';\nimport { titre } from './fiche';\n\n"
                         "describe('titre', () => {\n  it('trims', () => {\n    expect(titre(' Plage ')).toBe('Plage');\n  });\n});\n",
    "db/schema.sql": "CREATE TABLE fiche (id serial PRIMARY KEY, nom text NOT NULL);\nALTER TABLE fiche ENABLE ROW LEVEL SECURITY;\n",
    "db/tests/test_rls.sql": "\\set ON_ERROR_STOP on\nBEGIN;\nDO $$\nBEGIN\n  ASSERT (SELECT relrowsecurity FROM pg_class WHERE relname = 'fiche'),\n"
                             "         'fiche does not have RLS enabled';\nEND $$;\nROLLBACK;\n",
}


def _run(tmp_path, tests: str) -> dict:
    return check_result(tmp_path, {**FILES, ".github/workflows/sql.yml": WORKFLOW.replace("{tests}", tests)}, "reusability.tests-and-ci")


def test_psql_running_a_sql_test_file_runs_tests(tmp_path):
    r = _run(tmp_path, TEST_STEP)
    assert r["details"]["ci_runs_tests"] is True, r["details"]
    assert "does not seem to run any test" not in str(r["evidence"]), r["evidence"]


def test_psql_applying_the_schema_runs_no_test(tmp_path):
    r = _run(tmp_path, "")
    assert r["details"]["ci_runs_tests"] is False, r["details"]
