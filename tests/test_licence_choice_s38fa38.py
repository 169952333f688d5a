"""A copied library's licence text offering a choice of licences (issue 12, session 38 fixer fa38 = Romain64290/stationnement_pesh and
Romain64290/zero_dechet, readers ra37/rc37): CKEditor, on the copied admin template's plugins/ shelf, keeps at its folder's top a
LICENSE.md whose notice grants "any of the following licenses at your choice" (GPL 2 or later, LGPL 2.1 or later, MPL 1.1 or later)
above the three full texts. licensing.dependencies listed it "no license declared": the licence index found several texts, and several
texts were read as no licence. A licence text offering a choice is a disjunctive licence, an SPDX OR expression, judged as such; a file
that only gives the licences of bundled parts, each under its own, offers no choice. Minimal fixtures written for the test (a rich-text
editor's folder, its notice reworded, on the made-up template DashLite's shelf)."""

from __future__ import annotations

from auditor.licenses.matcher import load_data
from tests.test_local_authority_verdicts import judge
from tests.test_ui_template_copy_s37fc37 import REPO


def _text(lid: str) -> str:
    return load_data()["licenses"][lid]["texts"][0]["text"]


BANNER = "/*\nCopyright (c) 2003-2016, CKSource - Frederico Knabben. All rights reserved.\nFor licensing, see LICENSE.md\n*/\n"
CHOICE = ("Software License Agreement\n==========================\n\nEdito - a text editor for the web\nCopyright (c) 2003-2016, Edito Labs."
          " All rights reserved.\n\nLicensed under the terms of any of the following licenses at your\nchoice:\n\n"
          " - GNU General Public License Version 2 or later (the \"GPL\")\n   http://www.gnu.org/licenses/gpl.html\n\n"
          " - GNU Lesser General Public License Version 2.1 or later (the \"LGPL\")\n   http://www.gnu.org/licenses/lgpl.html\n\n"
          " - Mozilla Public License Version 1.1 or later (the \"MPL\")\n   http://www.mozilla.org/MPL/MPL-1.1.html\n\n"
          "Sources of Intellectual Property Included in Edito\n---------------------------------------------------\n\n"
          "Where not otherwise indicated, all Edito content is authored by Edito Labs.\n\n---\n\n")
EDITO = {
    "plugins/ckeditor/ckeditor.js": BANNER + "(function(){window.CKEDITOR={version:'4.5.7'};})();\n",
    "plugins/ckeditor/lang/fr.js": BANNER + "CKEDITOR.lang['fr']={editor:'Éditeur'};\n",
    "modules/admin/journal.php": "<?php\nsession_start();\n?>\n<html><body><textarea id=\"texte\"></textarea>\n"
                                 "<script src=\"../../plugins/ckeditor/ckeditor.js\"></script>\n</body></html>\n",
    "plugins/ckeditor/LICENSE.md": CHOICE + "Appendix A: The GPL License\n---------------------------\n\n" + _text("GPL-2.0-only")
                                + "\nAppendix B: The LGPL License\n----------------------------\n\n" + _text("LGPL-2.1-only")
                                + "\nAppendix C: The MPL License\n---------------------------\n\n" + _text("MPL-1.1"),
}
# near miss: a library's licence file that gives the licences of the parts it bundles, each under its own: no choice offered
BUNDLED = {
    "plugins/ckeditor/LICENSE.md": "Edito bundles the following third-party components, each under its own licence.\n\n"
                                "Component Mini:\n\n" + _text("MIT") + "\n\nComponent Tiny:\n\n" + _text("BSD-3-Clause"),
}


def _edito(tmp_path, files):
    report, res = judge(tmp_path, files, ["licensing.dependencies"])
    libs = {lib["name"]: lib for lib in report["facts"]["inventory"]["libraries"]}
    return libs["ckeditor"], res["licensing.dependencies"]


def test_a_licence_text_offering_a_choice_is_the_librarys_or_expression(tmp_path):
    lib, dep = _edito(tmp_path, {**REPO, **EDITO})
    assert lib["license"] == "GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1", lib
    unknown = [e for e in dep["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("name") == "ckeditor"]
    assert not unknown, dep["evidence"]
    assert dep["status"] == "pass", dep["message"]


def test_the_licences_of_bundled_parts_are_no_choice(tmp_path):
    lib, dep = _edito(tmp_path, {**REPO, **EDITO, **BUNDLED})
    assert lib["license"] is None, lib
    assert any(isinstance(e.get("value"), dict) and e["value"].get("name") == "ckeditor" for e in dep["evidence"]), dep["evidence"]
