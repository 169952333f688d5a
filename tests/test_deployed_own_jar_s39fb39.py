"""reusability.dependencies, reusability.build-output (issue 12, s39 fb39 = re-reader vf38's
cridf-openassemblee-orgarif/orgarif-deploy): a deployment repository holding the project's own server build (orgarif-server.jar),
run by its start.sh (``exec java -Dspring.profiles.active=prod -jar orgarif-server.jar``) beside build.properties naming the git
revision it was built from. The jar was "1 library copied into the repository (orgarif-server)": dependencies fail 3.0. Rule now: a
Java archive a committed script or unit runs, beside a build record naming its git revision, is the project's build output, no
library copied in. Near misses: a driver jar in lib/ no script runs (postgresql-42.7.3.jar), and a jar run with no build record
beside it, stay copied libraries."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

JAR = b"PK\x03\x04\x14\x00\x08\x08\x08\x00" + bytes(range(256)) * 4
START = "#!/bin/bash\nsource ./env.sh\nexec java -Dspring.profiles.active=prod -jar gestion-server.jar\n"
UNIT = ("[Unit]\nDescription=Gestion\n\n[Service]\nUser=gestion\nWorkingDirectory=/data/gestion\nExecStart=/bin/bash /data/gestion/start.sh\n"
        "Restart=always\n\n[Install]\nWantedBy=multi-user.target\n")
FILES = {"gestion-server.jar": JAR, "start.sh": START, "gestion.service": UNIT, "env.sh": "export GESTION_PORT=8080\n",
         "build.properties": "shortGitRevision=9f1c2e7a\ngitRevision=9f1c2e7a5b3d4c6e8f0a1b2c3d4e5f60718293a4\n",
         "application-prod.yaml": "database:\n  host: ${PG_HOST}\n  port: ${PG_PORT}\n"}
CHECKS = ["reusability.dependencies", "reusability.build-output"]


def run(tmp_path, files=FILES) -> dict:
    commits = [{"files": files if i == 0 else {"build.properties": files["build.properties"].replace("9f1c", f"{i}f1c")}
                if "build.properties" in files else {"env.sh": f"export GESTION_PORT=808{i}\n"},
                "author": ("Agent Déploiement", "deploiement@example-region.fr"), "message": f"deploy {i}", "date": f"2026-0{i + 1}-10T10:00:00Z"}
               for i in range(4)]
    path = make_repo(tmp_path / "r", commits)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 30), only=CHECKS))
    return {r["id"]: r for r in report["results"]}


def test_the_projects_own_jar_run_by_its_script_is_build_output(tmp_path):
    r = run(tmp_path)
    dep = r["reusability.dependencies"]
    assert "gestion-server" not in dep["message"]["en"] and dep["status"] != "fail", dep["message"]
    assert "gestion-server.jar" in [e["path"] for e in r["reusability.build-output"]["evidence"]], r["reusability.build-output"]


def test_a_driver_in_lib_and_a_jar_without_build_record_stay_copied_libraries(tmp_path):
    files = {**FILES, "lib/postgresql-42.7.3.jar": JAR}
    dep = run(tmp_path / "a", files)["reusability.dependencies"]
    assert dep["status"] == "fail" and "postgresql" in dep["message"]["en"] and "gestion-server" not in dep["message"]["en"], dep["message"]
    files = {k: v for k, v in FILES.items() if k != "build.properties"}
    dep = run(tmp_path / "b", files)["reusability.dependencies"]
    assert dep["status"] == "fail" and "gestion-server" in dep["message"]["en"], dep["message"]
