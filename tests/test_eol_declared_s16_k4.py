"""scaling.end-of-life (issue 12, session 16 reader r2): runtimes stated where the check did not read them — a buildpack told
`--env GOOGLE_PYTHON_VERSION="3.10.x"` by the workflow that builds a Cloud Function (dtefpnc-spe-boost-function), a pyproject's
requires-python bounded to one cycle and uv's python3.13 image (db-to-bq-dlt-img) — were "No runtime or framework version read"."""

from __future__ import annotations

from datetime import date

from tests.test_eol_installs_s16_h3 import _run
from tests.test_reusability_fixtures import build, results

WORKFLOW = ("name: build\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - name: Build image\n        run: |\n          pack build offres \\\n"
            "            --builder gcr.io/buildpacks/builder:latest \\\n            --env GOOGLE_FUNCTION_TARGET=offres \\\n"
            "            --env GOOGLE_PYTHON_VERSION=\"3.10.x\" \\\n            --env GOOGLE_FUNCTION_SIGNATURE_TYPE=http\n")
MAIN = "import functions_framework\n\n\n@functions_framework.http\ndef offres(request):\n    return {}\n"


def test_a_buildpacks_python_version_is_read(tmp_path):
    files = {"README.md": "# offres\n\nCopie des offres.\n", ".github/workflows/build-image.yml": WORKFLOW, "main.py": MAIN,
             "requirements.txt": "functions-framework==3.5.0\n"}
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 3))
    read = {(r["product"], r["cycle"], r["path"], r["line"]) for r in report["facts"]["end_of_life"]["read"]}
    assert ("python", "3.10", ".github/workflows/build-image.yml", 15) in read, read
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] in ("warn", "fail") and "Python 3.10" in eol["message"]["en"], eol["message"]  # (end of life 2026-10-31)


def test_a_bounded_requires_python_and_uvs_image_are_read(tmp_path):
    files = {"README.md": "# db-to-bq\n\nChargement de tables.\n", "main.py": "import dlt\n\nprint(dlt.__version__)\n",
             "pyproject.toml": '[project]\nname = "db-to-bq"\nversion = "0.1.0"\nrequires-python = ">=3.13,<3.14"\ndependencies = ["dlt>=1.4"]\n',
             "Dockerfile": "FROM ghcr.io/astral-sh/uv:python3.13-trixie-slim\nWORKDIR /app\nCOPY . .\nRUN uv sync --frozen\nCMD [\"python\", \"main.py\"]\n"}
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 3))
    read = {(r["product"], r["cycle"], r["path"], r["line"]) for r in report["facts"]["end_of_life"]["read"]}
    assert {("python", "3.13", "pyproject.toml", 4), ("python", "3.13", "Dockerfile", 1)} <= read, read
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] == "pass", eol["message"]


def test_a_minimum_requires_python_stays_unjudged(tmp_path):
    files = {"README.md": "# outil\n\nUn outil.\n", "outil.py": "print(1)\n",
             "pyproject.toml": '[project]\nname = "outil"\nversion = "0.1.0"\nrequires-python = ">=3.8"\n'}
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 3))
    assert not [r for r in report["facts"]["end_of_life"]["read"] if r["product"] == "python"], report["facts"]["end_of_life"]["read"]
