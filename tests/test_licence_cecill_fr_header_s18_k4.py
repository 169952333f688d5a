"""licensing (issue 12, session 18 reader c1): a communauté de communes' web GIS (PHP pages, Perl import scripts) whose source
files open with the French CeCILL-C notice ("Ce logiciel est régi par la licence CeCILL-C soumise au droit français…") and
have no LICENSE file was "No license found" on license-file, open-license, authorized-fr, consistent and data-and-docs: "régi
par la licence" was not read as stating a licence, and the notice's second "licence CeCILL-C" was named CeCILL 2.1 besides.
The notice now states CeCILL-C, as the English "governed by the CeCILL-C license under French law" did."""

from __future__ import annotations

from auditor.licenses import notices
from tests.test_licensing_checks import run  # noqa: F401 (the fixture)

NOTICE = """<?php
/*Copyright Communauté de communes Exemple 2009
contributeur: agent du SIG

Ce logiciel est un programme informatique servant à afficher les plans de la commune.

Ce logiciel est régi par la licence CeCILL-C soumise au droit français et
respectant les principes de diffusion des logiciels libres. Vous pouvez
utiliser, modifier et/ou redistribuer ce programme sous les conditions
de la licence CeCILL-C telle que diffusée par le CEA, le CNRS et l'INRIA
sur le site "http://www.cecill.info".

Le fait que vous puissiez accéder à cet en-tête signifie que vous avez
pris connaissance de la licence CeCILL-C, et que vous en avez accepté les
termes.*/
"""


def test_french_cecill_c_notice_names_one_licence():
    assert [i for i, _ in notices.names_in(NOTICE)] == ["CECILL-C"]
    assert notices.states_license(NOTICE)
    assert notices.states_license("Ce programme est régi par la licence CeCILL-B.")
    assert not notices.states_license("Le choix de la licence CeCILL-B est à définir.")


def test_french_cecill_headers_license_the_project(run):  # noqa: F811
    files = {"README": "Carte communale\n",
             "application/index.php": NOTICE + "include('inc/menu.php');\n?>\n",
             "application/logout.php": NOTICE + "session_destroy();\n?>\n",
             "application/inc/menu.php": NOTICE + "echo '<ul></ul>';\n?>\n",
             "application/js/carte.js": "/*\n" + NOTICE.split("/*", 1)[1] + "\nvar zoom = 1;\n"}
    res, lic = run(files, only=["licensing.license-file", "licensing.open-license", "licensing.authorized-fr"])
    assert lic.get("spdx") == "CECILL-C" or "CECILL-C" in (lic.get("ids") or []), lic
    assert res["licensing.license-file"]["status"] == "warn", res["licensing.license-file"]["message"]
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
    assert res["licensing.authorized-fr"]["status"] == "pass", res["licensing.authorized-fr"]["message"]
