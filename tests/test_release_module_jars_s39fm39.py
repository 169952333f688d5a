"""The module jars of a copied release, and their copies elsewhere, are that release (issue 12, s39 fm39 = re-reader va39 on
elucas0/SAE-PNR).

A JavaFX course project commits javafx-sdk-17.0.2/ (bin/ natives, lib/ with javafx.base.jar, javafx.controls.jar, javafx-swt.jar…)
and copies the same module jars into lib/ beside its other libraries: reusability.dependencies counted "javafx-sdk 17.0.2" plus
javafx-swt, javafx.base, javafx.controls… (9 libraries for one JavaFX). A jar of a release folder named with the release's first word
is one of its modules; a jar elsewhere with the same file name and the same content is that module copied: one release in all.
A jar that only shares the name but not the content, and a jar of another name dropped into the release folder, stay their own.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_copied_binaries_cms_s18_h2 import EXE, WHEN, _inventory

APP = {"README.md": "# Observations\n\nApplication de saisie des observations de la faune.\n",
       "src/view/Main.java": "package view;\n\npublic class Main {\n    public static void main(String[] args) { }\n}\n"}
MODULES = ["toolkit.base", "toolkit.controls", "toolkit.fxml", "toolkit-swt"]


def _jar(seed: str) -> bytes:
    return b"PK\x03\x04" + seed.encode() + b"\x00" * 64


def _libs(tmp_path, files):
    _, libs = _inventory(make_repo(tmp_path / "obs", [{"files": {**APP, **files}, **WHEN}]))
    return {(lib["name"], lib["version"]): lib for lib in libs}


def test_module_jars_of_a_release_and_their_copies_are_that_release(tmp_path):
    files = {"toolkit-sdk-17.0.2/bin/glass.dll": EXE, "toolkit-sdk-17.0.2/bin/prism_d3d.dll": EXE,
             **{f"toolkit-sdk-17.0.2/lib/{m}.jar": _jar(m) for m in MODULES},
             **{f"lib/{m}.jar": _jar(m) for m in MODULES},
             "toolkit-sdk-17.0.2/lib/opencsv-5.6.jar": _jar("opencsv"), "lib/opencsv-5.6.jar": _jar("opencsv"),
             "lib/mysql-connector-java-8.0.29.jar": _jar("mysql")}
    by_name = _libs(tmp_path, files)
    assert sorted(by_name) == [("mysql-connector-java", "8.0.29"), ("opencsv", "5.6"), ("toolkit-sdk", "17.0.2")], sorted(by_name)
    assert by_name[("toolkit-sdk", "17.0.2")]["files"] == 2 + 2 * len(MODULES), by_name


def test_a_jar_of_the_same_name_but_other_content_stays_its_own(tmp_path):
    files = {"toolkit-sdk-17.0.2/bin/glass.dll": EXE, "toolkit-sdk-17.0.2/lib/toolkit.base.jar": _jar("sdk"),
             "lib/toolkit.base.jar": _jar("patched build"), "lib/toolkit.web.jar": _jar("web")}
    by_name = _libs(tmp_path, files)
    assert sorted(by_name) == [("toolkit-sdk", "17.0.2"), ("toolkit.base", None), ("toolkit.web", None)], sorted(by_name)
