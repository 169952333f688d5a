"""A copied rich-text editor in a Drupal 7 module set (issue 12, session 48 fixer fb48 = GIP-RECIA/recia_yakforms_addons, reader rg47):
librairies/ckeditor/ holds CKEditor 4 whose minified ckeditor.js assigns its global an object with ``version:"4.21.0"`` (no banner
version), and whose LICENSE.md (76 KB) offers GPL 2+ / LGPL 2.1+ / MPL 1.1+ "at your choice" above a list of the parts included
in it under MIT, BSD-3… reusability.dependencies said "version not stated", licence "GPL… OR LGPL… OR MIT OR BSD-3-Clause OR SNIA"
(the parts' licences read as choices; the MPL text cut at 64 KB matched as SNIA, MPL dropped), and counted the modules' Drupal 7
.info (``dependencies[] = …``, for which Drupal 7 has no lockfile) as a manifest without a lockfile. Fixtures written for the test."""

from __future__ import annotations

from auditor.facts.vendored import describe
from auditor.licenses.choices import offered_choice
from auditor.licenses.matcher import get_index, load_data
from tests.test_local_authority_verdicts import judge


def _text(lid: str) -> str:
    return load_data()["licenses"][lid]["texts"][0]["text"]


EDITOR_JS = ("/*\nCopyright (c) 2003-2023, Quill Labs. All rights reserved.\nFor licensing, see LICENSE.md\n*/\n"
             "(function(){if(window.CKEDITOR&&window.CKEDITOR.dom)return;window.CKEDITOR||(window.CKEDITOR=function(){var a=/ckeditor\\.js$/i,"
             "d={timestamp:\"K7Q2\",version:\"4.19.1\",revision:\"0a1b2c3d\",_:{pending:[]},status:\"unloaded\"};return d}())})();\n")
NOTICE = ("Software License Agreement\n==========================\n\nCKEditor - a text editor for the web\nCopyright (c) 2003-2023, Quill Labs.\n\n"
          "Licensed under the terms of any of the following licenses at your\nchoice:\n\n"
          " - GNU General Public License Version 2 or later (the \"GPL\")\n   https://www.gnu.org/licenses/gpl.html\n   (See Appendix A)\n\n"
          " - GNU Lesser General Public License Version 2.1 or later (the \"LGPL\")\n   https://www.gnu.org/licenses/lgpl.html\n   (See Appendix B)\n\n"
          " - Mozilla Public License Version 1.1 or later (the \"MPL\")\n   https://www.mozilla.org/MPL/MPL-1.1.html\n   (See Appendix C)\n\n"
          "Sources of Intellectual Property Included in CKEditor\n----------------------------------------------------\n\n"
          "Where not otherwise indicated, all CKEditor content is authored by Quill Labs.\n\n"
          "The following libraries are included in CKEditor under the MIT license (see Appendix D):\n\n* TinyModal - Copyright (c) 2012 A. Person.\n\n"
          "The following libraries are included in CKEditor under the BSD-3 License (see Appendix E):\n\n* Shade.js - Copyright (c) 2006, B. Person.\n\n---\n\n")
LICENCE = (NOTICE + "Appendix A: The GPL License\n---------------------------\n\n" + _text("GPL-2.0-only")
           + "\nAppendix B: The LGPL License\n----------------------------\n\n" + _text("LGPL-2.1-only")
           + "\nAppendix C: The MPL License\n---------------------------\n\n" + _text("MPL-1.1")
           + "\nAppendix D: The MIT License\n---------------------------\n\n" + _text("MIT")
           + "\nAppendix E: The BSD-3 License\n-----------------------------\n\n" + _text("BSD-3-Clause"))
