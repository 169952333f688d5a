"""Licence families named without a version ("AGPL" in setup.py, "publié sous licence CC-By-SA" in a README, package.json
"GPL"): no SPDX id names them, so they were not read as a licence source at all (issue 12, session 5: ckanext-datalocale's
consistency, rdf-data's open-license / authorized-fr / consistent / data-and-docs). They are read as their family, version
not stated: open, on the French list by family (the décret names families), agreeing with a text of that family and not with
another, and never given a made-up version in facts.license.spdx."""

from __future__ import annotations

from auditor.licenses import notices
from tests.test_dashboard_viewer_verdicts import license_text
from tests.test_local_authority_verdicts import judge

LICENSING = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent",
             "licensing.data-and-docs", "licensing.dependencies"]

# datalocale/ckanext-datalocale: a CKAN theme of the Gironde's data portal, the AGPL-3.0 text at the root, setup.py license='AGPL'
CKAN_THEME = {
    "README.rst": "ckanext-datalocale\n==================\n\nThème CKAN du portail de données de la Gironde.\n",
    "setup.py": "from setuptools import setup, find_packages\n\nsetup(\n    name='''ckanext-datalocale''',\n    version='0.0.1',\n"
                "    # Choose your license\n    license='AGPL',\n    packages=find_packages(),\n)\n",
    "ckanext/__init__.py": "",
    "ckanext/datalocale/__init__.py": "",
    "ckanext/datalocale/plugin.py": "import ckan.plugins as plugins\n\n\nclass DatalocalePlugin(plugins.SingletonPlugin):\n"
                                    "    plugins.implements(plugins.IConfigurer)\n",
}


def test_a_manifest_naming_the_family_agrees_with_the_text_of_that_family(tmp_path):
    report, res = judge(tmp_path, {**CKAN_THEME, "LICENSE": license_text("AGPL-3.0-only")}, LICENSING)
    lic = report["facts"]["license"]
    manifest = next(s for s in lic["sources"] if s["kind"] == "manifest")
    assert manifest["ids"] == ["AGPL"] and lic["spdx"] == "AGPL-3.0-only" and not lic["disagreements"], lic
    c = res["licensing.consistent"]
    assert c["status"] == "pass" and "2 sources" in c["message"]["fr"], c["message"]
    assert any("AGPL-3.0-or-later" in (e.get("note") or {}).get("fr", "") for e in c["evidence"])  # the id to write
    # the same manifest beside an MIT text disagrees with it
    report, res = judge(tmp_path, {**CKAN_THEME, "LICENSE": license_text("MIT")}, ["licensing.consistent"], name="mit")
    c = res["licensing.consistent"]
    assert c["status"] == "fail" and "AGPL" in c["message"]["en"], c["message"]


# datalocale/rdf-data: the Gironde's linked data (Turtle files, XSL to Turtle), its README's last line names CC-By-SA
RDF_DATA = {
    "README.md": "# rdf-data\n\nDonnées liées du Département de la Gironde : collèges, transports.\n\n"
                 "- donnees/colleges.ttl : collèges\n- donnees/lignes.ttl : lignes de bus\n\n"
                 "L'ensemble de ces contenu est publié sous licence CC-By-SA\n",
    "donnees/colleges.ttl": "@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .\n<#c1> geo:lat \"44.8\" ; geo:long \"-0.5\" .\n",
    "donnees/lignes.ttl": "@prefix ex: <http://example.org/> .\n<#l1> ex:nom \"Ligne 1\" .\n",
    "donnees/arrets.ttl": "@prefix ex: <http://example.org/> .\n<#a1> ex:nom \"Arrêt 1\" .\n",
}


def test_a_readme_naming_cc_by_sa_without_version_is_the_licence_of_its_data(tmp_path):
    report, res = judge(tmp_path, RDF_DATA, LICENSING)
    lic = report["facts"]["license"]
    assert lic["spdx"] is None and lic["named"] == "CC-BY-SA" and lic["version_not_stated"] == ["CC-BY-SA"], lic
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
    auth = res["licensing.authorized-fr"]
    assert auth["status"] == "fail" and "CC-BY-SA" in auth["message"]["fr"], auth["message"]  # not on the décret's list
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]
    assert res["licensing.data-and-docs"]["status"] == "pass", res["licensing.data-and-docs"]["message"]
    lf = res["licensing.license-file"]
    assert lf["status"] == "fail" and "version non indiquée" in lf["message"]["fr"], lf["message"]
    assert "spdx.org/licenses/CC-BY-SA-4.0" in lf["remediation"]["fr"], lf["remediation"]
    # a README saying nothing of a licence: none found, as before
    _, res = judge(tmp_path, {**RDF_DATA, "README.md": RDF_DATA["README.md"].rsplit("L'ensemble", 1)[0]}, ["licensing.open-license"], name="none")
    assert "Aucune licence" in res["licensing.open-license"]["message"]["fr"]


