"""licensing (issue 12, session 32 b32, measure 24's openMairie manual): a Sphinx manual's repository (source/conf.py,
source/index.rst, images, a requirements.txt for Sphinx) states its licence only in the index page's first note, "Cette
création est mise à disposition selon le Contrat Paternité-Partage des Conditions Initiales à l'Identique 2.0 France …
http://creativecommons.org/licenses/by-sa/2.0/fr/": facts.license was none ("No license found"). The index page of a Sphinx
manual is a declaration when nothing else states a licence, and a Creative Commons address or the French name of its port
names that licence."""

from __future__ import annotations

from auditor.licenses import notices
from tests.test_licensing_checks import run  # noqa: F401 (the fixture)

INDEX = """.. openelec documentation master file.

==========================
openDemo 5.0 documentation
==========================

.. note::

    Cette création est mise à disposition selon le Contrat Paternité-Partage des
    Conditions Initiales à l'Identique 2.0 France disponible en ligne
    http://creativecommons.org/licenses/by-sa/2.0/fr/ ou par courrier postal à
    Creative Commons, 171 Second Street, Suite 300, San Francisco,
    California 94105, USA.

openDemo est la solution des collectivités pour la gestion des listes.

.. toctree::

   manuel_utilisateur/index.rst
"""
CONF = "project = u'openDemo'\ncopyright = u'2004-2019, openMairie'\nmaster_doc = 'index'\nhtml_theme = 'sphinx_rtd_theme'\n"


def manual(extra: dict | None = None) -> dict:
    files = {"README.rst": "Documentation openDemo version 5.0\n==================================\n",
             "requirements.txt": "Sphinx\nsphinx_rtd_theme\n", "source/conf.py": CONF, "source/index.rst": INDEX,
             "source/manuel_utilisateur/index.rst": "Manuel\n======\n\nSe connecter.\n"}
    return {**files, **(extra or {})}


def test_the_manuals_index_page_states_its_licence(run):  # noqa: F811
    res, lic = run(manual(), only=["licensing.license-file", "licensing.consistent"])
    assert lic["spdx"] == "CC-BY-SA-2.0" and lic["status"] == "declared-only", lic  # was null, status none
    src = lic["sources"][0]
    assert (src["kind"], src["path"], src["line"]) == ("docs-index", "source/index.rst", 9), src
    r = res["licensing.license-file"]
    assert r["status"] == "fail" and "only named (CC-BY-SA-2.0) in source/index.rst" in r["message"]["en"], r["message"]


def test_an_index_page_outside_a_sphinx_manual_or_beside_a_readme_statement_is_not_read(run):  # noqa: F811
    files = manual()
    files["pages/index.rst"] = files.pop("source/index.rst")  # no conf.py beside it
    _, lic = run(files, only=["licensing.license-file"])
    assert lic["spdx"] is None and lic["status"] == "none", lic
    _, lic = run(manual({"README.rst": "Documentation\n=============\n\nLicence\n-------\n\nMIT\n"}), only=["licensing.license-file"])
    assert lic["spdx"] == "MIT" and not any(s["kind"] == "docs-index" for s in lic["sources"]), lic["sources"]


def test_creative_commons_addresses_and_french_names():
    assert notices.names_in("http://creativecommons.org/licenses/by-sa/2.0/fr/") == [("CC-BY-SA-2.0", 7)]
    assert [i for i, _ in notices.names_in("sous https://creativecommons.org/licenses/by/4.0/deed.fr")] == ["CC-BY-4.0"]
    assert [i for i, _ in notices.names_in("Contrat Paternité-Partage des Conditions Initiales à l'Identique 3.0")] == ["CC-BY-SA-3.0"]
    assert notices.names_in("https://creativecommons.org/licenses/by-nc-sa/4.0/") == []  # (not a free licence: no id made up)
