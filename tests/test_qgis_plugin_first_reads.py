"""Verdicts found wrong at the first read of local governments' QGIS plugins (session 5, issue 12), each on a git fixture
shaped like the real case."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

# rgdsmb/rgd-qgis-plugin: the QGIS plugin of a GIP of local governments (Savoie, Haute-Savoie), installed from QGIS's plugin
# manager ("Installer/Gérer les extensions"), whose code downloads its layer tree from the GIP's geoportal and signs in on its
# SSO server; metadata.txt's e-mail names the GIP's domain.
RGD = {
    "README.md": "# qgis-plugin\n\nCe plugin QGIS est destiné aux collectivités adhérentes du groupement, avec un accès simple aux flux "
                 "de données géographiques utiles sur leur territoire.\n\n## Installation\n\nL'installation du plugin est réalisable "
                 "directement depuis QGIS via le menu Extension > Installer/Gérer les extensions. Saisir \"GIP Plugin\" dans la barre "
                 "de recherche.\n\n## Utilisation\n\nUne barre d'outil permet d'accéder aux différentes fonctionnalités du plugin.\n",
    "LICENSE.txt": "BSD 3-Clause License\n",
    "gip/__init__.py": "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n",
    "gip/metadata.txt": "[general]\nname=GIP Plugin\nqgisMinimumVersion=3.40\nversion=0.2\nauthor=GIP\nemail=info@gip-sig.fr\n"
                        "description=Accès aux flux du GIP\n",
    "gip/plugin.py": "class Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n        pass\n",
    "gip/utils/plugin_globals.py": "class PluginGlobals:\n    CONFIG_FILE_URL = (\n        \"https://geoportail.gip-sig.fr/qgisconfig/config.json\"\n    )\n\n"
                                   "    def oauth2_config(self):\n        return {\n            \"tokenUrl\":\"https://login.gip-sig.fr/realms/gip/protocol/openid-connect/token\",\n"
                                   "        }\n",
}


def test_a_qgis_plugin_installed_from_the_plugin_manager_says_how_to_load_it(tmp_path):
    """install said 'a section exists, without the loading steps': QGIS's French menu name 'Installer/Gérer les extensions'
    was no loading step."""
    r = results(run(build(tmp_path / "r", RGD), tmp_path / "c", only=["reusability.install"]))["reusability.install"]
    assert r["status"] == "pass", r["message"]
    assert any("extensions" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


def test_a_local_government_plugin_calling_its_own_servers_holds_territory_values(tmp_path):
    """territory-neutral passed: the sponsor's geoportal and sign-in server written in the code were not seen (their domain
    names no place); a State sponsor's own domain serves the whole country and stays neutral."""
    repo = build(tmp_path / "r", RGD)
    r = results(run(repo, tmp_path / "c", only=["reusability.territory-neutral"], sponsor="local-authority"))["reusability.territory-neutral"]
    assert r["status"] == "warn", r["message"]
    found = {(e["path"], e["value"]) for e in r["evidence"] if e["kind"] == "finding"}
    assert ("gip/utils/plugin_globals.py", "https://geoportail.gip-sig.fr/qgisconfig/config.json") in found, found
    assert len(found) == 2
    r = results(run(repo, tmp_path / "s", only=["reusability.territory-neutral"], sponsor="state"))["reusability.territory-neutral"]
    assert r["status"] == "pass", r["message"]


def test_ign_admin_express_cog_named_in_a_layer_tree_is_no_identifier_field(tmp_path):
    """gipcraig/qgis-plugin: identifiers warned "Identifier fields: cog" from its layer tree's descriptions ("Limites
    administratives provenant d'Admin Express COG de l'IGN"), the name of IGN's product, while the plugin handles no identifier."""
    tree = ('{"title": "Limites administratives", "description": "Limites administratives provenant d\'Admin Express COG de l\'IGN",\n'
            ' "type": "folder", "children": [{"title": "Région", "description": "Limites basées sur ADMIN EXPRESS-COG de l\'IGN",\n'
            '  "type": "wms_layer", "url": "https://wms.gip-sig.fr/wms"}]}\n')
    files = {**{k: v for k, v in RGD.items() if k != "gip/utils/plugin_globals.py"}, "gip/config/config.json": tree}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.identifiers"]))["interoperability.identifiers"]
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])
    files["gip/search.py"] = "def chercher(cog):\n    return {'cog': cog, 'code_insee': cog}\n"
    r = results(run(build(tmp_path / "s", files), tmp_path / "d", only=["interoperability.identifiers"]))["interoperability.identifiers"]
    assert r["status"] != "not_applicable", r["message"]
