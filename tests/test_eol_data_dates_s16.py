"""Each product's end-of-life dates come from its own copy of endoflife.date (issue 12, s16 lead): the runtimes refreshed in
session 16 (Python, Node.js, PHP, Ruby, PostgreSQL, Java, Temurin) are of 2026-08-22, the others still of 2025-06-01. The
message named the newest date for every product, so 'Debian 12 … (endoflife.date dates of 2026-08-22)' stated a copy the
Debian dates do not come from."""

from __future__ import annotations

from datetime import date

from tests.test_eol_installs_s16_h3 import README, _run
from tests.test_reusability_fixtures import build, results


def test_a_product_of_the_older_copy_names_that_copy_s_date(tmp_path):
    report = _run(build(tmp_path / "r", {"README.md": README, "Dockerfile": "FROM debian:12-slim\n"}), tmp_path / "c", date(2026, 12, 3))
    assert report["facts"]["end_of_life"]["data_dates"] == {"debian": "2025-06-01"}
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] == "warn", eol["message"]  # Debian 12: 2026-06-10
    assert "endoflife.date dates of 2025-06-01, compared with 2026-12-03" in eol["message"]["en"], eol["message"]
    assert "2026-08-22" not in eol["message"]["en"] and "du 2025-06-01, comparées" in eol["message"]["fr"]


def test_products_of_both_copies_name_both_dates(tmp_path):
    report = _run(build(tmp_path / "r", {"README.md": README, "Dockerfile": "FROM python:3.8-slim-bullseye\n"}), tmp_path / "c",
                  date(2026, 12, 3))
    dates = report["facts"]["end_of_life"]["data_dates"]
    eol = results(report)["scaling.end-of-life"]
    assert dates == {"debian": "2025-06-01", "python": "2026-08-22"}, dates  # (python:…-bullseye: Python 3.8 on Debian 11)
    assert eol["status"] in ("warn", "fail") and "Python 3.8" in eol["message"]["en"], eol["message"]
    assert "dates of 2025-06-01 and 2026-08-22, compared" in eol["message"]["en"], eol["message"]
