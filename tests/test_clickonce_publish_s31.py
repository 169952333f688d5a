"""Session 31 (issue 12, reader m23o2): a Visual Studio ClickOnce publication committed is build output (reusability.build-output)."""
from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECK = "reusability.build-output"
SOURCES = {"README.md": "# Générateur\n", "Gen/Gen.csproj": "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>WinExe</OutputType></PropertyGroup></Project>\n",
           "Gen/Program.cs": "namespace Gen { static class Program { static void Main() { } } }\n",
           ".deploy/inventory": "[servers]\nhost1\n"}  # (a deployment folder named .deploy: people's files)


def _judge(tmp_path, files, name):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CHECK]))[CHECK]


def test_a_clickonce_publish_folder_is_build_output(tmp_path):
    assert _judge(tmp_path, SOURCES, "src")["status"] == "pass"
    files = dict(SOURCES, **{f"Gen/publier/Application Files/Gen_1_0_0_{i}/{n}": "binary\n" for i in (0, 1)
                             for n in ("Gen.exe.deploy", "Gen.exe.config.deploy", "Gen.exe.manifest", "Gen.application")})
    res = _judge(tmp_path, files, "pub")
    assert res["status"] != "pass" and "Application Files" in str(res["evidence"]), res["message"]
