"""An overseas territory's name in a text of the program is a territory value (issue 12, s40 fj40 = reader rh40's
ToffoluttiVittorio/qgis-plugin-for-georchestra: the QGIS plugin of the Office de l'eau Réunion writes "Office de l'eau Réunion" in its
window title, its settings dialog and its PLUGIN_TAG, and reusability.territory-neutral said "No territory-specific value in the
code": the régions the tool knew were the mainland's). Rule: the overseas régions and départements and the overseas collectivities
join the régions' names, and a public body named after its territory ("Office de l'eau Réunion") is one territory's. Near miss:
"réunion" the meeting ("Salle de réunion", "Compte rendu de réunion", "Nouvelle Réunion") names no territory."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
METADATA = "[general]\nname=Office de l'eau\nqgisMinimumVersion=3.0\ndescription=Couches de l'Office\nversion=1.0\nauthor=A. Agent\n"
DOCK = ('from qgis.PyQt.QtWidgets import QDockWidget\n\n\nclass Dock(QDockWidget):\n    def __init__(self, parent=None):\n'
        '        super().__init__(parent)\n        self.setWindowTitle(u"{title}")\n')
GLOBALS = 'PLUGIN_TAG = u"{title}"\nCONFIG_URL = "https://example.org/config.json"\n'
ABOUT = ('class About:\n    def text(self):\n        return u"Paramétrage de l\'extension {title}"\n')


def plugin(title: str, other: str) -> dict:
    return {"metadata.txt": METADATA, "__init__.py": "def classFactory(iface):\n    return None\n",
            "gui/dock.py": DOCK.format(title=title), "utils/plugin_globals.py": GLOBALS.format(title=title),
            "gui/param_box.py": ABOUT.format(title=other), "README.md": "# Office de l'eau\n\nUne extension QGIS.\n"}


def test_a_public_body_named_after_its_overseas_territory_is_a_territory_value(tmp_path):
    res = check_result(tmp_path, plugin("Office de l'eau Réunion", "Office de l'eau Réunion"), CID)
    assert res["status"] != "pass", res["message"]
    assert any(e.get("value") == "Office de l'eau Réunion" for e in res["evidence"]), res["evidence"]


def test_an_overseas_region_after_en_is_a_territory_value(tmp_path):
    res = check_result(tmp_path, plugin("Couches des offices", "Les ressources de l'eau en Guadeloupe"), CID)
    assert res["status"] != "pass", res["message"]


def test_near_miss_a_meeting_is_no_territory(tmp_path):
    res = check_result(tmp_path, plugin("Salle de réunion", "Compte rendu de réunion — Nouvelle Réunion"), CID)
    assert res["status"] == "pass", res["message"]
