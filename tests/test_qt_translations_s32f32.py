"""Qt Linguist translations named .ts (issue 12, s32 f32 = reader m25o2, AntoElCrackito/theme_manager_QGIS_plugin): a QGIS plugin's
i18n/theme_manager_<lang>.ts — XML, `<!DOCTYPE TS>`, a `<TS version="2.1">` root — were read as TypeScript: 10 of the 13 files of
documentation.code-comments (its comment density 12% instead of the Python's 41%), the languages fact "TypeScript: 10". A .ts whose
content is Qt's translation XML is a translation, like a .po file; a TypeScript module in an i18n/ folder stays TypeScript."""

from __future__ import annotations

from auditor.facts.inventory import classify
from tests.test_local_authority_verdicts import judge


def qt_ts(lang: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n<context>\n    <name>ThemeManager</name>\n'
            + "".join(f'    <message>\n        <location filename="../theme_manager.py" line="{n}"/>\n        <source>Theme {n}</source>\n'
                      f'        <translation>Theme {n} ({lang})</translation>\n    </message>\n' for n in range(1, 40))
            + "</context>\n</TS>\n")


PLUGIN = ('# -*- coding: utf-8 -*-\n"""Theme Manager: manage the layers of each map theme."""\n\n'
          "from qgis.core import QgsProject\n\n\nclass ThemeManager:\n"
          '    """The plugin: a dialog listing the map themes and their layers."""\n\n'
          "    def __init__(self, iface):\n        # the QGIS interface, kept for the menu\n        self.iface = iface\n\n"
          "    def themes(self):\n        # every map theme of the project\n        return QgsProject.instance().mapThemeCollection().mapThemes()\n")
FILES = {"README.md": "# Theme Manager\n\nA QGIS plugin managing the layers of map themes.\n",
         "metadata.txt": "[general]\nname=Theme Manager\nqgisMinimumVersion=3.0\nversion=1.0\nauthor=A. B.\n",
         "__init__.py": "def classFactory(iface):\n    from .theme_manager import ThemeManager\n    return ThemeManager(iface)\n",
         "theme_manager.py": PLUGIN,
         **{f"i18n/theme_manager_{lang}.ts": qt_ts(lang) for lang in ("en", "es", "it", "zh")},
         "i18n/theme_manager_en.qm": "<\x00\xb8d\x18\xca\xef\x9c\x95\xcd!\x1c\xbf`\xa1\xbd\xdd",
         "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n"}


def test_qt_linguist_translations_are_no_typescript(tmp_path):
    report, res = judge(tmp_path, FILES, ["documentation.code-comments"])
    assert report["facts"]["languages"] == {"Python": 2}, report["facts"]["languages"]
    by_language = res["documentation.code-comments"]["details"]["by_language"]
    assert set(by_language) == {"python"}, by_language


def test_a_typescript_module_in_an_i18n_folder_stays_typescript(tmp_path):
    files = {**FILES, "i18n/messages_fr.ts": "export const messages = {\n  title: 'Gestion des thèmes',\n  save: 'Enregistrer',\n};\n"}
    report, res = judge(tmp_path, files, ["documentation.code-comments"])
    assert report["facts"]["languages"] == {"Python": 2, "TypeScript": 1}, report["facts"]["languages"]
    assert res["documentation.code-comments"]["details"]["by_language"]["typescript"]["files"] == 1
    assert classify("i18n/theme_manager_fr.ts", "file") == ("source", "TypeScript")  # (by its path alone: the content decides)
