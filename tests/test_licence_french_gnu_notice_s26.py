"""licensing (issue 12, session 26 h26 = s26 reader o3): two licence statements read wrong.

- An openMairie application's LICENSE.txt holds only the FSF's French GPL notice, "au titre des clauses de la Licence Publique
  Générale GNU, telle que publiée par la Free Software Foundation, soit la version 3 de la Licence, ou (à votre discrétion) une
  version ultérieure quelconque": the French names of the GNU licences were not known, so the licence was "not recognised" and four
  checks inconclusive. It is GPL-3.0-or-later, named without its full text.
- A Symfony application's README "## Licence" section names "GNU Affero General Public License v3.0 (AGPL-3.0)" and explains the
  choice "Choix de l'AGPL plutôt que de la GPL stricte": the GPL set aside was read as an extra licence, and the prose "AGPL-3.0"
  (no "only" nor "or later") as an SPDX id to fix beside the AGPL-3.0 text; licensing.consistent warned."""

from __future__ import annotations

from auditor.licenses import notices
from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

NOTICE_FR = """openMairie Exemple - Licence
============================

Copyright (C) 2004-2014 openMairie

Ce programme est un logiciel libre : vous pouvez le redistribuer et/ou le
modifier au titre des clauses de la Licence Publique Générale GNU, telle que
publiée par la Free Software Foundation, soit la version 3 de la Licence, ou
(à votre discrétion) une version ultérieure quelconque.

Ce programme est distribué dans l'espoir qu'il sera utile, mais SANS AUCUNE
GARANTIE. Voir la Licence Publique Générale GNU pour plus de détails.
"""


def test_french_names_of_the_gnu_licences():
    assert [i for i, _ in notices.names_in(NOTICE_FR)] == ["GPL"]
    assert notices.stated_version("GPL", NOTICE_FR) == "GPL-3.0" and notices.version_choice(NOTICE_FR) == "or-later"
    assert [i for i, _ in notices.names_in("la Licence Publique Générale GNU Affero version 3")] == ["AGPL-3.0"]
    assert [i for i, _ in notices.names_in("Licence Publique Générale Limitée GNU v2.1")] == ["LGPL-2.1"]
    assert [i for i, _ in notices.names_in("Licence Publique Générale GNU version 2")] == ["GPL-2.0"]
    # ("or later" is still read only when said)
    assert notices.version_choice("soit la version 3 de la Licence.") is None


def test_a_licence_set_aside_is_not_named():
    assert [i for i, _ in notices.names_in("AGPL v3. Choix de l'AGPL plutôt que de la GPL stricte.")] == ["AGPL-3.0"]
    assert [i for i, _ in notices.names_in("Released under the MIT license rather than the GPL.")] == ["MIT"]
    # (a choice offered between two licences keeps both)
    assert [i for i, _ in notices.names_in("Under GPL-3.0 or MIT at your choice")] == ["GPL-3.0", "MIT"]


def test_the_french_gpl_notice_is_gpl_3_or_later(run):  # noqa: F811
    res, lic = run({"LICENSE.txt": NOTICE_FR, "README.md": "# Exemple\n\nUn exemple d'application openMairie.\n"})
    assert lic["spdx"] == "GPL-3.0-or-later", lic.get("spdx")
    assert res["licensing.license-file"]["status"] == "warn" and res["licensing.license-file"]["score"] == 6, res["licensing.license-file"]["message"]
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]


def test_a_french_text_naming_no_licence_is_still_not_recognised(run):  # noqa: F811
    res, lic = run({"LICENSE.txt": "Licence\n=======\n\nCe programme est distribué sous les conditions de la mairie.\n",
                    "README.md": "# Exemple\n"})
    assert res["licensing.license-file"]["status"] == "warn" and res["licensing.license-file"]["score"] == 3, res["licensing.license-file"]["message"]


README = "# Suivi\n\nSuivi des projets de la mairie.\n\n## Licence\n\n{line}\n\n{why}\n"


def test_a_readme_naming_the_agpl_and_the_gpl_it_set_aside_agrees(run):  # noqa: F811
    readme = README.format(line="[GNU Affero General Public License v3.0](LICENSE) (AGPL-3.0).",
                           why="Choix de l'AGPL plutôt que de la GPL stricte : le projet est destiné à être hébergé.")
    res, lic = run({"LICENSE": text("AGPL-3.0-only"), "README.md": readme}, only=["licensing.consistent"])
    assert lic["spdx"] == "AGPL-3.0-only", lic.get("spdx")
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_a_readme_naming_another_licence_still_disagrees(run):  # noqa: F811
    readme = README.format(line="Ce projet est publié sous licence MIT.", why="Voir le fichier LICENSE.")
    res, _lic = run({"LICENSE": text("AGPL-3.0-only"), "README.md": readme}, only=["licensing.consistent"])
    assert res["licensing.consistent"]["status"] != "pass", res["licensing.consistent"]["message"]


def test_a_readme_naming_another_version_of_a_gnu_licence_still_disagrees(run):  # noqa: F811
    readme = README.format(line="[GNU General Public License v3.0](LICENSE) (GPL-3.0).", why="Voir le fichier LICENSE.")
    res, _lic = run({"LICENSE": text("AGPL-3.0-only"), "README.md": readme}, only=["licensing.consistent"])
    assert res["licensing.consistent"]["status"] != "pass", res["licensing.consistent"]["message"]
