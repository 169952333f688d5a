"""A QGIS plugin installed by a script that copies it into QGIS's plugins folder (issue 12, s26 f26 = s26 reader o1,
Ville-Eurometropole-Strasbourg/delimitation-du-dpf): the README sends readers to a PDF manual, and install_delimitation_dpf.ps1 at the
root installs the plugin's Python requirements and moves its folder into %APPDATA%\\QGIS\\…\\python\\plugins\\; reusability.install
warned "a section or guide exists, without the loading steps (plugin manager, zip archive or folder to copy into QGIS's plugins)".
The script is that step, written to be run. Right neighbour: a root script that only installs Python packages copies no plugin and
leaves the warning."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.install"
PLUGIN = {
    "delimitation/metadata.txt": "[general]\nname=Delimitation\nqgisMinimumVersion=3.22\ndescription=Limites du domaine public\n"
                                 "version=1.0\nauthor=Service SIG\nemail=sig@example.org\n",
    "delimitation/__init__.py": "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n",
    "delimitation/plugin.py": "class Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n        pass\n\n"
                              "    def unload(self):\n        pass\n",
    "delimitation/requirements.txt": "scipy\n",
    "README.md": "# Délimitation - QGIS Plugin\n\nCe plugin détecte les limites du domaine public.\n\n## How to install and use\n\n"
                 "Pour l'installation et l'utilisation, se référer à la [notice d'utilisation](./notice.pdf).\n",
    "notice.pdf": "%PDF-1.4\n",
}
PIP = "& 'C:\\Program Files\\QGIS 3.28\\apps\\Python39\\Scripts\\pip' install --upgrade -r .\\delimitation\\requirements.txt --user\n"


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def test_a_script_copying_the_plugin_into_qgis_plugins_is_its_loading_step(tmp_path):
    script = PIP + "Move-Item -Path .\\delimitation\\ -Destination $env:APPDATA\\QGIS\\QGIS3\\profiles\\default\\python\\plugins\\ -Force\nPAUSE\n"
    r = run(tmp_path, {**PLUGIN, "install_delimitation.ps1": script})
    assert r["status"] == "pass", (r["message"], r["evidence"])
    assert any(e.get("path") == "install_delimitation.ps1" for e in r["evidence"]), r["evidence"]


def test_a_script_installing_only_packages_is_no_loading_step(tmp_path):
    r = run(tmp_path, {**PLUGIN, "install_delimitation.ps1": PIP + "PAUSE\n"})
    assert r["status"] == "warn", (r["message"], r["evidence"])
