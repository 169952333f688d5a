"""A Java tool's distribution repository (its own jar builds and a launcher script, no sources) is a command-line tool.

Real case (issue 12, s46 fa46): PatPercot/cd56-connecteur-asalae-executables commits six builds of the connector's jar,
lib/ of third-party jars and connecteur-asalae.bat, which sets the jar in a variable and runs `%JAVA_BIN% -classpath
%CLASSPATH% <main class> %*`. No source or manifest decided the kind, and the fallback called it a library.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

COPY = "#!/bin/sh\ncp ../tally/target/tally-cli-*.jar .\ncp ../tally/target/lib/* lib\n"
LAUNCHER = ("@ECHO OFF\r\nREM start the counter\r\nSET TOOL_JAR=tally-cli-2.3.jar\r\nSET RUNNER=java\r\nSET CP=%TOOL_JAR%;lib/picocli-4.7.jar\r\n"
            "%RUNNER% -cp %CP% org.example.tally.TallyCommand %*\r\n")


def kind(repo, tmp_path, extra: dict) -> dict:
    files = {"tally-cli-2.2.jar": b"PK\x05\x06" + b"\x00" * 18, "tally-cli-2.3.jar": b"PK\x05\x06" + b"\x00" * 18,
             "lib/picocli-4.7.jar": b"PK\x05\x06" + b"\x00" * 18, "lib/h2-1.4.200.jar": b"PK\x05\x06" + b"\x00" * 18,
             "tools/dist.sh": COPY, "CHANGELOG": "## [2.3]\n- counts faster\n", "LICENSE": "EUPL-1.2\n", **extra}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.license-file"]))
    return report["facts"]["project"]


def test_a_launcher_running_the_projects_own_jar_with_its_arguments_is_a_command_line_tool(repo, tmp_path):
    p = kind(repo, tmp_path, {"tally.bat": LAUNCHER})
    assert p["kind"] == "cli-tool" and p["kind_decided"]
    assert [e["path"] for e in p["kind_evidence"]][:2] == ["tally.bat", "tally-cli-2.3.jar"]


def test_a_shell_launcher_too(repo, tmp_path):
    sh = '#!/bin/bash\nDIR=$(dirname "$0")\njava -cp "$DIR/tally-cli-2.3.jar:$DIR/lib/*" org.example.tally.TallyCommand "$@"\n'
    assert kind(repo, tmp_path, {"tally": sh})["kind"] == "cli-tool"


def test_near_miss_a_third_party_server_or_no_arguments_decides_nothing(repo, tmp_path):
    """A script starting a copied database server (lib/h2), or the own jar run without passing arguments on: not this rule."""
    h2 = "@echo off\r\njava -cp lib/h2-1.4.200.jar org.h2.tools.Server %*\r\n"
    once = "@echo off\r\njava -cp tally-cli-2.3.jar org.example.tally.TallyCommand\r\n"
    p = kind(repo, tmp_path, {"db.bat": h2, "start.bat": once})
    assert p["kind"] != "cli-tool" and not p["kind_decided"]
