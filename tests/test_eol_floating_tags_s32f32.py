"""scaling.end-of-life (issue 12, s32 f32 = reader m25o1, urbanlab/tech-shop-circulaire): `FROM alpine:3` was "Past end of life:
Alpine Linux 3.21", the newest 3.x of a copy of endoflife.date that stops at 3.21. A tag naming the major only pulls the current
release of that major: it is past its end of life only when the major is over (python:2 stops at 2.7, mysql:5 at 5.7), not when the
data stop within a major still supported then; a tag naming the cycle (alpine:3.18) is judged on that cycle as before."""

from __future__ import annotations

from datetime import date

from auditor.facts.scaling.eol import judge
from tests.test_eol_vendor_systems_s26 import _eol

BACK = ("FROM alpine:3 as downloader\n\nRUN wget https://github.com/pocketbase/pocketbase/releases/download/v0.14.1/pocketbase_0.14.1_linux_amd64.zip\n\n"
        "FROM alpine:3\nRUN apk update && apk add ca-certificates\nEXPOSE 8090\nENTRYPOINT [\"/usr/local/bin/pocketbase\", \"serve\"]\n")
FILES = {"README.md": "# tech-shop\n\nPrêt de matériel.\n", "back/Dockerfile": BACK,
         "front/Dockerfile": "FROM node:lts-slim as prod\nWORKDIR /app\nRUN npm install\n",
         "docker-compose.yml": "services:\n  back:\n    build: back/\n  front:\n    build: front/\n"}
AS_OF = date(2026, 12, 5)


def test_a_floating_major_tag_follows_its_releases(tmp_path):
    fact, res = _eol(tmp_path, FILES)
    assert not fact["findings"], fact["findings"]
    assert res["status"] == "pass", res["message"]


def test_a_tag_naming_the_cycle_or_an_ended_major_is_still_past(tmp_path):
    fact, res = _eol(tmp_path, {**FILES, "back/Dockerfile": BACK.replace("alpine:3\n", "alpine:3.18\n"),
                                "worker/Dockerfile": "FROM python:2\nCMD [\"python\", \"run.py\"]\n"})
    assert {(f["name"], f["cycle"]) for f in fact["findings"]} == {("Alpine Linux", "3.18"), ("Python", "2.7")}, fact["findings"]
    assert res["status"] in ("warn", "fail"), res["message"]


def test_floating_is_judged_by_the_newest_release_the_tag_allows():
    assert judge("alpine", "==3", AS_OF, floating=True)["past"] is False
    assert judge("alpine", "==3", AS_OF)["past"] is True  # (a version constraint, not a tag: as before)
    assert judge("mysql", "==5", AS_OF, floating=True) | {"source": None} == {
        "product": "mysql", "name": "MySQL", "cycle": "5.7", "eol": "2023-10-31", "past": True, "source": None}
    assert judge("nodejs", "==16", AS_OF, floating=True)["past"] is True and judge("python", "==3", AS_OF, floating=True)["past"] is False