INFO = "name = Forms tweaks\ndescription = Tweaks to the forms\npackage = forms\n\ncore = 7.x\n\ndependencies[] = webform\ndependencies[] = webform_rules\n"
MODULE = ("<?php\n/**\n * Implements hook_block_info().\n */\nfunction formtweaks_block_info() {\n  return array('notice' => array('info' => t('Notice')));\n}\n")
REPO = {
    "README.md": "# Forms add-ons\n\nModules and libraries for our forms site.\n",
    "modules/formtweaks/formtweaks.info": INFO,
    "modules/formtweaks/formtweaks.module": MODULE,
    "librairies/ckeditor/ckeditor.js": EDITOR_JS,
    "librairies/ckeditor/lang/fr.js": "CKEDITOR.lang['fr']={editor:'Éditeur'};\n",
    "librairies/ckeditor/LICENSE.md": LICENCE,
}


def _dependencies(tmp_path, files, name="r"):
    report, res = judge(tmp_path, files, ["reusability.dependencies"], name=name)
    return {lib["name"]: lib for lib in report["facts"]["inventory"]["libraries"]}, res["reusability.dependencies"]


def test_the_editors_version_and_its_own_choice_of_licences(tmp_path):
    assert len(LICENCE.encode()) > 64 * 1024  # (the MPL text runs past the first 64 KB read)
    libs, dep = _dependencies(tmp_path, REPO)
    assert libs["ckeditor"]["version"] == "4.19.1", libs["ckeditor"]
    assert libs["ckeditor"]["license"] == "GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1", libs["ckeditor"]
    # the Drupal 7 .info is no manifest without a lockfile; the copied editor keeps the check from passing
    assert dep["details"]["unlocked"] == [], dep["message"]
    assert "0 without a lockfile" in dep["message"]["en"] and "ckeditor 4.19.1" in dep["message"]["en"], dep["message"]
    assert any(e.get("path") == "modules/formtweaks/formtweaks.info" and "Drupal 7" in e["note"]["en"] for e in dep["evidence"]), dep["evidence"]
    assert dep["status"] == "warn", (dep["status"], dep["score"])


def test_near_miss_a_drupal_8_info_yml_still_asks_a_lock(tmp_path):
    files = {k: v for k, v in REPO.items() if not k.endswith(".info")}
    files["modules/formtweaks/formtweaks.info.yml"] = ("name: Forms tweaks\ntype: module\ncore_version_requirement: ^9\n"
                                                       "dependencies:\n  - webform:webform\n")
    _, dep = _dependencies(tmp_path, files)
    assert dep["details"]["unlocked"] == ["modules/formtweaks/formtweaks.info.yml"], dep["message"]


def test_near_miss_a_version_key_away_from_the_librarys_global():
    head = "/* CKEditor */\nvar settings={version:\"9.9.9\"};\n(function(){window.CKEDITOR={};})();\n"
    assert describe("librairies/ckeditor/ckeditor.js", head)["version"] is None
    assert describe("librairies/ckeditor/ckeditor.js", EDITOR_JS)["version"] == "4.19.1"


def test_the_parts_texts_are_no_choice_and_a_cut_text_is_dropped():
    # (read whole: the MIT text below is the included parts' licence, named in their list; an unnamed full text is still added)
    choice = NOTICE.split("Sources of")[0]
    parts = NOTICE[len(choice):]
    text = NOTICE + "Appendix A\n\n" + _text("GPL-2.0-only") + "\n\nAppendix B\n\n" + _text("LGPL-2.1-only") + "\n\nAppendix D\n\n" + _text("MIT")
    found = get_index().match(text)
    assert offered_choice(text, found.matches) == "GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1"
    # near miss: a list of parts naming another licence: the MIT text below it, in no list and no choice, is still added (the old rule)
    other = NOTICE.replace("the MIT license", "the ISC license") + "Appendix A\n\n" + _text("GPL-2.0-only") + "\n\nAppendix D\n\n" + _text("MIT")
    found = get_index().match(other)
    assert offered_choice(other, found.matches) == "GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1 OR MIT"
    # the same file cut at its MIT text: a match running to the cut of a longer file is dropped
    assert offered_choice(other, found.matches, cut=True) == "GPL-2.0-or-later OR LGPL-2.1-or-later OR MPL-1.1"
