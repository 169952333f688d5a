"""Windows programs the code runs (issue 12, session 31 f31, reader m23o1, a QGIS plugin moving PostGIS tables): a plugin launching
the pg_dump.exe and pg_restore.exe it ships runs on Windows only; an installer kept for download, or a program shipped for every
system, is no such limit."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.portability"
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(2000)
PLUGIN = {
    "metadata.txt": "[general]\nname=Exporter\nqgisMinimumVersion=3.0\ndescription=Export tables\nversion=1.2\nauthor=A\nemail=a@example.org\n",
    "__init__.py": "def classFactory(iface):\n    from .exporter import Exporter\n    return Exporter(iface)\n",
    "exporter.py": ("import os\nimport subprocess\nfrom qgis.core import QgsProject\n\n\nclass Exporter:\n    def __init__(self, iface):\n"
                    "        self.iface = iface\n\n    def dump(self, table, out):\n"
                    "        pg_path = str(os.path.dirname(__file__)) + \"\\\\include\\\\python\\\\pg_dump.exe\"\n"
                    "        subprocess.run([pg_path, '-t', table, '-f', out])\n"),
    "README.md": "# Exporter\n\nQGIS plugin exporting tables.\n",
    "include/python/pg_dump.exe": PE,
    "include/python/libpq.dll": PE,
}


def test_a_plugin_running_the_windows_program_it_ships_runs_on_windows_only(tmp_path):
    r = judge(tmp_path, PLUGIN, [CHECK])[1][CHECK]
    assert r["details"]["windows_programs"] == ["pg_dump.exe"], (r["message"], r["details"])
    assert any(e.get("path") == "exporter.py" and e.get("line") == 11 for e in r["evidence"]), r["evidence"]
    assert r["status"] == "warn", (r["score"], r["message"])


def test_an_installer_for_download_or_a_program_for_every_system_is_no_limit(tmp_path):
    download = dict(PLUGIN)
    download["exporter.py"] = download["exporter.py"].replace("\"\\\\include\\\\python\\\\pg_dump.exe\"", "\"pg_dump\"")
    download["README.md"] += "\nOn Windows, first run [the installer](setup/installer.exe).\n"
    download["setup/installer.exe"] = PE
    # (and a page's link to it, written by the code: the visitor installs it, the code runs nothing)
    download["exporter.py"] += "\n    def help_html(self):\n        return '<a href=\"/setup/installer.exe\">Installer</a>'\n"
    both = dict(PLUGIN)
    both["include/python/pg_dump"] = b"\x7fELF\x02\x01\x01" + bytes(2000)
    # (a build's own Node.js, node/node.exe named by its Windows launcher npm.cmd beside the npm shell script)
    build = dict(PLUGIN)
    build["exporter.py"] = download["exporter.py"]
    build.update({"web/node/node.exe": PE, "web/node/npm.cmd": "@ECHO off\nSET \"NODE_EXE=%~dp0\\node.exe\"\n\"%NODE_EXE%\" %*\n",
                  "web/node/npm": "#!/bin/sh\nbasedir=$(dirname \"$0\")\nexec \"$basedir/node\" \"$@\"\n"})
    for i, files in enumerate((download, both, build)):
        r = judge(tmp_path / str(i), files, [CHECK])[1][CHECK]
        assert not r["details"]["windows_programs"] and r["status"] == "pass", (i, r["score"], r["message"])
