"""Session 38 (fm38): the deployment repository of a région's web service, a systemd unit starting its committed start script.

The repository held what runs the service on its server and nothing of its sources: a systemd unit (ExecStart=/bin/bash
/data/<app>/start.sh), start.sh running the committed server jar with its Spring profile, the Spring profiles, env and secrets
templates, a database script, update.sh, and the built front end (a Create React App bundle under static/js/ with its
asset-manifest.json). No kind scored: the asset manifest made it an undecided data specification. A systemd unit starting the
repository's own script or artefact is a deployment (infrastructure); one that starts only programs installed elsewhere says
nothing of the repository (near miss)."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

_UNIT = ("[Unit]\nDescription=Elus\nAfter=network.target\n\n[Service]\nUser=elus\nGroup=elus\nWorkingDirectory=/data/elus\n"
         "ExecStart={exec}\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n")


def _files(exec_start: str) -> dict:
    return {
        "elus.service": _UNIT.format(exec=exec_start),
        "start.sh": "#!/bin/bash\nsource ./env.sh\nsource ./secrets.sh\nexec java -Dspring.profiles.active=prod -jar elus-server.jar\n",
        "update.sh": "#!/bin/bash\ngit fetch\ngit reset --hard origin/main\nsudo systemctl restart elus\n",
        "env.sample.sh": "export ELUS_POSTGRESQL_URL=\nexport ELUS_POSTGRESQL_USER=\n",
        "secrets.sample.sh": "export ELUS_POSTGRESQL_PASSWORD=\n",
        "application.yaml": "spring:\n  datasource:\n    url: ${ELUS_POSTGRESQL_URL}\n",
        "application-prod.yaml": "app:\n  url: https://elus.region-exemple.fr\n",
        "initiate-database.sql": "CREATE TABLE elu (id uuid PRIMARY KEY, nom varchar(255));\n",
        "build.properties": "gitRevision=4004d6a7c1e2\nbuildDate=2024-05-02\n",
        "elus-server.jar": b"PK\x03\x04" + bytes(range(256)) * 4,
        "asset-manifest.json": json.dumps({"files": {"main.js": "/static/js/main.1a2b3c4d.js", "index.html": "/index.html"},
                                           "entrypoints": ["static/js/main.1a2b3c4d.js"]}, indent=2),
        "static/js/main.1a2b3c4d.js": "/*! For license information please see main.1a2b3c4d.js.LICENSE.txt */\n!function(){"
                                      + "".join(f"var a{k}=document.getElementById('r{k}');a{k}&&(a{k}.textContent='{k}');" for k in range(300))
                                      + "}();\n//# sourceMappingURL=main.1a2b3c4d.js.map\n",
    }


def _kind(tmp_path, exec_start: str) -> dict:
    root = make_repo(tmp_path / "elus-deploy", [{"files": _files(exec_start), "date": "2024-05-02T10:00:00Z", "message": "deploy"}])
    return run_audit(root, tmp_path / "c", ["interoperability.auth"])["facts"]["project"]


def test_a_systemd_unit_starting_the_committed_start_script_is_a_deployment(tmp_path):
    project = _kind(tmp_path, "/bin/bash /data/elus/start.sh")
    assert project["kind"] == "infrastructure" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "elus.service", project
    # (its built front end, the asset manifest naming index.html and the bundle, is a web interface it serves: judged too)
    assert [a["kind"] for a in project["also_kinds"]] == ["web-application"], project
    assert project["also_kinds"][0]["evidence"][0]["path"] == "asset-manifest.json", project


def test_a_unit_starting_only_a_program_installed_elsewhere_decides_nothing(tmp_path):
    project = _kind(tmp_path, "/usr/bin/node /opt/elus/server.js")
    assert project["kind"] != "infrastructure" and project["also_kinds"] == [], project
