"""The statistics a tool computes for its user are its output, no impact (issue 12, s38 fe38 = reader rb38, PnMercantour/speccount_qgis).

A national park's QGIS plugin counting observations per taxon documents its run summary under README.md "## Statistiques générées"
(species found, imprecise observations, unmatched names): scaling.impact-indicators passed on it as an impact section. Statistics a
tool generates are what it produces; impact is the project's use or effect (users, territories, environmental effects). A bare
"Statistiques" heading over the figures of the plugin's use still counts.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

IMPACT = "scaling.impact-indicators"
PLUGIN = {
    "metadata.txt": "[general]\nname=Comptage des espèces\nqgisMinimumVersion=3.0\ndescription=Compte les observations par taxon\n"
                    "version=1.1.0\nauthor=Parc national\nemail=sig@parc.example\n",
    "__init__.py": "def classFactory(iface):\n    from .plugin import CountPlugin\n    return CountPlugin(iface)\n",
    "plugin.py": "class CountPlugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n        pass\n\n"
                 "    def unload(self):\n        pass\n",
}


def _impact(tmp_path, heading, body, name):
    readme = ("# Comptage des espèces\n\nExtension QGIS comptant les observations par taxon au rang TAXREF choisi.\n\n## Installation\n\n"
              "Depuis le gestionnaire d'extensions de QGIS.\n\n" + heading + "\n\n" + body + "\n")
    return judge(tmp_path, {**PLUGIN, "README.md": readme}, [IMPACT], name=name)[1][IMPACT]


def test_the_statistics_a_plugin_generates_are_no_impact(tmp_path):
    r = _impact(tmp_path, "## Statistiques générées",
                "- **Espèces trouvées** : nombre d'espèces uniques au rang demandé\n- **Observations imprécises** : observations "
                "d'un rang supérieur\n- **Sans correspondance** : noms absents de TAXREF", "gen")
    assert r["status"] != "pass" and "README.md" not in str(r["evidence"]), r


def test_statistics_of_the_plugins_use_still_count(tmp_path):
    r = _impact(tmp_path, "## Statistiques", "L'extension est utilisée par 4 parcs nationaux et 120 agents ; 35 000 téléchargements.", "use")
    assert r["status"] == "pass" and "README.md" in str(r["evidence"]), r
