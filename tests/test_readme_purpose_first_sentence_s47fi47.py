"""documentation.readme-sections: the README's first prose sentence is its purpose only when it says what the project is.

Real cases (issue 12, s47 fi47, three ERASME repositories): urbanlab/maquette-biotope's README.md:5 "In order to build and start
the demo application, please comment/uncomment…" (a build step) under the title "# Heat Wave Mitigation Demo Application";
urbanlab/WS25-Culture-du-risque's "The application uses Pocketbase as the backend…" (a dependency note, under "## Backend" of a
"# Launching the application:" README) with PocketBase's "Deploying … in production" guide taken as the demo; urbanlab/archive_griotte's
"_This is WIP software - nothing usable yet_" (a status) above "Raspberry+Faye multimedia player". Each was credited as the purpose.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

APP = {"package.json": '{"name": "heatdemo", "dependencies": {"express": "^4.18.0"}}\n',
       "server.js": "const express = require('express');\nconst app = express();\napp.listen(3000);\n"}


def sections(repo, tmp_path, readme: str) -> dict:
    report = audit(str(repo([{"files": {**APP, "README.md": readme}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["documentation.readme-sections"]))
    r = report["results"][0]
    purpose = [e for e in r["evidence"] if (e.get("value") or {}).get("section") == "purpose" and e["kind"] == "found"]
    return {"found": r["details"]["found"], "purpose": purpose, "demo": r["details"]["signals"]["demo"], "status": r["status"]}


BUILD_STEP = ("# Flood Alert Sensor Dashboard\n\nIn order to build and run the dashboard, please edit the first lines of each Dockerfile\n"
              "to match your machine (amd64 or arm).\n\nThen run:\n\n1. `$ docker-compose build`\n2. `$ docker-compose up`\n")


def test_a_build_step_is_no_purpose_the_title_naming_the_kind_of_app_is(repo, tmp_path):
    s = sections(repo, tmp_path, BUILD_STEP)
    assert "purpose" in s["found"]
    assert s["purpose"][0]["line"] == 1 and "Dashboard" in s["purpose"][0]["value"]["text"]


def test_a_build_step_under_a_title_naming_nothing_gives_no_purpose(repo, tmp_path):
    s = sections(repo, tmp_path, BUILD_STEP.replace("# Flood Alert Sensor Dashboard", "# heatdemo"))
    assert "purpose" not in s["found"]


BACKEND_NOTE = ("# Launching the application:\n## Backend\nThe application uses Stonebase as the backend (not part of this repository)\n"
                "- Deploy a Stonebase server (see [Deploying Stonebase with Docker in production](https://stonebase.io/docs/production/))\n\n"
                "For now, the frontend does not create the collections, so you need to create them in Stonebase:\n- `alerts` (text)\n\n"
                "## Frontend (this)\n\n`npm install`\n")


def test_a_note_on_the_backend_is_no_purpose_and_its_how_to_link_no_demo(repo, tmp_path):
    s = sections(repo, tmp_path, BACKEND_NOTE)
    assert "purpose" not in s["found"]
    assert s["demo"] is None


WIP = ("Sensor Media Player\n===================\n\n_This is WIP software - nothing usable yet_\n\nRaspberry+Faye multimedia player\n\n"
       "# Using\n\nStart the server with:\n\n    rackup server/config.ru\n")


def test_a_status_line_is_no_purpose_the_line_below_it_is(repo, tmp_path):
    s = sections(repo, tmp_path, WIP)
    assert s["purpose"] and s["purpose"][0]["line"] == 6 and s["purpose"][0]["value"]["text"] == "Raspberry+Faye multimedia player"


def test_near_miss_a_first_sentence_saying_what_the_app_does_still_counts(repo, tmp_path):
    readme = ("# Alerte crue\n\nAlerte crue est une application qui permet aux services techniques de la commune de suivre le niveau des "
              "rivières et de prévenir les habitants.\n\n## Installation\n\n`npm install`\n")
    s = sections(repo, tmp_path, readme)
    assert s["purpose"] and s["purpose"][0]["line"] == 3


def test_near_miss_an_app_built_on_a_backend_for_a_purpose_still_counts(repo, tmp_path):
    readme = ("# Alerte crue\n\nThis application uses the national hydrometric API to warn the town's residents when the river rises above "
              "its alert level.\n\n## Installation\n\n`npm install`\n")
    s = sections(repo, tmp_path, readme)
    assert s["purpose"] and s["purpose"][0]["line"] == 3


def test_near_miss_a_live_demo_link_stays_the_demo(repo, tmp_path):
    readme = ("# Alerte crue\n\nAlerte crue est une application qui permet de suivre le niveau des rivières de la commune.\n\n"
              "Démo en ligne : [alerte-crue.fr](https://alerte-crue.fr)\n")
    assert sections(repo, tmp_path, readme)["demo"]["url"] == "https://alerte-crue.fr"
