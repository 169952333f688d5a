"""licensing (issue 12, session 31 fixer j31 = reader r8a, numerique-gouv/dimail-ui): a Debian package's machine-readable
debian/copyright (DEP-5: "Files: * / License: CC-BY-NC-SA-3.0", in src/debian/ beside the code it packages) declared nothing, so
the report never said the packaging calls the project non-free while the copied headers say AGPL."""

from __future__ import annotations

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

DEP5 = """Format: http://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: outil
Upstream-Contact: Exemple <exemple@example.org>

Files: *
Copyright: (c) 2024
License: {licence}
"""
HEADER = """/*
 * @license AGPL-3.0
 *
 * This code is free software: you can redistribute it and/or modify
 * it under the terms of the GNU Affero General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 */
define('plugin/{n}', [], function () {{ return {n}; }});
"""


def _plugins(**extra) -> dict:
    files = {f"src/apps/p{n}/register.js": HEADER.format(n=n) for n in range(3)}
    files.update({"README.md": "# Outil\n\nPlugins.\n", "src/debian/control": "Source: outil\nSection: non-free/web\n"}, **extra)
    return files


def test_a_dep5_copyright_declares_the_packages_licence(run):  # noqa: F811
    res, lic = run(_plugins(**{"src/debian/copyright": DEP5.format(licence="CC-BY-NC-SA-3.0")}),
                   only=["licensing.open-license", "licensing.consistent"])
    assert lic["declared"] == [{"file": "src/debian/copyright", "value": "CC-BY-NC-SA-3.0", "line": 7}], lic["declared"]
    assert lic["conflict"] is True and lic["spdx"] is None, lic  # (the headers' AGPL against the package's non-free licence)
    assert res["licensing.consistent"]["status"] == "fail", res["licensing.consistent"]["message"]


def test_a_root_dep5_agreeing_with_the_licence_text(run):  # noqa: F811
    files = {"LICENSE": text("GPL-2.0-only"), "debian/copyright": DEP5.format(licence="GPL-2+"), "src/main.c": "int main(void) { return 0; }\n"}
    res, lic = run(files, only=["licensing.consistent"])
    assert lic["declared"] == [{"file": "debian/copyright", "value": "GPL-2+", "line": 7}], lic["declared"]
    assert lic["spdx"] == "GPL-2.0-or-later", lic  # (the package grants "or later"; the GPL text leaves the choice to the notice)
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_expat_is_mit_and_free_text_copyright_declares_nothing(run):  # noqa: F811
    _res, lic = run({"LICENSE": text("MIT"), "debian/copyright": DEP5.format(licence="Expat"), "main.py": "print(1)\n"},
                    only=["licensing.open-license"])
    assert lic["declared"] == [{"file": "debian/copyright", "value": "MIT", "line": 7}], lic["declared"]
    free = "This package was debianized by Exemple.\n\nLicense: GPL-2+\n"
    _res, lic = run({"LICENSE": text("MIT"), "debian/copyright": free, "main.py": "print(1)\n"}, only=["licensing.open-license"])
    assert lic["declared"] == [], lic["declared"]


def test_a_vendored_packages_copyright_is_not_the_projects(run):  # noqa: F811
    files = {"LICENSE": text("MIT"), "vendor/libx/debian/copyright": DEP5.format(licence="GPL-3+"), "main.py": "print(1)\n"}
    _res, lic = run(files, only=["licensing.open-license"])
    assert lic["declared"] == [], lic["declared"]
