"""Session 20 (h2, reader m1's sigclermontmetropole/SharedSqlQueries): a QGIS plugin's README says "# Install / Copy this
directory in your plugin directory" and reusability.install warned "a section exists, without the loading steps (scripts, QGIS
project, styles)". Copying the plugin's folder where QGIS finds its plugins (in English or in French) is its installation, and a
plugin that lacks it is told of a plugin's steps, not of a data kit's."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.install"
PLUGIN = {
    "metadata.txt": "[general]\nname=Requetes partagees\nqgisMinimumVersion=3.16\ndescription=Requetes SQL partagees\nversion=1.0\n"
                    "author=Service SIG\nemail=sig@example.org\n",
    "__init__.py": "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n",
    "plugin.py": "class Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n        pass\n\n"
                 "    def unload(self):\n        pass\n",
    "config.example.json": '{\n  "folder": "chemin",\n  "db": {"host": "localhost", "port": "5432"}\n}\n',
}


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def test_copying_the_folder_into_the_plugins_directory_installs_a_plugin(tmp_path):
    en = "# Requetes\n\nThis QGIS plugin runs shared SQL queries.\n\n# Install\nCopy this directory in your plugin directory.\n" \
         "Rename config.example.json to config.json and fill in your settings.\n\n# Usage\nOpen the menu.\n"
    r = run(tmp_path, {**PLUGIN, "README.md": en}, "en")
    assert r["status"] == "pass", (r["message"], r["evidence"])
    fr = "# Requêtes\n\nExtension QGIS de requêtes partagées.\n\n## Installation\n\nCopier ce dossier dans le répertoire des extensions " \
         "de votre profil QGIS, puis renommer config.example.json.\n"
    r = run(tmp_path, {**PLUGIN, "README.md": fr}, "fr")
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_a_plugin_without_its_steps_is_told_of_a_plugins_steps(tmp_path):
    readme = "# Requetes\n\nThis QGIS plugin runs shared SQL queries.\n\n# Install\nAsk the GIS team.\n"
    r = run(tmp_path, {**PLUGIN, "README.md": readme})
    assert r["status"] == "warn", (r["message"], r["evidence"])
    assert "plugin manager" in r["message"]["en"] and "scripts" not in r["message"]["en"], r["message"]
    assert "gestionnaire d'extensions" in r["message"]["fr"] and "QGIS" in r["remediation"]["en"], r["remediation"]


def test_a_data_kit_still_needs_its_loading_steps(tmp_path):
    kit = {"projet.qgz": "PK", "styles/routes.qml": "<qgis version=\"3.28\"><renderer-v2/></qgis>\n",
           "sql/01_schema.sql": "CREATE SCHEMA voirie;\nCREATE TABLE voirie.troncon (id serial primary key);\n",
           "README.md": "# Voirie\n\nKit SIG de la voirie.\n\n## Installation\n\nCopy this file in your home.\n"}
    r = run(tmp_path, kit, "kit")
    assert r["status"] == "warn" and "scripts" in r["message"]["en"], (r["message"], r["evidence"])
