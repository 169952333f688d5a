"""licensing (issue 12, session 24 reader o1, fixer g24: cigalsace/get-metadata): a région's harvester script declares its
licence as Python modules do, ``__license__ = "MIT"`` under ``__author__`` and ``__copyright__``, beside the HTTP library it
copied into libs/ (whose own ``__license__`` is Apache 2.0). No licence file, manifest or README statement: open-license and
authorized-fr said "No license found", facts.license null. One module's ``__license__`` counted only when a second module
said the same; now the project's own program's ``__license__`` is its header's licence (as a "Licence: GPL 3" comment line
is, test_licence_own_header_s24): taken when nothing else states a licence and that module holds most of the project's code.
The copied library's ``__license__`` never speaks for the project, nor does a small helper's."""

from __future__ import annotations

from tests.test_licensing_checks import run  # noqa: F401 (the fixture)

SCRIPT = ("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n\n'''\nScript: moissonner.py\n'''\n\n"
          "__author__ = \"Jeanne Martin\"\n__copyright__ = \"Copyright 2016 Région Exemple\"\n{licence}\n"
          "import os\nimport json\nfrom libs import httpkit\n\n"
          + "".join(f"def etape_{i}(noeud):\n    return httpkit.get(noeud['url{i}'])\n\n\n" for i in range(30))
          + "for nom in os.listdir('noeuds'):\n    print(etape_0(json.load(open(os.path.join('noeuds', nom)))))\n")
COPY = {"libs/__init__.py": "",
        "libs/httpkit/__init__.py": ("__title__ = 'httpkit'\n__version__ = '2.8.1'\n__author__ = 'Paul Upstream'\n__license__ = 'Apache 2.0'\n"
                                     "__copyright__ = 'Copyright 2015 Paul Upstream'\n\nfrom .api import get\n"),
        "libs/httpkit/api.py": "".join(f"def get_{i}(url):\n    return url\n\n\n" for i in range(40)) + "get = get_0\n"}
README = "# moissonneur\n\nScript qui récupère des fiches de métadonnées XML.\n"
CHECKS = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr"]


def test_the_scripts_license_dunder_licenses_the_project(run):  # noqa: F811
    res, lic = run({"README.md": README, "moissonner.py": SCRIPT.format(licence='__license__ = "MIT"\n'), **COPY}, only=CHECKS)
    assert lic["spdx"] == "MIT" and lic["status"] == "declared-only", lic
    src = lic["sources"][0]
    assert (src["kind"], src["path"], src["line"]) == ("file-header", "moissonner.py", 10), src
    for cid in ("licensing.open-license", "licensing.authorized-fr"):  # were fail "No license found"
        assert res[cid]["status"] == "pass" and "moissonner.py:10" in res[cid]["message"]["en"], res[cid]["message"]
    assert res["licensing.license-file"]["status"] == "fail"  # (no LICENSE file: still said)


def test_the_copied_librarys_license_and_a_helpers_do_not_license_the_project(run):  # noqa: F811
    # the project's script declares nothing: the copy's Apache 2.0 is the copy's
    res, lic = run({"README.md": README, "moissonner.py": SCRIPT.format(licence=""), **COPY}, only=CHECKS)
    assert lic["spdx"] is None and res["licensing.open-license"]["status"] == "fail", lic
    # a small helper module declares GPL while the main program (most of the code) says nothing
    res, lic = run({"README.md": README, "moissonner.py": SCRIPT.format(licence=""), **COPY,
                    "outils.py": '__author__ = "Jeanne Martin"\n__license__ = "GPL"\n\n\ndef lire(p):\n    return open(p).read()\n'},
                   only=CHECKS)
    assert lic["spdx"] is None and res["licensing.open-license"]["status"] == "fail", lic
