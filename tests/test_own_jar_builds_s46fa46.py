"""The builds of a Java program committed in its distribution repository are its build output, not copied libraries.

Real case (issue 12, s46 fa46): PatPercot/cd56-connecteur-asalae-executables holds six builds of the connector's own jar at
its root (cd56-connecteur-asalae-1.0.0-SNAPSHOT.jar … -1.1.2.jar), 16 third-party jars in lib/, a .bat launcher and
utils/prepare-distro.sh/.bat copying ../cd56-connecteur-asalae/target/cd56-connecteur-asalae-*.jar. With no pom.xml in the
repository, the own jars were listed as a copied library: build-output passed, dependencies named them among 13 libraries.
"""

from __future__ import annotations

import io
import zipfile

from auditor.engine import AuditOptions, audit


def jar(group: str, artifact: str, version: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")
        z.writestr(f"META-INF/maven/{group}/{artifact}/pom.properties", f"groupId={group}\nartifactId={artifact}\nversion={version}\n")
        z.writestr(f"{group.replace('.', '/')}/Main.class", b"\xca\xfe\xba\xbe")
    return buf.getvalue()


def files(copy_script: str | None) -> dict:
    out = {
        "relay-agent-1.0.0.jar": jar("org.example.relay", "relay-agent", "1.0.0"),
        "relay-agent-1.2.0.jar": jar("org.example.relay", "relay-agent", "1.2.0"),
        "lib/gson-2.8.5.jar": jar("com.google.code.gson", "gson", "2.8.5"),
        "lib/commons-io-2.6.jar": jar("commons-io", "commons-io", "2.6"),
        "run-agent.bat": "@echo off\r\nset CP=relay-agent-1.2.0.jar;lib/gson-2.8.5.jar;lib/commons-io-2.6.jar\r\n"
                         "java -classpath %CP% org.example.relay.Main %*\r\n",
        "LICENSE": "Licensed under the EUPL-1.2\n",
        "docs/usage.txt": "Run run-agent.bat send <file>\n",
    }
    if copy_script:
        out["tools/make-dist.sh"] = copy_script
    return out


def results(repo, tmp_path, name: str, copy_script: str | None) -> dict:
    path = repo([{"files": files(copy_script)}], name=name)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.build-output", "reusability.dependencies"]))
    return {r["id"]: r for r in report["results"]}


COPY = "#!/bin/bash\ncd ..\nrm -f lib/*\ncp ../relay-agent/target/lib/* lib\ncp ../relay-agent/target/relay-agent-*.jar .\n"


def test_jars_a_script_copies_from_the_build_output_are_build_output(repo, tmp_path):
    r = results(repo, tmp_path, "r", COPY)
    out = r["reusability.build-output"]
    assert out["status"] == "warn" and out["details"]["files"] == 2
    assert [e["path"] for e in out["evidence"]] == ["relay-agent-1.0.0.jar", "relay-agent-1.2.0.jar"]
    deps = r["reusability.dependencies"]
    assert deps["details"]["libraries"] == 2 and "relay-agent" not in deps["message"]["en"]


def test_jars_named_after_the_distribution_repository_are_build_output(repo, tmp_path):
    r = results(repo, tmp_path, "relay-agent-executables", None)
    assert r["reusability.build-output"]["status"] == "warn" and r["reusability.build-output"]["details"]["files"] == 2
    assert "relay-agent" not in r["reusability.dependencies"]["message"]["en"]


def test_near_miss_jars_of_another_name_stay_copied_libraries(repo, tmp_path):
    """No script takes them from a build's output (only target/lib/ and a bare *.jar glob), the repository has another name:
    the root jars are still libraries copied in, as before."""
    script = "#!/bin/bash\ncp ../relay-agent/target/lib/* lib\ncp ../relay-agent/target/*.jar .\n"
    r = results(repo, tmp_path, "connector-kit", script)
    assert r["reusability.build-output"]["status"] == "pass"
    deps = r["reusability.dependencies"]
    assert deps["details"]["libraries"] == 4 and "relay-agent 1.0.0 / 1.2.0" in deps["message"]["en"]
