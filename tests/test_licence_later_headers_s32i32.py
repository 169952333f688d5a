"""licensing (issue 12, session 32 i32, measure 25's AntoElCrackito/theme_manager_QGIS_plugin): a QGIS plugin whose LICENSE is
the GPL-3.0 text (README badge "GPLv3") while two of its four Python modules keep Plugin Builder's header, "either version 2 of
the License, or (at your option) any later version", got consistent pass "A single source states the license (LICENSE)", then
fail "… __init__.py states it under the terms of the GNU General Public License as published by". The headers' grant "or any
later version" covers the GPL-3.0 text: no contradiction, but the statements differ. consistent now warns, naming the files and
the licence they state; headers granting another version only still fail."""

from __future__ import annotations

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

HEADER = ('# -*- coding: utf-8 -*-\n"""\n/***************************************************************************\n ThemeManager\n'
          '                                 A QGIS plugin\n        copyright            : (C) 2025 by Antoine B\n'
          ' ***************************************************************************/\n\n'
          '/***************************************************************************\n *                                                                         *\n'
          ' *   This program is free software; you can redistribute it and/or modify  *\n'
          ' *   it under the terms of the GNU General Public License as published by  *\n'
          ' *   the Free Software Foundation; either version 2 of the License{choice}\n'
          ' *                                                                         *\n'
          ' ***************************************************************************/\n"""\n')
LATER = ', or     *\n *   (at your option) any later version.                                   *'
ONLY = '.         *'


def plugin(choice: str) -> dict:
    return {"LICENSE": text("GPL-3.0-only"),
            "README.md": "# Theme Manager\n\n[![License](https://img.shields.io/badge/license-GPLv3-blue)](https://www.gnu.org/licenses)\n\n"
                         "Theme Manager est un plugin QGIS qui montre les couches de chaque thème.\n",
            "metadata.txt": "[general]\nname=Theme Manager\nqgisMinimumVersion=3.0\nversion=1.0.0\n",
            "__init__.py": HEADER.format(choice=choice) + "\ndef classFactory(iface):\n    from .theme_manager import ThemeManager\n    return ThemeManager(iface)\n",
            "theme_manager.py": HEADER.format(choice=choice) + "\nclass ThemeManager:\n    def __init__(self, iface):\n        self.iface = iface\n",
            "theme_manager_dialog.py": "from qgis.PyQt import QtWidgets\n\n\nclass ThemeManagerDialog(QtWidgets.QDialog):\n    pass\n",
            "scripts_tool.py": "import sys\n\n\ndef main():\n    return sys.argv\n"}


def test_headers_granting_an_earlier_version_or_later_warn_naming_the_files(run):  # noqa: F811
    res, lic = run(plugin(LATER), only=["licensing.consistent", "licensing.open-license"])
    assert lic["spdx"] == "GPL-3.0-only" and lic["disagreements"][0]["reaches"], lic["disagreements"]
    r = res["licensing.consistent"]  # was fail "… __init__.py states it under the terms of the GNU General Public License as published by"
    assert r["status"] == "warn", r["message"]
    en = r["message"]["en"]
    assert "the headers of 2 of 4 source files read (__init__.py, theme_manager.py) state GPL-2.0-or-later" in en, en
    assert "nothing contradicts it" in en and "(__init__.py, theme_manager.py)" in r["message"]["fr"]
    assert "Make these statements match GPL-3.0-only" in r["remediation"]["en"], r["remediation"]
    assert r["evidence"][0]["note"]["en"] == "GPL-2.0-or-later, which covers GPL-3.0-only", r["evidence"][0]
    assert res["licensing.open-license"]["status"] == "pass"


def test_headers_granting_an_earlier_version_only_still_fail(run):  # noqa: F811
    """Near miss: "either version 2 of the License." without "or later" does not grant version 3: a contradiction."""
    res, lic = run(plugin(ONLY), only=["licensing.consistent"])
    assert lic["disagreements"] and not lic["disagreements"][0].get("reaches"), lic["disagreements"]
    assert res["licensing.consistent"]["status"] == "fail"
