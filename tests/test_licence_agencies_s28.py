"""licensing (issue 12, session 28 fixer g28 = reader r4b, State agencies' repositories): five licence facts wrong.

- a CeCILL notice giving its version after the licence's title, the link's text wrapped before it (a reST LICENSE.rst: "the `CeCILL
  License Agreement version / 2.1 <…Licence_CeCILL_V2.1-en.html>`__") was "CeCILL, version not stated": the main expression null;
- "released under the licence CeCILL-B (Free BSD compatible)" named BSD as a second licence;
- an older CeCILL-B notice (LICENSE.md) beside the AGPL-3.0 text (LICENSE) that the QGIS plugin's metadata.txt declares
  ("license=GNU AGPL v3") made the project "AGPL-3.0 AND CeCILL-B": the text the manifest sides with is the licence, the notice a
  disagreement (licensing.consistent);
- CITATION.cff ("license: LGPL-3.0"), codemeta.json ("license": "https://spdx.org/licenses/LGPL-3.0") and a QGIS plugin's
  metadata.txt declared nothing;
- a LICENSE.md whose own part reserves all rights ("Copyright (c) 2019 - present … / All rights reserved.") above the MIT and BSD
  texts of the components it incorporates was "unrecognized", not "proprietary"."""

from __future__ import annotations

from auditor.licenses import notices
from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

COMPASS = """Projet is free software: you can redistribute it and/or modify it under
both the terms of:

-  the `GNU General Public License version
   3 <https://www.gnu.org/licenses/gpl.html>`__,
-  the `CeCILL License Agreement version
   2.1 <http://www.cecill.info/licences/Licence_CeCILL_V2.1-en.html>`__.
"""
CECILL_B_NOTICE = """# Plugin Signalements

This software is released under the licence CeCILL-B (Free BSD compatible)

You may obtain a copy of the License at :

https://cecill.info/licences/Licence_CeCILL-B_V1-en.txt (english)

Copyright (c) 2020 Exemple
"""
QGIS_METADATA = """# This file contains metadata for your plugin.
[general]
name=Signalements
qgisMinimumVersion=3.4
description=Signalements et contributions
version=5.0.4
author=Exemple
license={licence}
"""
PLUGIN_CODE = "from qgis.core import QgsProject\n\n\ndef classFactory(iface):\n    return None\n"
RESERVED = """Copyright (c) 2019 - present {NAME OF CUSTOMER}

All rights reserved.

The above copyright notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY.

This project incorporates components from the projects listed below. The original copyright notices and the licenses under which we received such components are set forth below.

1.	Starter app v0.9

BEGIN OF Starter app v0.9 NOTICES AND INFORMATION

"""


def test_cecill_version_after_its_title_and_a_compatibility_remark():
    assert [i for i, _ in notices.names_in(COMPASS)] == ["GPL-3.0", "CECILL-2.1"]
    assert [i for i, _ in notices.names_in("CeCILL FREE SOFTWARE LICENSE AGREEMENT\nVersion 2.1")] == ["CECILL-2.1"]
    assert [i for i, _ in notices.names_in("This software is released under the licence CeCILL-B (Free BSD compatible)")] == ["CECILL-B"]
    # kept: a bare CeCILL, a list's "2." after it, and a BSD licence stated beside another
    assert [i for i, _ in notices.names_in("governed by the CeCILL license\n2. Install")] == ["CECILL"]
    assert [i for i, _ in notices.names_in("released under the MIT and the BSD licenses")] == ["MIT", "BSD"]


def test_a_rest_cecill_notice_gives_its_version(run):  # noqa: F811
    _res, lic = run({"LICENSE.rst": COMPASS, "README.rst": "Projet\n======\n\nA simulation code.\n"}, only=["licensing.open-license"])
    assert lic["spdx"] == "GPL-3.0-only AND CECILL-2.1", lic
    assert not lic.get("version_not_stated"), lic


def test_the_text_a_qgis_plugin_declares_prevails_over_an_older_notice(run):  # noqa: F811
    files = {"LICENSE": text("AGPL-3.0-only"), "LICENSE.md": CECILL_B_NOTICE, "signalements/__init__.py": PLUGIN_CODE,
             "signalements/metadata.txt": QGIS_METADATA.format(licence="GNU AGPL v3")}
    res, lic = run(files, only=["licensing.open-license", "licensing.consistent"])
    assert lic["spdx"] == "AGPL-3.0-only", lic
    assert lic["declared"] == [{"file": "signalements/metadata.txt", "value": "GNU AGPL v3", "line": 8}], lic["declared"]
    assert [d["source"]["path"] for d in lic["disagreements"]] == ["LICENSE.md"], lic["disagreements"]
    assert res["licensing.consistent"]["status"] == "fail", res["licensing.consistent"]["message"]


