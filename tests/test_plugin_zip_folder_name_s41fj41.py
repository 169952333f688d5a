"""reusability.build-output: a QGIS plugin's zip named after the plugin's folder (issue 12, session 41 fixer fj41 =
smavd/synchro_retour_terrain, reader rb41 repository 3 item 1). A syndicate's QGIS plugin, displayed as "Synchro Retour terrain" in its
metadata.txt, commits at its root the zip users install from, synchro_retour_terrain.zip: the plugin's folder (its package's name once
installed, the repository metadata.txt's repository= names), the author's .git/ and __pycache__/ swept in with it. build-output said
'No build output is committed': the zip's name was compared with metadata.txt's display name as written only. Now names are compared
whatever their case and separators, and the plugin's folder (the repository its metadata names, or the folder holding metadata.txt)
names its zip too. Near miss: a zip of field data named otherwise stays data. The fixtures are written for the test."""

from __future__ import annotations

import io
import zipfile

from tests.test_reusability_fixtures import check_result

CID = "reusability.build-output"


def plugin(name: str, repository: str, prefix: str = "") -> dict:
    return {
        "README.md": "# Synchro terrain\n\nExtension QGIS : met à jour une couche principale depuis une couche de terrain.\n",
        f"{prefix}metadata.txt": f"[general]\nname={name}\nqgisMinimumVersion=3.28\nversion=1.1\nauthor=Agent du syndicat\n"
                                 f"repository={repository}\n",
        f"{prefix}__init__.py": "def classFactory(iface):\n    from .plugin_main import Plugin\n    return Plugin(iface)\n",
        f"{prefix}plugin_main.py": "from qgis.core import QgsProject\n\n\nclass Plugin:\n    def __init__(self, iface):\n"
                                   "        self.iface = iface\n",
    }


def zipped(folder: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:  # (the author's working folder: its .git/ and bytecode swept in, outnumbering the sources)
        for n in ("metadata.txt", "__init__.py", "plugin_main.py", "__pycache__/plugin_main.cpython-39.pyc"):
            z.writestr(f"{folder}/{n}", "x\n")
        for i in range(30):
            z.writestr(f"{folder}/.git/objects/{i:02x}/{'ab' * 19}", "x")
    return buf.getvalue()


def test_zip_named_after_the_repository_metadata_names(tmp_path):
    files = {**plugin("Synchro terrain", "https://github.com/syndicat/sync_terrain_qgis"), "sync_terrain_qgis.zip": zipped("sync_terrain_qgis")}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "warn" and "sync_terrain_qgis.zip" in r["message"]["en"], (r["status"], r["message"]["en"])


def test_zip_named_after_the_display_name_with_underscores(tmp_path):
    files = {**plugin("Synchro Retour terrain", "https://example.org/qgis"), "synchro_retour_terrain.zip": zipped("synchro_retour_terrain")}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "warn" and "synchro_retour_terrain.zip" in r["message"]["en"], (r["status"], r["message"]["en"])


def test_zip_named_after_the_plugin_folder(tmp_path):
    files = {**plugin("Synchro terrain", "https://example.org/qgis", prefix="synchro_terrain/"), "synchro_terrain.zip": zipped("synchro_terrain")}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "warn" and "synchro_terrain.zip" in r["message"]["en"], (r["status"], r["message"]["en"])


def test_a_zip_of_field_data_named_otherwise_stays_data(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for ext in ("shp", "shx", "dbf", "prj"):
            z.writestr(f"releves_terrain.{ext}", "x")
    files = {**plugin("Synchro terrain", "https://github.com/syndicat/sync_terrain_qgis"), "test_data/releves_terrain.zip": buf.getvalue()}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "pass", (r["status"], r["message"]["en"])
