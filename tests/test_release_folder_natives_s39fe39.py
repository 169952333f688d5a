"""A runtime SDK copied whole is one copied component (issue 12, s39 fe39 = measure reader ra39 on elucas0/SAE-PNR).

A JavaFX course project commits javafx-sdk-17.0.2/ (its bin/ of 56 DLLs, 41 of them the Universal CRT's api-ms-win-*.dll forwarders
and 4 the Visual C++ runtime, its lib/ of jars, its legal/): reusability.dependencies said "73 librar(y/ies) copied
(api-ms-win-core-console-l1-1-0, api-ms-win-core-console-l1-2-0, …)". The native files inside a folder named like a release are that
release; the Windows C/C++ runtime's files are one redistributable wherever they lie. Native libraries of a plain folder stay each
their own.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_copied_binaries_cms_s18_h2 import EXE, WHEN, _inventory

RUNTIME = ["api-ms-win-core-console-l1-1-0", "api-ms-win-core-file-l1-2-0", "api-ms-win-crt-heap-l1-1-0", "ucrtbase", "msvcp140",
           "vcruntime140", "vcruntime140_1"]
SDK = ["glass", "prism_d3d", "javafx_font", "jfxmedia", "gstreamer-lite"]
APP = {"README.md": "# Observations\n\nApplication de saisie des observations de la faune.\n",
       "src/view/Main.java": "package view;\n\npublic class Main {\n    public static void main(String[] args) { }\n}\n"}


def test_the_natives_of_a_release_folder_are_that_release(tmp_path):
    files = {**APP, **{f"runtime-sdk-21.0.1/bin/{n}.dll": EXE for n in RUNTIME + SDK},
             "runtime-sdk-21.0.1/lib/opencsv-5.6.jar": b"PK\x03\x04" + b"\x00" * 100}
    _, libs = _inventory(make_repo(tmp_path / "obs", [{"files": files, **WHEN}]))
    by_name = {(lib["name"], lib["version"]): lib for lib in libs}
    assert ("runtime-sdk", "21.0.1") in by_name and by_name[("runtime-sdk", "21.0.1")]["files"] == len(RUNTIME + SDK), sorted(by_name)
    assert not any(name.startswith(("api-ms-win", "glass", "vcruntime")) for name, _ in by_name), sorted(by_name)
    assert ("opencsv", "5.6") in by_name, sorted(by_name)  # (a versioned jar dropped in keeps its own name)


def test_the_c_runtimes_files_are_one_redistributable_wherever_they_lie(tmp_path):
    files = {**APP, **{f"bin/{n}.dll": EXE for n in RUNTIME}, "bin/libiconv-2.dll": EXE, "bin/gdal.dll": EXE}
    _, libs = _inventory(make_repo(tmp_path / "obs", [{"files": files, **WHEN}]))
    names = sorted(lib["name"] for lib in libs)
    assert names == ["gdal", "libiconv", "microsoft-visual-c++-runtime"], names


def test_native_libraries_of_a_plain_folder_stay_each_their_own(tmp_path):
    files = {**APP, "bin/libiconv-2.dll": EXE, "bin/gdal.dll": EXE, "bin/proj_9.dll": EXE}
    _, libs = _inventory(make_repo(tmp_path / "obs", [{"files": files, **WHEN}]))
    assert sorted((lib["name"], lib["version"]) for lib in libs) == [("gdal", None), ("libiconv", "2"), ("proj", "9")], libs
