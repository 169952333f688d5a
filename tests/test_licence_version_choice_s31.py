"""licensing (issue 12, session 31 fixer j31 = readers r8a and r8b, State services' repositories): the licence's version choice
and two root files naming different licences.

- the headers and the README grant "either version 3 of the License, or (at your option) any later version" but the pyproject
  classifier "LGPLv3" (a name, read "-only") came first: the project was LGPL-3.0-only;
- "@license AGPL-3.0" (SPDX's deprecated id) atop a comment granting "or (at your option) any later version" was AGPL-3.0-only;
- a pkgdown page's docs/LICENSE-text.html (the GPL text in a <pre>) was "or later" from a script's integrity hash ("…Y3+SU1…")
  in the page's <head>;
- LICENSE (the AGPL-3.0 text) and LICENSE.md ("distribué sous la licence GPLv3") for the same code, with the headers on the AGPL's
  side, made "AGPL-3.0-only AND GPL-3.0-only": the text is the licence, the notice a disagreement."""

from __future__ import annotations

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

LGPL_HEADER = '''"""Module {n}.

* ACETONE is free software ;
* you can redistribute it and/or modify it under the terms of the GNU Lesser General Public
* License as published by the Free Software Foundation ;
* either version 3 of  the License, or (at your option) any later version.
*
* See the GNU Lesser General Public License for more details.
"""

def f{n}():
    return {n}
'''
PYPROJECT = ('[project]\nname = "outil"\nversion = "1.0"\nclassifiers = [\n'
             '    "License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)",\n]\n')
README_LGPL = ("# Outil\n\nA code generator.\n\n## License\n\nThe project is under the GNU Lesser General Public License as published by the "
               "Free Software Foundation ; either version 3 of  the License or (at your option) any later version.\n")

OX_HEADER = """/*
 *
 * @copyright Copyright (c) Exemple GmbH
 * @license AGPL-3.0
 *
 * This code is free software: you can redistribute it and/or modify
 * it under the terms of the GNU Affero General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 */

define('plugin/{n}', [], function () {{
    'use strict';
    return {n};
}});
"""

PKGDOWN_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>License • outil</title>
<script src="https://cdnjs.cloudflare.com/ajax/libs/sticky-kit/1.1.3/sticky-kit.min.js" integrity="sha256-c4Rlo1ZozqTPE2RLuvbusY3+SU1pQaJC0TjuhygMipw=" crossorigin="anonymous"></script>
</head>
<body>
<div class="contents">
"""

IGN_HEADER = """//-----------------------------------------------------------------------------
//\t\t\t\t\t\t\t\t{n}.cpp
//
// Auteur : Exemple - IGN
// License : GNU AFFERO GENERAL PUBLIC LICENSE v3
//-----------------------------------------------------------------------------

int f{n}() {{ return {n}; }}
"""
GPL_NOTICE_MD = """# License

