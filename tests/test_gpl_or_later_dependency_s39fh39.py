"""A project under a GNU licence "or any later version" takes a dependency under a later version (issue 12, s39 fh39 = reader
rd39's 3liz/qgis-lizsync-plugin).

LizSync: a QGIS plugin under GPL-2.0-or-later (LICENSE GPL-2.0, headers "either version 2 of the License, or (at your option) any
later version") shipping WinSCP (GPL-3.0) in lizsync/install/WinSCP/. licensing.dependencies failed "1 incompatible (winscp
GPL-3.0-only)": licensecheck's matrix dropped the "or later" and judged GPL-2.0 against GPL-3.0. Rule: a project licence "X-N or any
later version" accepts a dependency under X of a later version (the combined work goes under it). Near miss: a GPL-2.0-only project
keeps the GPL-3.0 dependency incompatible."""

from __future__ import annotations

from auditor.licenses.compat import verdict
from tests.test_licensing_checks import text
from tests.test_local_authority_verdicts import judge

DEPS = "licensing.dependencies"
HEADER = ('"""\n/***************************************************************************\n Synchro\n                                 A QGIS plugin\n'
          ' ***************************************************************************/\n\n'
          '/***************************************************************************\n'
          ' *                                                                         *\n'
          ' *   This program is free software; you can redistribute it and/or modify  *\n'
          ' *   it under the terms of the GNU General Public License as published by  *\n'
          ' *   the Free Software Foundation; either version 2 of the License{later}\n'
          ' *                                                                         *\n'
          ' ***************************************************************************/\n"""\n\n\ndef synchroniser():\n    return 1\n')
README = ("This is the README file for standalone package of TransferTool for portable use.\n\nThe package includes two executables, "
          ".exe and .com.\n\nSee the file 'license.txt' for the license conditions.\n")


def _plugin(later: bool) -> dict:
    return {"README.md": "# Synchro\n\nUn plugin QGIS de synchronisation.\n", "LICENSE": text("GPL-2.0-only"),
            "synchro/__init__.py": HEADER.format(later=", or     *\n *   (at your option) any later version.                                   *" if later else ".                *"),
            "synchro/install/TransferTool/license.txt": "  A. GNU General Public License\n\n" + text("GPL-3.0-only"),
            "synchro/install/TransferTool/readme.txt": README,
            "synchro/install/TransferTool/TransferTool.exe": "MZ\x90\x00binary",
            "synchro/install/TransferTool/TransferTool.com": "MZ\x90\x00binary"}


def test_or_later_accepts_a_later_versions_dependency():
    assert verdict(["GPL-2.0-or-later"], "GPL-3.0-only")[0] == "ok"
    assert verdict(["LGPL-2.1-or-later"], "LGPL-3.0-only")[0] == "ok"
    assert verdict(["GPL-2.0-only"], "GPL-3.0-only")[0] == "incompatible"  # (near miss: no later version allowed)
    assert verdict(["GPL-3.0-or-later"], "GPL-2.0-only")[0] == "incompatible"  # (nor an earlier one)


def test_a_gpl2_or_later_plugin_shipping_a_gpl3_program_is_not_incompatible(tmp_path):
    _report, res = judge(tmp_path, _plugin(True), [DEPS], name="synchro")
    r = res[DEPS]
    if r["details"].get("incompatible") is not None:
        assert r["details"]["incompatible"] == 0, r["message"]
    assert "incompatible (" not in r["message"]["en"], r["message"]
