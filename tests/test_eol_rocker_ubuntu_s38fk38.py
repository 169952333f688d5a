"""scaling.end-of-life (issue 12, s38 fk38 = FlorentBedecarratsNM/meal4cast).

A Métropole's Shiny app is built FROM rocker/r-ver:4.1.2, an image the Rocker project builds on Ubuntu 20.04 (focal), past its
standard support since 2025-05; the check said "No runtime or framework version read". The Rocker versioned stack's tag is R's
version, and that version fixes the Ubuntu release (rocker-versioned2's build/args/history.tsv: R 4.0.0-4.2.1 on 20.04, 4.2.2-4.4.1
on 22.04, 4.4.2-4.4.3 on 24.04): a small dated table maps it. Near misses: a tag outside the table (3.6.3, on Debian; 4.5.0, after
it; latest) or a minor tag spanning two releases (4.2) gives no Ubuntu release; 4.3.1 (22.04) is not past its end of life.
"""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.eol_images import image_versions
from tests.test_reusability_fixtures import build, results


def run(tmp_path, image: str) -> dict:
    files = {"README.md": "# repas\n\nPrévision des repas.\n", "DESCRIPTION": "Package: repas\nVersion: 0.1.0\nImports: shiny\n",
             "R/app_server.R": "app_server <- function(input, output, session) {\n  output$n <- shiny::renderText(1)\n}\n",
             "Dockerfile": f"FROM {image}\nRUN R -e 'install.packages(\"remotes\")'\nCOPY . /app\nEXPOSE 3838\n"}
    report = audit(str(build(tmp_path / "r", files)), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 6),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return results(report)["scaling.end-of-life"]


def test_rocker_tags_give_their_ubuntu_release():
    assert image_versions("rocker/r-ver:4.1.2") == [("ubuntu", "==20.04")]
    assert image_versions("rocker/shiny:4.2.1") == [("ubuntu", "==20.04")]
    assert image_versions("rocker/tidyverse:4.3.1") == [("ubuntu", "==22.04")]
    assert image_versions("docker.io/rocker/r-ver:4.4.2") == [("ubuntu", "==24.04")]
    assert image_versions("rocker/r-ver:4.1") == [("ubuntu", "==20.04")]
    # near misses: outside the table, a floating tag, a minor version over two releases
    for image in ("rocker/r-ver:3.6.3", "rocker/r-ver:4.5.0", "rocker/r-ver:latest", "rocker/r-ver:4", "rocker/r-ver:4.2"):
        assert image_versions(image) == [], image


def test_an_app_on_rocker_r_ver_4_1_2_runs_an_ended_ubuntu(tmp_path):
    r = run(tmp_path, "rocker/r-ver:4.1.2")
    assert r["status"] in ("warn", "fail"), r  # (the check's rule weighs an ended system release as a warning)
    assert any((e.get("value") or {}).get("product") == "Ubuntu" and (e.get("value") or {}).get("cycle") == "20.04" for e in r["evidence"]), r["evidence"]


def test_an_app_on_a_supported_rocker_release_is_not_past_its_end(tmp_path):
    r = run(tmp_path, "rocker/r-ver:4.3.1")
    assert r["status"] not in ("warn", "fail"), r
    assert not any((e.get("value") or {}).get("product") == "Ubuntu" and e.get("kind") == "finding" for e in r["evidence"]), r["evidence"]