Outil est un projet open source distribué sous la licence GPLv3.
Le descriptif de cette license est disponible ici : <https://www.gnu.org/licenses/gpl-3.0.en.html>
"""


def _lgpl_project(headers: bool, readme: bool = True) -> dict:
    files = {"LICENSE": text("LGPL-3.0-only"), "pyproject.toml": PYPROJECT, "README.md": README_LGPL if readme else "# Outil\n"}
    for n in range(3):
        files[f"outil/m{n}.py"] = LGPL_HEADER.format(n=n) if headers else f"def f{n}():\n    return {n}\n"
    return files


def test_the_notices_or_later_beats_a_classifier_naming_the_version(run):  # noqa: F811
    res, lic = run(_lgpl_project(headers=True), only=["licensing.open-license", "licensing.consistent"])
    assert lic["spdx"] == "LGPL-3.0-or-later", lic
    assert lic["version_choice"]["choice"] == "or-later", lic["version_choice"]
    readme = next(s for s in lic["sources"] if s["kind"] == "readme")
    assert readme["ids"] == ["LGPL-3.0-or-later"], readme  # ("either version 3 of the License": the version the notice gives)
    # (the classifier names v3, not "v3 or later" (LGPLv3+): a statement to align, as a consistency finding)
    assert res["licensing.consistent"]["status"] == "warn", res["licensing.consistent"]["message"]


def test_a_classifier_alone_keeps_only(run):  # noqa: F811
    _res, lic = run(_lgpl_project(headers=False, readme=False), only=["licensing.open-license"])
    assert lic["spdx"] == "LGPL-3.0-only", lic


def test_a_declaration_saying_only_in_words_keeps_it(run):  # noqa: F811
    files = _lgpl_project(headers=True, readme=False)
    files["pyproject.toml"] = '[project]\nname = "outil"\nversion = "1.0"\nlicense = "LGPL-3.0-only"\n'
    _res, lic = run(files, only=["licensing.open-license"])
    assert lic["spdx"] == "LGPL-3.0-only", lic


def test_a_deprecated_tag_reads_the_grant_beside_it(run):  # noqa: F811
    files = {f"src/apps/p{n}/register.js": OX_HEADER.format(n=n) for n in range(3)}
    _res, lic = run(files, only=["licensing.open-license"])
    assert lic["spdx"] == "AGPL-3.0-or-later", lic
    plain = {p: t.replace(" * the Free Software Foundation, either version 3 of the License, or\n * (at your option) any later version.\n",
                          " * the Free Software Foundation, version 3 of the License.\n") for p, t in files.items()}
    _res, lic = run(plain, only=["licensing.open-license"])
    assert lic["spdx"] == "AGPL-3.0-only", lic  # (no grant of later versions: the tag's version)


def test_a_pkgdown_licence_page_gives_no_choice_from_its_markup(run):  # noqa: F811
    page = PKGDOWN_HEAD + "<pre>" + text("GPL-3.0-only") + "</pre>\n</div>\n</body>\n</html>\n"
    _res, lic = run({"docs/LICENSE-text.html": page, "README.md": "# Outil\n\nAn R package.\n", "R/a.R": "f <- function() 1\n"},
                    only=["licensing.open-license"])
    assert lic["spdx"] == "GPL-3.0-only", lic
    said = page.replace("<pre>", "<p>Outil is licensed under the GPL, version 3 or (at your option) any later version.</p>\n<pre>", 1)
    _res, lic = run({"docs/LICENSE-text.html": said, "README.md": "# Outil\n\nAn R package.\n", "R/a.R": "f <- function() 1\n"},
                    only=["licensing.open-license"])
    assert lic["spdx"] == "GPL-3.0-or-later", lic  # (the words a reader sees above the text still make the choice)


def test_the_headers_side_with_the_text_against_a_notice_file(run):  # noqa: F811
    files = {"LICENSE": text("AGPL-3.0-only"), "LICENSE.md": GPL_NOTICE_MD}
    files.update({f"Outil/Source/f{n}.cpp": IGN_HEADER.format(n=n) for n in range(4)})
    res, lic = run(files, only=["licensing.open-license", "licensing.consistent"])
    assert lic["spdx"] == "AGPL-3.0-only", lic
    assert [d["source"]["path"] for d in lic["disagreements"]] == ["LICENSE.md"], lic["disagreements"]
    assert res["licensing.consistent"]["status"] == "fail", res["licensing.consistent"]["message"]


def test_headers_split_between_both_leave_both_licences(run):  # noqa: F811
    files = {"LICENSE": text("AGPL-3.0-only"), "LICENSE.md": GPL_NOTICE_MD}
    files.update({f"Outil/Source/f{n}.cpp": IGN_HEADER.format(n=n) for n in range(2)})
    files.update({f"Outil/Other/g{n}.cpp": IGN_HEADER.format(n=n).replace("GNU AFFERO GENERAL PUBLIC LICENSE v3", "GPLv3") for n in range(2)})
    _res, lic = run(files, only=["licensing.open-license"])
    assert lic["spdx"] == "AGPL-3.0-only AND GPL-3.0-only", lic
