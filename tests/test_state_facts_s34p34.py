"""Files, licence and activity facts on State repositories (issue 12, s34 p34, reader r14a).

- betagouv/lab-anssi-rula: activity.authors_365d counted "Pierre Leroy" <pierre.leroy@…> and the GitHub account
  "pie-leroy" <…+pie-leroy@users.noreply.github.com> as two people. A login made of the start of a first name and the surname
  (the two parts joined by a hyphen) is the one full name of the history it fits, as an initial and a surname already was;
  two full names it fits, or a login that is no start of the first name, stay apart."""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_state_files_s15_k5 import audit, license_text


def _authors(repo, authors, name="r"):
    return ctx_for(_history(repo, authors, name=name)).fact("activity")["authors_365d"]


def test_a_login_of_a_first_names_start_and_the_surname_is_that_person(repo):
    pierre = [("Pierre Leroy", "pierre.leroy@beta.gouv.fr")] * 4 + [("pie-leroy", "48323666+pie-leroy@users.noreply.github.com")] * 3
    other = [("Camille Durand", "camille.durand@beta.gouv.fr")] * 2
    assert _authors(repo, pierre + other) == 2
    joined = [("Leroy, Pierre", "p.leroy@example.org"), ("pierleroy", "7+pierleroy@users.noreply.github.com")]
    assert _authors(repo, joined, name="j") == 1


def test_two_full_names_or_another_first_name_stay_apart(repo):
    two = [("Pierre Leroy", "pierre.leroy@beta.gouv.fr"), ("Pierrick Leroy", "pierrick.leroy@example.org"),
           ("pie-leroy", "48323666+pie-leroy@users.noreply.github.com")]
    assert _authors(repo, two) == 3
    other = [("Pierre Leroy", "pierre.leroy@beta.gouv.fr"), ("mar-leroy", "5+mar-leroy@users.noreply.github.com")]
    assert _authors(repo, other, name="o") == 2


# - ANSSI-FR/packetweaver: license.files was [] though the project's one licence text is packetweaver/LICENSE (a GPL notice), in the
#   folder holding all its code, taken as the project's licence: that text is its licence file, wherever it sits; a licence text in
#   a folder holding a minor part of the code (a component's) is no licence file of the project.
GPL_NOTICE = ("Copyright (C) 2017 ANSSI\n\nThis program is free software; you can redistribute it and/or modify it under the terms of "
              "the GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or (at "
              "your option) any later version.\n")
WEAVER = {"README.md": "# PacketWeaver\n\nA Python framework for protocol testing.\n\n## License\nFor the source code, please refer "
                       "to the LICENSE file.\n", "setup.py": "from setuptools import setup\nsetup(name='pw')\n",
          "packetweaver/LICENSE": GPL_NOTICE, "packetweaver/__init__.py": "",
          **{f"packetweaver/core/m{i}.py": f"def f{i}(x):\n    return x + {i}\n" for i in range(6)}}


def test_the_licence_text_beside_all_the_code_is_the_projects_licence_file(tmp_path):
    lic = audit(tmp_path, WEAVER, ["licensing.license-file"])["facts"]["license"]
    assert lic["spdx"] == "GPL-2.0-or-later" and lic["files"] == ["packetweaver/LICENSE"], (lic["spdx"], lic["files"])


def test_a_components_licence_text_is_no_licence_file_of_the_project(tmp_path):
    files = {**WEAVER, "packetweaver/LICENSE": None, "plugin/LICENSE": GPL_NOTICE, "plugin/p.py": "def p():\n    return 1\n"}
    lic = audit(tmp_path, {k: v for k, v in files.items() if v is not None}, ["licensing.license-file"])["facts"]["license"]
    assert lic["files"] == [], lic["files"]


# - ANSSI-FR/MLA: license.declared was [] though the crates holding the code declare license = "LGPL-3.0-only" (mla/Cargo.toml,
#   mlar/Cargo.toml): the root Cargo.toml is a virtual workspace ([workspace], no [package]) that declares nothing and was taken as
#   the project's silent manifest. A root Cargo.toml with a [package] of its own stays the project's manifest.
WORKSPACE = "[workspace]\nmembers = [\"mla\", \"mlar\", \"fuzz\"]\nresolver = \"3\"\n\n[profile.release]\nlto = true\n"
CRATE = "[package]\nname = \"{name}\"\nversion = \"1.0.0\"\nedition = \"2021\"\nlicense = \"LGPL-3.0-only\"\n"
ARCHIVE = {"README.md": "# MLA\n\nMulti Layer Archive.\n", "Cargo.toml": WORKSPACE,
           "mla/Cargo.toml": CRATE.format(name="mla"), "mlar/Cargo.toml": CRATE.format(name="mlar"),
           "fuzz/Cargo.toml": "[package]\nname = \"fuzz\"\nversion = \"0.1.0\"\n", "fuzz/src/main.rs": "fn main() {}\n",
           **{f"mla/src/m{i}.rs": f"pub fn f{i}() -> u32 {{ {i} }}\n" for i in range(5)},
           **{f"mlar/src/c{i}.rs": f"pub fn c{i}() -> u32 {{ {i} }}\n" for i in range(3)}}