def test_without_a_manifest_both_root_files_stay_the_projects(run):  # noqa: F811
    files = {"LICENSE": text("AGPL-3.0-only"), "LICENSE.md": CECILL_B_NOTICE, "signalements/__init__.py": PLUGIN_CODE}
    _res, lic = run(files, only=["licensing.open-license"])
    assert lic["spdx"] == "AGPL-3.0-only AND CECILL-B", lic
    assert lic["disagreements"] == [] and lic["declared"] == [], lic


def test_citation_metadata_declares_the_licence(run):  # noqa: F811
    cff = "cff-version: 1.2.0\ntitle: Chaine\nauthors:\n  - family-names: Dupont\n    license: MIT\nlicense: LGPL-3.0\nversion: 0.0.1\n"
    codemeta = '{\n  "@context": "https://w3id.org/codemeta/3.0",\n  "name": "Chaine",\n  "license": "https://spdx.org/licenses/LGPL-3.0"\n}\n'
    res, lic = run({"LICENCE.md": text("LGPL-3.0-only"), "CITATION.cff": cff, "codemeta.json": codemeta, "src/main.py": "print(1)\n"},
                   only=["licensing.consistent"])
    assert lic["spdx"] == "LGPL-3.0-only", lic
    assert lic["declared"] == [{"file": "CITATION.cff", "value": "LGPL-3.0", "line": 6}, {"file": "codemeta.json", "value": "LGPL-3.0", "line": 4}], lic
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]
    listed = "cff-version: 1.2.0\ntitle: Chaine\nlicense:\n  - Apache-2.0\n  - MIT\n"
    _res, lic = run({"CITATION.cff": listed, "src/main.py": "print(1)\n"}, only=["licensing.open-license"])
    assert lic["declared"] == [{"file": "CITATION.cff", "value": "Apache-2.0 OR MIT", "line": 3}], lic  # (CFF: a list is a choice)


def test_a_metadata_txt_of_no_qgis_plugin_declares_nothing(run):  # noqa: F811
    _res, lic = run({"README.md": "# Outil\n", "data/metadata.txt": "license=MIT\n", "main.py": "print(1)\n"}, only=["licensing.open-license"])
    assert lic["declared"] == [], lic


def test_all_rights_reserved_above_bundled_components_is_proprietary(run):  # noqa: F811
    body = RESERVED + text("MIT") + "\n\nCopyright (c) 2013, Ling Thio and contributors.\n\n" + text("BSD-2-Clause")
    res, lic = run({"LICENSE.md": body, "app.py": "print(1)\n"}, only=["licensing.open-license"])
    assert lic["status"] == "proprietary" and lic["spdx"] is None, lic
    assert res["licensing.open-license"]["status"] == "fail", res["licensing.open-license"]["message"]


def test_a_grant_above_the_components_keeps_its_licence(run):  # noqa: F811
    body = RESERVED.replace("All rights reserved.", "All rights reserved.\n\nPermission is hereby granted, free of charge, to any person "
                            "obtaining a copy of this software, to deal in the Software without restriction.") + text("BSD-2-Clause")
    _res, lic = run({"LICENSE.md": body, "app.py": "print(1)\n"}, only=["licensing.open-license"])
    assert lic["status"] != "proprietary", lic


def test_a_cecill_notice_linking_one_versions_text_names_that_version(run):  # noqa: F811
    notice = ("Ce logiciel est distribué sous la licence CeCILL\n(http://www.cecill.info/licences/Licence_CeCILL_V2.1-fr.html).\n\n"
              "Copyright (c) 2021 Exemple\n")
    _res, lic = run({"LICENSE.md": notice, "app.py": "print(1)\n"}, only=["licensing.open-license"])
    assert lic["spdx"] == "CECILL-2.1", lic
    _res, lic = run({"LICENSE.md": notice.replace("(http://www.cecill.info/licences/Licence_CeCILL_V2.1-fr.html)", "(http://www.cecill.info)"),
                     "app.py": "print(1)\n"}, only=["licensing.open-license"])
    assert lic["spdx"] is None and lic["version_not_stated"] == ["CECILL"], lic  # (the site's address gives no version)
