"""A code editor's distribution copied whole into a folder of its name (issue 12, s42 fm42 = reader rb42,
abotzung/fogplugin-postdownloadscript).

A FOG server plugin (PHP, GPL-3.0) carries a whole copy of a code editor in <editor>/: its README.md titled with the editor's name,
its LICENSE "MIT License / Copyright (C) 2017 by <person> and others" (the product's name is not in the licence's opening lines, so
fg42's rule did not confirm it), AUTHORS, CHANGELOG.md ("## 5.65.1"), CONTRIBUTING.md, theme/*.css, mode/*/*.js carrying "Distributed
under an MIT license", test/. The copy was judged as the project's: licensing.consistent failed on its MIT headers, its themes and
modes counted as libraries named after their files. A folder bearing the name its README's title gives, shipping a distribution's
files (AUTHORS, CHANGELOG, CONTRIBUTING), under a copyright holder the project never names, is that product copied whole: one
library, named with its version. Near miss: the project's own component folder, titled after its folder and licensed by a holder
its README names, stays the project's.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

CHECKS = ["licensing.consistent", "reusability.dependencies"]
GPL_HEADER = ("<?php\n/**\n * Post-download scripts plugin.\n *\n * @author   Jean Martin <jean.martin@region.example>\n"
              " * @license  http://opensource.org/licenses/gpl-3.0 GPLv3\n */\n")
PLUGIN = {
    "README.md": "# fogplugin-scripts\nA plugin for managing scripts on a FOG Server.\n\n## How to install\n\n"
                 "- copy this folder into /var/www/fog/lib/plugins\n- enable it in the plugin manager\n",
    "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n\nCopyright (C) 2007 Free Software Foundation, Inc.\n",
    "config/plugin.config.php": GPL_HEADER + "$fog_plugin = array();\n$fog_plugin['name'] = 'scripts';\n",
    "class/scriptmanager.class.php": GPL_HEADER + "class ScriptManager {\n    public function install() { return true; }\n}\n",
    "pages/scriptmanagementpage.class.php": GPL_HEADER + "class ScriptManagementPage {\n    public function index() { return 1; }\n}\n",
}


def editor(folder: str = "slateedit", holder: str = "Marek Novak <marek@novak.example> and others") -> dict:
    mit = "// Slate, copyright (c) by Marek Novak and others\n// Distributed under an MIT license: https://slate.example/LICENSE\n\n"
    files = {
        f"{folder}/README.md": "# SlateEdit\n\nSlateEdit is a versatile text editor implemented in JavaScript for the browser.\n",
        f"{folder}/LICENSE": f"MIT License\n\nCopyright (C) 2017 by {holder}\n\nPermission is hereby granted, free of charge, to any "
                             "person obtaining a copy\nof this software and associated documentation files (the \"Software\")\n",
        f"{folder}/AUTHORS": "List of contributors.\n\nAda Lovelace\nMarek Novak\n",
        f"{folder}/CHANGELOG.md": "## 5.65.1 (2022-01-20)\n\n### Bug fixes\n\nFix line widgets.\n\n## 5.65.0 (2021-12-20)\n",
        f"{folder}/CONTRIBUTING.md": "# How to contribute\n\nSubmit a pull request.\n",
        f"{folder}/theme/hopscotch.css": ".cm-s-hopscotch { background: #322931; color: #d5d3d5; }\n",
        f"{folder}/theme/isotope.css": ".cm-s-isotope { background: #000000; color: #e0e0e0; }\n",
        f"{folder}/lib/slateedit.js": mit + "(function (global) {\n  function Slate(place) { this.place = place; }\n  global.Slate = Slate;\n})(this);\n",
        f"{folder}/test/test.js": mit + "test('core', function () { return true; });\n",
    }
    for mode in ("smarty", "mathematica", "perl"):
        files[f"{folder}/mode/{mode}/{mode}.js"] = mit + f"Slate.defineMode('{mode}', function () {{ return {{ token: function (s) {{ s.next(); }} }}; }});\n"
    return files


def audit(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2022-02-01T10:00:00Z", "message": "plugin",
                                       "author": ("Jean Martin", "jean.martin@region.example")}])
    return results(run_audit(repo, tmp_path / "c", CHECKS))


def libraries(r):
    return {e["value"]["library"]: e["value"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_an_editor_copied_whole_into_a_folder_of_its_name_is_one_library_and_not_the_projects_licence(tmp_path):
    r = audit(tmp_path, {**PLUGIN, **editor()})
    assert r["licensing.consistent"]["status"] != "fail", r["licensing.consistent"]["message"]  # was fail on the modes' MIT headers
    libs = libraries(r["reusability.dependencies"])
    assert set(libs) == {"slateedit"} and libs["slateedit"]["version"] == "5.65.1", libs  # was slateedit, hopscotch, isotope, smarty…


def test_near_miss_the_projects_own_component_named_after_its_folder_stays_its_own(tmp_path):
    own = editor(holder="Region Exemple")
    plugin = {**PLUGIN, "README.md": PLUGIN["README.md"] + "\nWritten for the Region Exemple's schools.\n"}
    r = audit(tmp_path, {**plugin, **own})
    assert "slateedit" not in libraries(r["reusability.dependencies"]), r["reusability.dependencies"]["evidence"]


APACHE_HEAD = ("                                 Apache License\n                           Version 2.0, January 2004\n"
               "                        http://www.apache.org/licenses/\n\n   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n\n"
               "   1. Definitions.\n\n      \"License\" shall mean the terms and conditions for use, reproduction,\n"
               "      and distribution as defined by Sections 1 through 9 of this document.\n\n"
               "      \"Licensor\" shall mean the copyright owner or entity authorized by\n      the copyright owner that is granting the License.\n")


def test_near_miss_a_licence_text_naming_no_holder_confirms_no_copy(tmp_path):
    # (Apache's text says "the copyright owner": no holder; a fork kept in a folder of its product's name is not told copied so)
    own = {**editor(), "slateedit/LICENSE": APACHE_HEAD}
    r = audit(tmp_path, {**PLUGIN, **own})
    assert "slateedit" not in libraries(r["reusability.dependencies"]), r["reusability.dependencies"]["evidence"]
