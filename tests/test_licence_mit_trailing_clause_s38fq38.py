"""license.spdx and license.declared (issue 12, s38 fq38 = reader rt38, ANSSI-FR/tabi and ANSSI-FR/mabo).

1. A LICENSE titled "The MIT License (MIT)" holds MIT's grant and disclaimer, then X11's no-endorsement clause ("Except as
contained in this notice, the name(s) of the above copyright holders shall not be used in advertising…") AFTER the disclaimer.
The matcher, blind to order, chose X11-swapped (whose point is that clause placed BEFORE the disclaimer) over MIT by 0.004 of
coverage. A variant defined by its paragraphs' order is not the text that keeps another order: when a licence as close matches
in order, it is that one (MIT, the clause left after it). Near miss: SPDX's own X11-swapped order stays X11-swapped.

2. An OCaml package's opam file (license: "MIT") is a manifest declaring the project's licence, as package.json or setup.py;
a <name>.opam file too (opam 2.0, a list of licences: its first). Near miss: an opam file without a license field declares none.
"""

from __future__ import annotations

from tests.test_licensing_checks import run, text  # noqa: F401 (run: the fixture building a repository and auditing it)

GRANT = """Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.
"""
DISCLAIMER = """THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
"""
CLAUSE = """Except as contained in this notice, the name(s) of the above copyright holders
shall not be used in advertising or otherwise to promote the sale, use or other
dealings in this Software without prior written authorization.
"""
HEAD = "The MIT License (MIT)\n\nCopyright Agence Exemple (2015-2017)\nContributors : Jeanne Martin, Paul Durand\n\n"
README = "# sondebgp\n\nDetects route hijacks in BGP archives.\n"
SETUP = "from setuptools import setup\n\nsetup(name='sondebgp', version='1.0', license='mit', packages=['sondebgp'])\n"
CODE = {"sondebgp/__init__.py": "# sondebgp, licensed under the MIT license\n\ndef parse(line):\n    return line.split('|')\n"}


def test_mit_with_the_no_endorsement_clause_after_the_disclaimer_is_mit(run):
    _, lic = run({"LICENSE.txt": HEAD + GRANT + "\n" + DISCLAIMER + "\n" + CLAUSE, "README.md": README, "setup.py": SETUP, **CODE})
    assert lic["spdx"] == "MIT", (lic["spdx"], lic["license_files"])


def test_the_swapped_order_stays_x11_swapped(run):
    _, lic = run({"LICENSE.txt": "Copyright (c) 2015 Jeanne Martin\n\n" + GRANT + "\n" + CLAUSE + "\n" + DISCLAIMER, "README.md": README,
                  **CODE})
    assert lic["spdx"] == "X11-swapped", (lic["spdx"], lic["license_files"])


def test_spdx_x11_swapped_text_stays_x11_swapped(run):
    _, lic = run({"LICENSE": text("X11-swapped"), "README.md": README, **CODE})
    assert lic["spdx"] == "X11-swapped", lic["spdx"]


OPAM = ('opam-version: "1.2"\nname: "sondemrt"\nversion: "1.0"\nmaintainer: "Jeanne Martin <jeanne@example.org>"\n{lic}'
        'build: [ make "sondemrt" ]\ndepends: [ "ocamlfind" "yojson" ]\n')
ML = {"src/parser.ml": "let parse s = String.split_on_char '|' s\n", "README.md": "# sondemrt\n\nAn MRT parser in OCaml.\n"}


def test_an_opam_file_declares_its_licence(run):
    _, lic = run({"opam": OPAM.format(lic='license: "MIT"\n'), "LICENSE.txt": text("MIT"), **ML})
    assert [(d["file"], d["value"], d["line"]) for d in lic["declared"]] == [("opam", "MIT", 5)], lic["declared"]


def test_a_named_opam_file_with_a_list_declares_its_first_licence(run):
    _, lic = run({"sondemrt.opam": OPAM.format(lic='license: [ "ISC" "MIT" ]\n'), "LICENSE.txt": text("ISC"), **ML})
    assert [(d["file"], d["value"]) for d in lic["declared"]] == [("sondemrt.opam", "ISC")], lic["declared"]


def test_an_opam_file_without_a_licence_declares_none(run):
    _, lic = run({"opam": OPAM.format(lic=""), "LICENSE.txt": text("MIT"), **ML})
    assert lic["declared"] == [], lic["declared"]
