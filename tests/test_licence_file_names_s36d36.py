"""A licence named inside a file name joined by underscores (issue 12, s36 d36 = reader r18a, IGNF/roc4j): every Java header of
the library says "This software is released under the licence CeCILL" then "see Licence_CeCILL-C_fr.html see
Licence_CeCILL-C_en.html", and no LICENSE file nor pom.xml says more; the licence fact said CECILL, version not stated, because
"_" is a word character and the CeCILL-C rule's \\b never held inside "Licence_CeCILL-C_fr.html". A file name or identifier
one of whose parts is the word licence (LICENSE_MIT.txt, Licence_CeCILL-B_en.html) names the licence its other parts name;
"CeCILL" alone beside the CeCILL-C it points to is that one. An identifier with no licence part (my_mit_config) names none, nor
does a word that only begins like a licence's name (licence_cecillia_c.txt)."""

from __future__ import annotations

from auditor.licenses.notices import names_in
from tests.test_licensing_checks import run  # noqa: F401 (the fixture building a repository and auditing it)

HEADER = ("/*******************************************************************************\n"
          " * This software is released under the licence CeCILL\n * \n"
          " * see {fr} see {en}\n * \n"
          " * see <a href=\"http://www.cecill.info/\">http://www.cecill.info/a>\n * \n * @copyright IGN\n *\n"
          " * @author Une Autrice\n ******************************************************************************/\n")


def library(fr: str, en: str) -> dict:
    """Shaped like a Maven library of the IGN: no licence file, a pom without licence, the notice atop each .java file."""
    files = {"README.md": "# roc\n\nA Java library to estimate and plot ROC curves.\n",
             "pom.xml": "<project><groupId>fr.exemple</groupId><artifactId>roc</artifactId><version>1.0</version></project>\n"}
    for name in ("AreaUnderCurve", "Kernel", "Curve"):
        files[f"src/main/java/fr/exemple/roc/core/{name}.java"] = (HEADER.format(fr=fr, en=en) + "package fr.exemple.roc.core;\n\n"
                                                                   f"public class {name} {{\n    double value;\n}}\n")
    return files


def test_cecill_c_named_by_the_licence_files_the_headers_point_to(run):
    res, lic = run(library("Licence_CeCILL-C_fr.html", "Licence_CeCILL-C_en.html"))
    assert lic["spdx"] == "CECILL-C" and not lic.get("version_not_stated"), lic
    headers = next(s for s in lic["sources"] if s["kind"] == "file-headers")
    assert headers["ids"] == ["CECILL-C"] and headers["files"] == 3, headers
    assert res["licensing.authorized-fr"]["status"] == "pass", res["licensing.authorized-fr"]["message"]


def test_a_cecill_file_name_without_variant_stays_the_family_without_version(run):
    _, lic = run(library("Licence_CeCILL_fr.html", "Licence_CeCILL_en.html"))
    assert lic["spdx"] is None and lic["version_not_stated"] == ["CECILL"], lic


def test_licence_names_in_file_names_joined_by_underscores():
    assert [i for i, _ in names_in("see Licence_CeCILL-C_fr.html")] == ["CECILL-C"]
    assert [i for i, _ in names_in("The full text is in LICENSE_MIT.txt")] == ["MIT"]
    assert [i for i, _ in names_in("see http://www.cecill.info/licences/Licence_CeCILL-B_V1-en.html")] == ["CECILL-B"]
    assert [i for i, _ in names_in("Distributed under the terms in licence_cc_by_sa_4.0.txt")] == ["CC-BY-SA-4.0"]
    assert [i for i, _ in names_in("This software is released under the licence CeCILL, see Licence_CeCILL-B_en.html")] == ["CECILL-B"]


def test_identifiers_without_a_licence_part_name_no_licence():
    assert names_in("see licence_cecillia_c.txt") == []
    assert names_in("Set my_mit_config and gpl_helper in settings.py; pages in docs/mit_campus_map.md") == []
    assert names_in("the LICENSE_KEY variable") == []
