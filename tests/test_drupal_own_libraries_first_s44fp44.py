"""Copied libraries of a Drupal site (issue 12, s44 fp44 = reader vd44, DuaelFr/finistere): at most MAX_LIBRARIES copied files are
read to name the libraries; in path order, Drupal's core (misc/jquery.js, misc/farbtastic/) and the drupal.org modules spent the
budget, and the site's own copies (sites/all/libraries/colorbox/) were never named. The site's own folders' copies are read first,
then those inside the CMS's core and modules. Near miss: with room left, core's libraries are still named too."""

from __future__ import annotations

from tests.test_drupal6_packaged_s44fh44 import audit_of, site

COLORBOX = ("/*\n\tColorBox v1.3.15 - a full featured, light-weight, customizable lightbox based on jQuery 1.3+\n"
            "\t(c) 2010 Jack Moore - jacklmoore.com\n\tReleased under the MIT License.\n*/\n(function ($) { $.fn.colorbox = function () {}; }(jQuery));\n")
CORE = {"misc/jquery.js": "/*\n * jQuery 1.2.6 - New Wave Javascript\n *\n * Copyright (c) 2008 John Resig (jquery.com)\n"
                          " * Dual licensed under the MIT (MIT-LICENSE.txt)\n * and GPL (GPL-LICENSE.txt) licenses.\n */\nvar jQuery = {};\n",
        "misc/jquery.form.js": "/*\n * jQuery Form Plugin\n * version: 2.01 (10/31/2007)\n * @requires jQuery v1.1 or later\n *\n"
                               " * Dual licensed under the MIT and GPL licenses.\n */\n(function($) {})(jQuery);\n",
        "misc/farbtastic/farbtastic.js": "// $Id: farbtastic.js,v 1.4 2008/01/02 $\n// Farbtastic 1.2\n\njQuery.fn.farbtastic = function () {};\n"}


def _names(tmp_path, monkeypatch, bound: int) -> set:
    monkeypatch.setattr("auditor.facts.inventory.MAX_LIBRARIES", bound)
    files = site({**CORE, "sites/all/themes/cdt/js/colorbox/jquery.colorbox.js": COLORBOX})
    report, _ = audit_of(tmp_path, files, ["reusability.dependencies"])
    return {(lib.get("name") or "").lower() for lib in report["facts"]["inventory"]["libraries"]}


def test_the_sites_own_copied_library_is_read_before_cores(tmp_path, monkeypatch):
    names = _names(tmp_path, monkeypatch, 1)
    assert any("colorbox" in n for n in names), names


def test_with_room_left_cores_libraries_are_named_too(tmp_path, monkeypatch):
    names = _names(tmp_path, monkeypatch, 20)
    assert any("colorbox" in n for n in names) and "jquery" in names, names


# Once named, the site's TCPDF (LGPL-3.0) is judged against the site's GPL-2.0-or-later: the project may go under GPL-3.0, with which an
# LGPL-3.0 library combines. Near miss: a GPL-2.0-only project cannot.
def test_an_lgpl3_library_in_a_gpl2_or_later_project_is_compatible():
    from auditor.licenses.compat import verdict

    assert verdict(["GPL-2.0-or-later"], "LGPL-3.0")[0] == "ok"
    assert verdict(["GPL-2.0-only"], "LGPL-3.0")[0] == "incompatible"
