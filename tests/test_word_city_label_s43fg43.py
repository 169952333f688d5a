"""reusability.territory-neutral (issue 12, s43 fg43 = reader re43, cazitouni/QgisGLViewer): a QGIS plugin's dialog label
``QLabel("Gap")`` over its "gap" setting (the jump distance between images) was "hard-coded name of a municipality or département" —
Gap, préfecture of the Hautes-Alpes. A city's name that is also an ordinary English word (Gap, Valence, Tulle…) is the place only
beside a territory cue on its line (a postcode, a word of a commune, a town, an address). Near miss: ``ville = "Gap"`` stays the town.
And its resources.py over the scan's size bound, Qt's resource compiler's output, is no file "not read" that leaves the check inconclusive:
a file whose first bytes name its generator is no value of the project's."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

DIALOG = ("from qgis.PyQt.QtWidgets import QDialog, QLabel, QSpinBox\n\n\nclass Settings(QDialog):\n    def __init__(self):\n"
          "        super().__init__()\n        gap_label = QLabel(\"Gap\")\n        self.gap_spinbox = QSpinBox()\n"
          "        date_label = QLabel(\"Date\")\n        self.labels = [gap_label, date_label]\n")
RESOURCES = ("# Resource object code\n#\n# Created by: The Resource Compiler for PyQt5 (Qt v5.15.2)\n#\n"
             "# WARNING! All changes made in this file will be lost!\n\nqt_resource_data = b\"\\\n"
             + "\\x00\\x00\\x04\\x8c\\x89\\x50\\x4e\\x47\\x0d\\x0a\\x1a\\x0a\\x00\\x00\\x00\\x0d\\x49\\x48\\x44\\x52\\\n" * 7000 + "\"\n")
FILES = {"resources.py": RESOURCES, "metadata.txt": "[general]\nname=Viewer\nqgisMinimumVersion=3.0\n", "README.md": "# Viewer\n\nA QGIS plugin showing images.\n",
         "__init__.py": "def classFactory(iface):\n    from .dialog import Settings\n    return Settings()\n"}


def test_an_english_word_label_is_no_town(tmp_path):
    r = check_result(tmp_path, {**FILES, "dialog.py": DIALOG}, "reusability.territory-neutral")
    assert not any("Gap" in str(e.get("value")) for e in r.get("evidence") or []), r
    assert len(RESOURCES) > 520 * 1024
    assert r["status"] in ("pass", "not_applicable"), r["message"]


def test_near_miss_the_town_beside_a_territory_cue_stays(tmp_path):
    code = DIALOG + "\n\nVILLE = \"Gap\"\n"
    r = check_result(tmp_path, {**FILES, "dialog.py": code}, "reusability.territory-neutral")
    assert any("Gap" in str(e.get("value")) for e in r.get("evidence") or []), r
