"""One reader of a one-file library's header (issue 12, s43 fs43: session 42's review debt). fg42's authored banners, fm42's headers
and fh42's test-folder banners each read a library's leading comment with their own patterns; auditor.facts.library_headers reads it
once, from shared parts (the lines of the leading comments, a line naming the file as its title, a person with a web site), each
rule keeping what it accepted. A title after a label ("Name: <file>") now names the file for the authored banner too, as it did for
the header. Near misses: a title naming another file, an author without a site, a project's header without copyright or licence,
a plain comment in a test folder stay no library's. The fixtures are written for the test."""

from __future__ import annotations

from auditor.facts.library_headers import (authored_library, banner_author, header_author, header_lines, library_banner, names_file,
                                           signature)
from tests.test_reusability_fixtures import build, run_audit

WHEEL = ("/**\n *\n * TITLE\n * Author: Jan Novak www.novak-web.cz\n * \n * Dual licensed under the MIT and GPL licenses\n *\n */\n"
         "(function ($) {\n  $.fn.extend({ ColorWheel: function () { return this; } });\n})(jQuery);\n")


def test_header_lines_drop_comment_marks_and_blank_lines():
    lead = "/* ----------\n\tClass: boxView\n *\n * Author: Marc Dubois (http://www.marc.example)\n---------- */"
    assert header_lines(lead, 4) == ["Class: boxView", "Author: Marc Dubois (http://www.marc.example)"]
    assert header_lines(lead, 1) == ["Class: boxView"]


def test_names_file_alone_or_after_a_label_never_another_file():
    assert names_file(["Color wheel"], "colorwheel.min.js") and names_file(["Class: boxView"], "jquery.boxView.js", plugin=True)
    assert names_file(["TableSort"], ".tablesort.js", plugin=True)
    assert not names_file(["boxView"], "jquery.boxView.js")  # (the jQuery prefix is left only to a plugin's header)
    assert not names_file(["Utilities"], "colorwheel.js") and not names_file(["Map"], "map.js")  # (another name; too short a name)


def test_signature_a_person_then_a_site():
    assert signature(" * Author: Jan Novak www.novak-web.cz") == ("jannovak", "novakwebcz")
    assert signature(" * @author Jane Doe <https://jane.example>") == ("janedoe", "janeexample")
    assert signature(" * Author: Jan Novak") is None and signature(" * Jan Novak www.novak-web.cz") is None
    assert banner_author(WHEEL.replace("TITLE", "Utilities")) == ("jannovak", "novakwebcz")


def test_the_three_rules_keep_what_they_accept():
    assert authored_library("colorwheel.js", WHEEL.replace("TITLE", "Color wheel")) == ("jannovak", "novakwebcz")
    assert authored_library("colorwheel.js", WHEEL.replace("TITLE", "Name: colorwheel")) == ("jannovak", "novakwebcz")
    assert authored_library("colorwheel.js", WHEEL.replace("TITLE", "Name: utilities")) is None
    sorter = "/*\n  TableSort\n  version 2\n  Anna Berg, http://www.anna-berg.example/code/\n\n  Licenced as X11\n*/\nvar t = 1;\n"
    assert header_author(".tablesort.js", sorter) == "annaberg"
    upload = "<?php\n/*\n * Easy Upload Plugin PHP Class 8.2.3\n *\n * Copyright 2010, Peter Lindqvist\n * https://lindqvist.example\n * Licensed under the MIT license\n */\n"
    assert header_author("UploadHandler.php", upload) == "peterlindqvist"
    assert header_author(".tablesort.js", sorter.replace("  version 2\n", "").replace("Licenced as X11", "Sort tables")) is None
    assert library_banner("/*! Diaporama v1.4.2 */\n;(function(){})();") and library_banner(
        "/*\n * Copyright (c) 2011 A. Auteur\n * Licensed under the MIT license\n * @version 1.2\n */\n")
    assert not library_banner("/*\n * Copyright (c) 2011 A. Auteur\n * @version 1.2\n */\n") and not library_banner("// v1.2\n")


def _copied(tmp_path, name, files):
    site = {"README.md": "# Réseau de bus\n\nSite des horaires, par Jeanne Durand.\n",
            "app/controllers/LigneController.php": "<?php\nclass LigneController {\n    public function index() { return 1; }\n}\n",
            "public/js/script.js": "function afficher(ligne) { document.title = ligne; }\n"}
    report = run_audit(build(tmp_path / name, {**site, **files}), tmp_path / f"c{name}", ["reusability.dependencies"])
    return report["facts"]["inventory"]["categories"].get("vendored", 0)


def test_a_labelled_title_signs_an_authored_banner_and_another_files_does_not(tmp_path):
    assert _copied(tmp_path, "a", {"public/js/wheel/colorwheel.js": WHEEL.replace("TITLE", "Name: colorwheel")}) == 1
    assert _copied(tmp_path, "b", {"public/js/wheel/colorwheel.js": WHEEL.replace("TITLE", "Name: palette")}) == 0
