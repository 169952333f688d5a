"""reusability.dependencies and licensing.dependencies (issue 12, session 18 reader c2, an OPSN's Java portlet): a Maven
licence plugin stamped the project's Apache-2.0 header above a copied jquery-1.7.1.min.js, whose own preserved banner
("/*! jQuery v1.7.1 jquery.com | jquery.org/license */") follows it; the copy was given the project's Apache-2.0. The library's
own banner after a stamped header is the one read."""

from __future__ import annotations

from auditor.facts.vendored import banner, describe

_STAMP = ("/*\n * Copyright (C) 2013 Un Groupement d'intérêt public http://www.example.org\n *\n"
          " * Licensed under the Apache License, Version 2.0 (the \"License\");\n * you may not use this file except in compliance"
          " with the License.\n *         http://www.apache.org/licenses/LICENSE-2.0\n */\n")
_LIB = "/*! jQuery v1.7.1 jquery.com | jquery.org/license */\n(function(a,b){function cy(a){return a}})(window);\n"


def test_a_stamped_header_gives_way_to_the_librarys_banner():
    lib = describe("src/main/webapp/js/jquery-1.7.1.min.js", _STAMP + _LIB)
    assert lib == {"name": "jquery", "version": "1.7.1", "license": "MIT"}


def test_a_file_with_its_own_header_only_keeps_it():
    text = _STAMP + "(function(){ var portlet = 1; })();\n"
    assert banner(text).startswith("/*\n * Copyright (C) 2013")
    assert describe("src/main/webapp/js/portlet.js", text)["license"] == "Apache-2.0"
