"""Test-coverage data committed beside the sources is build output, and a PostgreSQL distribution's image gives the PostgreSQL
version (issue 12, session 36 fixer t36; reader m35o3's findings).

hefarian/rennes_metropole_effectifs_scolaires: a FastAPI + Streamlit project for Rennes Métropole commits at its root the
``.coverage`` (coverage.py's SQLite data) and ``coverage.json`` (``coverage json``'s report) of a local ``pytest --cov`` run; the
build-output check said no build output was committed, though the tool counts ``coverage/`` and ``htmlcov/`` as build folders.
Near misses: a coverage tool's configuration (``.coveragerc``, ``codecov.yml``) is written by people; a ``coverage.json`` of the
project's own data (a mobile network's coverage in GeoJSON) is data.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.build-output"

SQLITE = b"SQLite format 3\x00\x10\x00\x01\x01\x00@  \x00\x00\x00\x05" + b"\x00" * 200
COVERAGE_JSON = ('{"meta": {"format": 3, "version": "7.13.1", "timestamp": "2026-07-12T20:25:45.640342", "branch_coverage": false, '
                 '"show_contexts": false}, "files": {"src\\\\app\\\\main.py": {"executed_lines": [1, 2], "summary": '
                 '{"covered_lines": 2, "num_statements": 2, "percent_covered": 100.0}}}, "totals": {"covered_lines": 2}}\n')


def api_project(extra: dict) -> dict:
    files = {
        "README.md": "# Prévisions d'effectifs scolaires\n\nAPI de prévision et tableau de bord.\n\n```\npytest --cov=src\n```\n",
        ".gitignore": "__pycache__/\n.env\n",
        "requirements.txt": "fastapi>=0.110\npytest>=8\npytest-cov>=5\n",
        "src/app/__init__.py": "",
        "src/app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/health')\ndef health():\n    return {'ok': True}\n",
        "tests/test_main.py": "from src.app.main import health\n\n\ndef test_health():\n    assert health() == {'ok': True}\n",
    }
    files.update(extra)
    return files


def test_coverage_py_data_committed_at_the_root_is_build_output(tmp_path):
    r = check_result(tmp_path, api_project({".coverage": SQLITE, "coverage.json": COVERAGE_JSON}), CID)
    assert r["status"] == "warn", r["message"]
    assert ".coverage" in r["message"]["en"] and "coverage.json" in r["message"]["en"]
    assert "test-coverage" in r["message"]["en"] and "couverture des tests" in r["message"]["fr"]
    assert r["details"]["files"] == 2


def test_other_coverage_reports_and_nyc_data_are_build_output(tmp_path):
    extra = {
        "coverage.xml": '<?xml version="1.0" ?>\n<coverage version="7.4.0" timestamp="1" lines-valid="2" line-rate="1">\n</coverage>\n',
        "web/lcov.info": "TN:\nSF:/home/dev/web/src/index.js\nDA:1,1\nend_of_record\n",
        "web/.nyc_output/4f1c.json": '{"/home/dev/web/src/index.js": {"path": "/home/dev/web/src/index.js", "statementMap": {}}}\n',
        "web/src/index.js": "export const one = () => 1;\n",
    }
    r = check_result(tmp_path, api_project(extra), CID)
    assert r["status"] == "warn", r["message"]
    assert r["details"]["files"] == 3


def test_coverage_configuration_and_data_named_coverage_are_not_build_output(tmp_path):
    extra = {
        ".coveragerc": "[run]\nsource = src\n",
        "codecov.yml": "coverage:\n  status:\n    project: off\n",
        "data/coverage.json": '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"operateur": "A"}, '
                              '"geometry": {"type": "Point", "coordinates": [-1.68, 48.11]}}]}\n',
        "docs/coverage.xml": '<?xml version="1.0"?>\n<zones><zone id="1" nom="Rennes"/></zones>\n',
    }
    r = check_result(tmp_path, api_project(extra), CID)
    assert r["status"] == "pass", r["message"]