def test_a_virtual_workspaces_crates_declare_the_licence(tmp_path):
    lic = audit(tmp_path, {**ARCHIVE, "LICENSE.md": license_text("LGPL-3.0-only")}, ["licensing.consistent"])["facts"]["license"]
    assert [d["file"] for d in lic["declared"]] == ["mla/Cargo.toml", "mlar/Cargo.toml"], lic["declared"]
    assert lic["spdx"] == "LGPL-3.0-only"


def test_a_root_crate_stays_the_projects_manifest(tmp_path):
    root = WORKSPACE + "\n[package]\nname = \"mla-all\"\nversion = \"1.0.0\"\n"
    lic = audit(tmp_path, {**ARCHIVE, "Cargo.toml": root, "LICENSE.md": license_text("LGPL-3.0-only")},
                ["licensing.consistent"])["facts"]["license"]
    assert lic["declared"] == [], lic["declared"]


# - IGNF/ContinuousGeneralisation: files.docs was ContinuousGeneralizer/Citations/eigen/doc/ and files.tests true, both the Eigen
#   library's: its whole Mercurial repository unpacked in the project (.hg_archival.txt, .hgtags and COPYING.* at its top, doc/,
#   test/). Such a folder is a copy of another project; a folder of the project with a licence of its own but no such stamp stays
#   the project's.
EIGEN = {"Citations/eigen/.hg_archival.txt": "repo: 8a21fd850624c931e448cbcfb38168cb2717c790\nnode: 10219c95fe65\n",
         "Citations/eigen/.hgtags": "2b9e1c5d0c1cd8d1a8c5da2e0d3a1f2bd39b5c47 3.3.4\n",
         "Citations/eigen/COPYING.MPL2": "Mozilla Public License Version 2.0\n", "Citations/eigen/CMakeLists.txt": "project(Eigen3)\n",
         "Citations/eigen/doc/QuickStartGuide.dox": "/** \\page GettingStarted Getting started */\n",
         "Citations/eigen/doc/examples/tut.cpp": "#include <Eigen/Dense>\nint main() { return 0; }\n",
         "Citations/eigen/test/basicstuff.cpp": "#include \"main.h\"\nvoid test_basicstuff() { VERIFY(1 == 1); }\n",
         "Citations/eigen/test/main.h": "#define VERIFY(a) assert(a)\n"}
GENERALIZER = {"README.md": "# ContinuousGeneralisation\n\nA prototype of continuous generalisation of maps.\n",
               **{f"Generalizer/C{i}.cs": f"namespace G {{ public class C{i} {{ public int F() {{ return {i}; }} }} }}\n" for i in range(6)}}


def test_a_libraries_unpacked_repository_holds_no_docs_nor_tests_of_the_project(tmp_path):
    files = audit(tmp_path, {**GENERALIZER, **EIGEN}, ["reusability.tests-and-ci"])["facts"]["files"]
    assert files["tests"] is False and not (files.get("docs") or "").startswith("Citations/eigen"), (files["tests"], files.get("docs"))


def test_a_folder_without_the_stamp_stays_the_projects(tmp_path):
    own = {k: v for k, v in EIGEN.items() if not k.endswith((".hg_archival.txt", ".hgtags"))}
    files = audit(tmp_path, {**GENERALIZER, **own}, ["reusability.tests-and-ci"])["facts"]["files"]
    assert files["tests"] is True, files["tests"]


# ContinuousGeneralisation's one test file left after that: CTest.cs, an empty class "CTest" (the tool's C-prefix class naming) beside
# an empty "CTestPoint : PointClass", taken as a test class by its name. An empty class holds no test; one with [Test] methods does.
def test_an_empty_class_named_like_a_test_is_no_test(tmp_path):
    ctest = "using System;\n\nnamespace M.CUtility\n{\n    class CTest\n    {\n    }\n\n    public class CTestPoint : PointClass\n    {\n\n    }\n}\n"
    files = audit(tmp_path, {**GENERALIZER, "M/CUtility/CTest.cs": ctest}, ["reusability.tests-and-ci"])["facts"]["files"]
    assert files["tests"] is False, files["tests"]
    real = ctest.replace("    class CTest\n    {\n    }", "    [TestFixture]\n    class CTest\n    {\n        [Test] public void Adds() { Assert.AreEqual(2, 1 + 1); }\n    }")
    files = audit(tmp_path / "t", {**GENERALIZER, "M/CUtility/CTest.cs": real}, ["reusability.tests-and-ci"])["facts"]["files"]
    assert files["tests"] is True, files["tests"]
