"""reusability.dependencies (issue 12, s41 fl41 = reader rc41 styx #4, SMMAR11/styx).

A Django application copies the flot charting library whole into static/vendors/flot/: its main file jquery.flot.js says
"version 0.8.3 … Licensed under the MIT license", and its examples/axes-time-zones/ folder bundles another library, timezoneJS's
date.js ("Licensed under the Apache License, Version 2.0", VERSION = '1.0.0'). The check said "flot 1.0.0, licence Apache-2.0":
the examples' file, first in path order, was read for the folder. A copied library's version and licence come from its own main file
(named after its folder), the files of its examples/, demo/, docs/ or tests/ last. Near miss: a folder whose only versioned file is
in examples/ still gets that version (nothing better said).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"

FLOT = """/* Javascript plotting library for jQuery, version 0.8.3.

Copyright (c) 2007-2014 IOLA and Ole Laursen.
Licensed under the MIT license.

*/

(function($) {
    function Plot(placeholder, data_, options_, plugins) {
        var series = [];
        this.getData = function() { return series; };
    }
    $.plot = function(placeholder, data, options) { return new Plot($(placeholder), data, options, $.plot.plugins); };
})(jQuery);
"""

TZ = """/*
 * Copyright 2010 Matthew Eernisse (mde@fleegix.org)
 * and Open Source Applications Foundation
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 */
(function () {
  var timezoneJS = {};
  timezoneJS.VERSION = '1.0.0';
  this.timezoneJS = timezoneJS;
}).call(this);
"""

BASE = {"README.md": "# Suivi\n\nApplication web de suivi des programmes.\n",
        "requirements.txt": "Django==4.2\n",
        "app/views.py": "from django.shortcuts import render\n\n\ndef index(request):\n    return render(request, 'index.html')\n",
        "app/templates/index.html": "<script src=\"/static/vendors/flot/jquery.flot.js\"></script>\n",
        "app/static/vendors/flot/LICENSE.txt": "Copyright (c) 2007-2014 IOLA and Ole Laursen\n\nPermission is hereby granted, free of charge\n",
        "app/static/vendors/flot/examples/axes-time-zones/date.js": TZ}


def flot(tmp_path, files):
    r = check_result(tmp_path, {**BASE, **files}, CID)
    libs = [e["value"] for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("library") == "flot"]
    assert len(libs) == 1, r["evidence"]
    return libs[0], r


def test_the_main_file_states_the_version_not_an_example(tmp_path):
    lib, r = flot(tmp_path, {"app/static/vendors/flot/jquery.flot.js": FLOT,
                             "app/static/vendors/flot/jquery.flot.min.js": FLOT.replace("\n\n(", "\n(")})
    assert (lib["version"], lib["license"]) == ("0.8.3", "MIT"), lib  # was 1.0.0, Apache-2.0 (examples/…/date.js)
    assert "1.0.0" not in r["message"]["en"]


def test_with_no_other_banner_the_examples_file_still_speaks(tmp_path):
    lib, _ = flot(tmp_path, {"app/static/vendors/flot/jquery.flot.js": FLOT.split("*/", 1)[1]})
    assert lib["version"] == "1.0.0", lib
