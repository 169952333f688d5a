"""GPLv2+ read as GPL-2.0-only (issue 12, session 27 fixer b27; reader s26 m17-o4: a QGIS plugin whose LICENSE is the plain GPL-2
text, its __about__.py `__license__: str = "GPLv2+"` and its __init__.py's header "either version 2 … or (at your option) any later
version").

The GPL's full text leaves the version choice to the notice: when the licence file and the declarations state none, the project's
own notices decide — a header's "or any later version", the package's __license__ metadata (annotated or not). With none, or with
notices stating "version 2 only", the text alone stays "-only"; two notices stating different choices make none.
"""

from __future__ import annotations

from tests.test_header_or_later_k6_s17 import license_text
from tests.test_local_authority_verdicts import judge

HEADER = ("#! python3  # noqa: E265\n\n# ----------------------------------------------------------\n# Copyright (C) 2015 Martin Dobias\n"
          "# ----------------------------------------------------------\n# Licensed under the terms of GNU GPL 2\n#\n"
          "# This program is free software; you can redistribute it and/or modify\n"
          "# it under the terms of the GNU General Public License as published by\n"
          "# the Free Software Foundation; either version 2 of the License, or\n# (at your option) any later version.\n"
          "# --------------------------------------------------------------------\n\n\ndef classFactory(iface):\n"
          "    from .plugin_main import IsochronePlugin\n\n    return IsochronePlugin(iface)\n")
ABOUT = ('"""Metadata about the package."""\n\n__all__ = ["__author__", "__license__"]\n\n__author__: str = "Oslandia"\n'
         '__license__: str = "GPLv2+"\n__version__: str = "1.0.0"\n')
PLUGIN = {
    "README.md": "# Isochrones\n\nExtension QGIS qui calcule des isochrones et des itinéraires avec la Géoplateforme.\n",
    "LICENSE": license_text("GPL-2.0-only"),
    "isochrone/metadata.txt": "[general]\nname=Isochrones\nqgisMinimumVersion=3.28\nversion=1.0.0\nauthor=Oslandia\n",
    "isochrone/plugin_main.py": "class IsochronePlugin:\n    def __init__(self, iface):\n        self.iface = iface\n",
    "isochrone/processing/isochrone.py": "def isochrone(point, minutes):\n    return [point, minutes]\n",
    "isochrone/processing/itinerary.py": "def itinerary(start, end):\n    return [start, end]\n",
}
CHECKS = ["licensing.license-file", "licensing.authorized-fr"]


def _licence(tmp_path, files, name):
    report, res = judge(tmp_path, files, CHECKS, name=name)
    return report["facts"]["license"], res


def test_the_package_metadata_and_the_header_say_or_later(tmp_path):
    lic, res = _licence(tmp_path, {**PLUGIN, "isochrone/__init__.py": HEADER, "isochrone/__about__.py": ABOUT}, "both")
    assert lic["spdx"] == "GPL-2.0-or-later", (lic["spdx"], lic.get("version_choice"))  # was GPL-2.0-only
    assert lic["version_choice"] == {"choice": "or-later", "source": "isochrone/__about__.py"}
    assert res["licensing.authorized-fr"]["status"] == "pass", res["licensing.authorized-fr"]["message"]  # was fail
    # each alone decides: the metadata (annotated __license__), the one header
    assert _licence(tmp_path, {**PLUGIN, "isochrone/__about__.py": ABOUT}, "about")[0]["spdx"] == "GPL-2.0-or-later"
    assert _licence(tmp_path, {**PLUGIN, "isochrone/__init__.py": HEADER}, "header")[0]["spdx"] == "GPL-2.0-or-later"


def test_no_notice_or_a_version_2_only_notice_stays_only(tmp_path):
    lic, res = _licence(tmp_path, PLUGIN, "none")
    assert lic["spdx"] == "GPL-2.0-only" and lic["version_choice"]["choice"] == "not-stated"  # the text alone: unchanged
    assert res["licensing.authorized-fr"]["status"] == "fail"
    only = ABOUT.replace('"GPLv2+"', '"GPL-2.0-only"')
    assert _licence(tmp_path, {**PLUGIN, "isochrone/__about__.py": only}, "only")[0]["spdx"] == "GPL-2.0-only"
    # two notices stating different choices decide nothing: the text alone
    lic = _licence(tmp_path, {**PLUGIN, "isochrone/__init__.py": HEADER, "isochrone/__about__.py": only}, "mixed")[0]
    assert lic["spdx"] == "GPL-2.0-only" and lic["version_choice"]["choice"] == "not-stated"
