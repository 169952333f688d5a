"""Session 13 (r3's State reads, IGNF/geoportal-access-lib): a licence file that states the project's licence in a sentence ("This
software is released under the licence CeCILL-B"), then under "## Third party code" quotes a bundled library's full MIT text. The MIT
text outweighed the sentence and the manifest (package.json "CECILL-B"): the project's licence is the one stated above the third-party
part; the full texts below are the bundled code's."""

from __future__ import annotations

from tests.test_licensing_checks import LICENSING, run, text  # noqa: F401 (run: the fixture building a repository and auditing it)

LIB = {"README.md": "# Geoportal access\n\nA library to reach the Geoportal's services.\n", "src/index.js": "export const x = 1;\n",
       "package.json": '{\n  "name": "geoportal-access",\n  "version": "3.4.6",\n  "license": "CECILL-B"\n}\n'}
NOTICE = ("# Geoportal access library\n\nThis software is released under the licence CeCILL-B (Free BSD compatible)\n\n"
          "You may obtain a copy of the License at :\n\nhttp://www.cecill.info/licences/Licence_CeCILL-B_V1-en.txt\n\n"
          "Copyright (c) 2016-2017 IGN\n\n## Third party code :\n\nThe library includes the following third party code :\n\n"
          "### ES6-Promise\n\nLicensed under MIT license\n\n")


def test_the_licence_stated_above_a_third_party_text_is_the_projects(run):
    res, lic = run({**LIB, "LICENCE.md": NOTICE + text("MIT") + "\n"})
    assert lic["spdx"] == "CECILL-B", lic
    assert lic["license_files"][0]["bundled"] == ["MIT"], lic["license_files"][0]
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]
    # the file names CeCILL-B without its text: said so, never "a text slightly different from the official one"
    lf = res["licensing.license-file"]
    assert lf["status"] == "warn" and "without its full text" in lf["message"]["en"], lf["message"]


def test_a_full_text_with_no_third_party_part_stays_the_licence(run):
    res, lic = run({**LIB, "LICENCE.md": "Copyright (c) 2016 IGN\n\n" + text("MIT") + "\n"})
    assert lic["spdx"] == "MIT", lic