def test_package_json_gpl_is_the_gnu_family_on_the_list_with_no_made_up_version(tmp_path):
    files = {"README.md": "# Carte\n\nCarte des équipements de la commune.\n",
             "package.json": '{"name": "carte", "version": "1.0.0", "license": "GPL", "dependencies": {"leaflet": "1.9.4"}}\n',
             "src/carte.js": "import L from 'leaflet';\n\nexport function carte(id) {\n  return L.map(id);\n}\n"}
    report, res = judge(tmp_path, files, LICENSING)
    lic = report["facts"]["license"]
    assert lic["spdx"] is None and lic["named"] == "GPL", lic  # (license_expression would say GPL-1.0-or-later)
    assert "GPL-1.0" not in str(lic["sources"])
    auth = res["licensing.authorized-fr"]
    assert auth["status"] == "pass" and any("GPL-3.0-or-later" in (e.get("note") or {}).get("fr", "") for e in auth["evidence"]), auth
    assert res["licensing.open-license"]["status"] == "pass"
    assert "sans sa version" in res["licensing.dependencies"]["message"]["fr"], res["licensing.dependencies"]["message"]
    # a versioned statement elsewhere gives the version: the README's "GPL v3" prevails over package.json's "GPL"
    readme = files["README.md"] + "\n## Licence\n\nCe projet est publié sous licence GNU GPL v3.\n"
    report, res = judge(tmp_path, {**files, "README.md": readme}, ["licensing.consistent"], name="v3")
    c = res["licensing.consistent"]
    assert report["facts"]["license"]["spdx"] == "GPL-3.0-only" and c["status"] in ("pass", "warn"), c
    assert "package.json" not in [e.get("path") for e in c["evidence"] if e.get("kind") == "finding"], c["evidence"]  # it agrees


def test_names_without_version_give_way_to_a_version_named_in_the_same_text():
    assert notices.names_in("AGPL v3, see the AGPL") == [("AGPL-3.0", 0)]
    notice = ("under the terms of the GNU Affero General Public License as published by the Free Software Foundation, either "
              "version 3 of the License, or (at your option) any later version.")
    assert [i for i, _ in notices.names_in(notice)] == ["AGPL-3.0"]
    assert [i for i, _ in notices.names_in("licence Affero GPL")] == ["AGPL"]
    assert [i for i, _ in notices.names_in("Licence Ouverte / Etalab 2.0")] == ["etalab-2.0"]
    assert [i for i, _ in notices.names_in("sous Licence Ouverte")] == ["Licence-Ouverte"]
    assert [i for i, _ in notices.names_in("CC BY-SA 3.0")] == ["CC-BY-SA-3.0"]
    assert notices.agree(["AGPL"], ["AGPL-3.0-or-later"]) and not notices.agree(["AGPL"], ["GPL-3.0-only"])
    assert not notices.agree(["GPL-2.0-only"], ["GPL-3.0-only"])  # two versions still differ


def test_the_eupl_named_without_version_is_its_family_and_a_choice_of_names_is_an_or(tmp_path):
    """A manifest saying "EUPL" names no version (before: EUPL-1.2, made up); "EUPL License v1.2" and the French title still
    name 1.2. Names joined by "|", "/" or "or" in a manifest ("GPL-2 | GPL-3", Cargo's old "MIT/Apache-2.0") are a choice
    (before: read as AND, both at once)."""
    assert [i for i, _ in notices.names_in("license: EUPL")] == ["EUPL"]
    assert [i for i, _ in notices.names_in("This project is licensed under the [EUPL License v1.2](LICENCE.md).")] == ["EUPL-1.2"]
    assert [i for i, _ in notices.names_in("Licence publique de l'Union européenne v. 1.2")] == ["EUPL-1.2"]
    assert [i for i, _ in notices.names_in("European Union Public Licence (EUPL) v1.1")] == ["EUPL-1.1"]
    assert notices.agree(["EUPL"], ["EUPL-1.2"]) and not notices.agree(["EUPL"], ["MIT"])
    files = {"README.md": "# Guichet\n\nUn guichet de demandes pour les communes.\n",
             "package.json": '{"name": "guichet", "version": "1.0.0", "license": "EUPL"}\n', "src/index.js": "export const a = 1;\n"}
    report, res = judge(tmp_path, files, LICENSING)
    lic = report["facts"]["license"]
    assert lic["spdx"] is None and lic["named"] == "EUPL" and lic["version_not_stated"] == ["EUPL"], lic
    assert res["licensing.open-license"]["status"] == "pass"
    auth = res["licensing.authorized-fr"]
    assert auth["status"] == "pass" and any("EUPL-1.2" in (e.get("note") or {}).get("fr", "") for e in auth["evidence"]), auth
    cargo = {"README.md": "# tr\n\nAn API for realtime transit data.\n", "src/main.rs": "fn main() {}\n",
             "Cargo.toml": '[package]\nname = "tr"\nversion = "0.1.0"\nlicense = "MIT/Apache-2.0"\n'}
    report, _ = judge(tmp_path, cargo, ["licensing.consistent"], name="cargo")
    manifest = next(s for s in report["facts"]["license"]["sources"] if s["kind"] == "manifest")
    assert manifest["expression"] == "MIT OR Apache-2.0", manifest
    desc = {"README.md": "# outil\n\nUn paquet R.\n", "R/a.R": "f <- function() 1\n",
            "setup.cfg": "[metadata]\nname = outil\nlicense = GPLv2 or GPLv3\n"}
    report, _ = judge(tmp_path, desc, ["licensing.consistent"], name="cfg")
    manifest = next(s for s in report["facts"]["license"]["sources"] if s["kind"] == "manifest")
    assert manifest["expression"] == "GPL-2.0 OR GPL-3.0", manifest
