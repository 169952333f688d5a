"""licensing (issue 12, session 22 reader e1): a GIS agent's analysis scripts under a CC0-1.0 LICENSE, one of which, built on
QGIS's Processing script template (a Windows file, CRLF lines), keeps the template's notice in its module docstring ("This program is free software; you
can redistribute it and/or modify it under the terms of the GNU General Public License … version 2 … or any later version").
licensing.consistent passed "a single source states the license": one file's header speaks for that file only, so it was
dropped and never compared. It still does not decide the project's licence, but a file whose own notice names another licence
than the project's is not under the project's licence: a consistency finding, however few such files there are."""

from __future__ import annotations

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

GPL2_DOCSTRING = '''"""
***************************************************************************
*                                                                         *
*   This program is free software; you can redistribute it and/or modify  *
*   it under the terms of the GNU General Public License as published by  *
*   the Free Software Foundation; either version 2 of the License, or     *
*   (at your option) any later version.                                   *
*                                                                         *
***************************************************************************
"""

from qgis.core import QgsProcessingAlgorithm


class Analyse(QgsProcessingAlgorithm):
    pass
'''

PLAIN = "import geopandas as gpd\n\n\ndef main():\n    return gpd.read_file('zones.gpkg')\n"


def _files(licence: str) -> dict:
    return {"LICENSE": text(licence), "README.md": "# travaux\n",
            "analyse_script_qgis.py": GPL2_DOCSTRING.replace("\n", "\r\n"), "analyse_geopandas.py": PLAIN,
            "extractions/export.py": "import subprocess\n\nsubprocess.run(['ogr2ogr', '-f', 'GPKG', 'out.gpkg', 'in.json'])\n"}


def test_one_file_under_gpl_in_a_cc0_project_is_a_finding(run):  # noqa: F811
    res, lic = run(_files("CC0-1.0"), only=["licensing.consistent", "licensing.license-file"])
    assert lic["spdx"] == "CC0-1.0"  # (the one file does not decide the project's licence)
    assert [h["path"] for h in lic["header_disagreements"]] == ["analyse_script_qgis.py"], lic.get("header_disagreements")
    r = res["licensing.consistent"]
    assert r["status"] == "warn", r["message"]
    assert all("analyse_script_qgis.py" in m and "GPL-2.0-or-later" in m for m in r["message"].values()), r["message"]
    assert res["licensing.license-file"]["status"] == "pass", res["licensing.license-file"]["message"]


def test_the_same_header_under_a_gpl3_licence_agrees(run):  # noqa: F811
    res, lic = run(_files("GPL-3.0-only"), only=["licensing.consistent"])
    assert not lic.get("header_disagreements"), lic.get("header_disagreements")
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_one_file_header_alone_names_no_project_licence(run):  # noqa: F811
    files = _files("CC0-1.0")
    del files["LICENSE"]
    res, lic = run(files, only=["licensing.consistent", "licensing.license-file"])
    assert not lic.get("spdx") and not lic.get("ids"), lic.get("spdx")
    assert res["licensing.license-file"]["status"] == "fail", res["licensing.license-file"]["message"]


MIT_HEADER = ("/* " + "=" * 60 + "\n * Example: affix.js v3.3.6\n * https://example.org/javascript/#affix\n * " + "=" * 60 + "\n"
              " * Copyright 2011-2015 Example, Inc.\n * Licensed under MIT (https://example.org/LICENSE)\n * " + "=" * 60 + " */\n\n\n"
              "+function ($) {\n  'use strict';\n}(jQuery);\n")


def test_a_permissive_file_inside_a_copyleft_project_reconciles_nothing(run):  # noqa: F811
    """A copied plugin keeping its MIT notice in an AGPL project asks only that its notice be kept: no finding (s22 review of
    geotuileur-site, ginco); the GPL script under CC0 above stays one."""
    files = {"LICENSE": text("AGPL-3.0-only"), "README.md": "# site\n", "assets/js/charte/affix-v336-mod.js": MIT_HEADER,
             "src/app.py": PLAIN, "src/tiles.py": PLAIN.replace("zones", "tuiles"), "src/jobs.py": PLAIN.replace("zones", "jobs"),
             "assets/js/app.js": "export function start() {\n  return 1;\n}\n"}
    res, lic = run(files, only=["licensing.consistent"])
    assert not lic.get("header_disagreements"), lic.get("header_disagreements")
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]
