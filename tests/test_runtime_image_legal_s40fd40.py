"""A copied Java runtime image's licence is read from its legal/<module>/LICENSE files, and the GPL with its Classpath exception
binds no project that links it (issue 12, s40 fd40 = elucas0/SAE-PNR).

A JavaFX course project commits javafx-sdk-17.0.2/ (bin/ natives, lib/ module jars) whose licence is given, as in every JDK and
JavaFX image, in legal/<module>/LICENSE: the GPL version 2 followed by its "CLASSPATH" EXCEPTION TO THE GPL. No licence file sits at
the SDK folder's top, so the library's licence stayed unknown and licensing.dependencies said "not measured". The near misses: a
legal/ folder under a folder named otherwise is not the library's; the GPL without the exception stays GPL-2.0-only, incompatible
with an MIT project."""

from __future__ import annotations

from auditor.licenses.compat import verdict
from tests.gitrepo import make_repo
from tests.test_copied_binaries_cms_s18_h2 import EXE, WHEN, _inventory

APP = {"README.md": "# Observations\n\nApplication de saisie des observations de la faune.\n",
       "src/view/Main.java": "package view;\n\npublic class Main {\n    public static void main(String[] args) { }\n}\n"}
GPL2 = ("The GNU General Public License (GPL)\n\nVersion 2, June 1991\n\nCopyright (C) 1989, 1991 Free Software Foundation, Inc.\n"
        "Everyone is permitted to copy and distribute verbatim copies of this license document, but changing it is not allowed.\n\n"
        "Preamble\n\nThe licenses for most software are designed to take away your freedom to share and change it.\n"
        + "\nTerms and conditions follow.\n" * 20 + "\nEND OF TERMS AND CONDITIONS\n")
EXCEPTION = ("\n\"CLASSPATH\" EXCEPTION TO THE GPL\n\nCertain source files distributed by the vendor are subject to the following "
             "clarification and special exception to the GPL.\n\nAs a special exception, the copyright holders give you permission to "
             "link this library with independent modules to produce an executable, regardless of the license terms of these "
             "independent modules.\n")


def _jar(seed: str) -> bytes:
    return b"PK\x03\x04" + seed.encode() + b"\x00" * 64


def _sdk(root: str, licence: str) -> dict:
    return {f"{root}/bin/glass.dll": EXE, f"{root}/bin/prism_d3d.dll": EXE,
            **{f"{root}/lib/toolkit.{m}.jar": _jar(m) for m in ("base", "controls")},
            **{f"{root}/legal/toolkit.{m}/LICENSE": licence for m in ("base", "controls")},
            f"{root}/legal/toolkit.base/ADDITIONAL_LICENSE_INFO": "Additional information about licensing: the GNU General Public License version 2 with the GNU Classpath Exception.\n"}


def _licence(tmp_path, files, name="toolkit-sdk"):
    _, libs = _inventory(make_repo(tmp_path / "obs", [{"files": {**APP, **files}, **WHEN}]))
    return next(lib["license"] for lib in libs if lib["name"] == name)


def test_runtime_image_legal_licence_with_classpath_exception(tmp_path):
    copies = {f"lib/toolkit.{m}.jar": _jar(m) for m in ("base", "controls")}  # (the module jars copied beside the application, listed first)
    lid = _licence(tmp_path, {**_sdk("toolkit-sdk-17.0.2", GPL2 + EXCEPTION), **copies})
    assert lid == "GPL-2.0-only WITH Classpath-exception-2.0", lid
    assert verdict(["MIT"], lid)[0] == "ok" and verdict(["EUPL-1.2"], lid)[0] == "conditional", (verdict(["MIT"], lid), verdict(["EUPL-1.2"], lid))


def test_gpl_without_the_exception_stays_gpl_only(tmp_path):
    lid = _licence(tmp_path, _sdk("toolkit-sdk-17.0.2", GPL2))
    assert lid == "GPL-2.0-only" and verdict(["MIT"], lid)[0] == "incompatible", lid


def test_legal_folder_of_a_folder_named_otherwise_is_not_the_library(tmp_path):
    files = {**_sdk("toolkit-sdk-17.0.2", GPL2 + EXCEPTION), **{f"vendor/legal/toolkit.{m}/LICENSE": GPL2 + EXCEPTION for m in ("base",)}}
    files = {k.replace("toolkit-sdk-17.0.2/legal/", "docs/legal/"): v for k, v in files.items()}
    assert _licence(tmp_path, files) is None
