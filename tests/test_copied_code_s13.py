"""Copied libraries named and licensed from their own files (session 12's reads, issue 12): a PHP library's release folder
inside the application's own versioned folder is named after its folder, never after the application's; its licence is the one
its files' doc comment names; CodeIgniter's licence follows its version (EllisLab's own before 3.0, MIT after). Git fixtures
shaped like the real cases."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

_SHEET_HEADER = ("<?php\n/**\n * SheetKit\n *\n * Copyright (c) 2010 - 2014 SheetKit authors\n *\n"
                 " * This library is free software; you can redistribute it and/or modify it under the terms of the GNU Lesser\n"
                 " * General Public License as published by the Free Software Foundation.\n *\n"
                 " * @package    SheetKit\n * @license    http://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt    LGPL\n"
                 " * @version    2.4.1, 2014-03-02\n */\n")


def _application(ci_version: str) -> dict:
    """A CodeIgniter application kept in a versioned folder of its own (convertisseur_0.4/: controllers, views, its js/),
    a spreadsheet library's release copied into its libraries/ (SheetKit_2.4.1/Classes/…), the framework's system/ beside."""
    app = "convertisseur_0.4"
    files = {"README.md": "# Convertisseur\n\nConvertit des fiches de métadonnées entre tableur et XML.\n",
             "LICENSE": "MIT License\n\nCopyright (c) 2014 Convertisseur authors\n",
             f"{app}/index.php": "<?php\n$system_path = '../system';\nrequire_once BASEPATH.'core/CodeIgniter.php';\n",
             f"{app}/application/controllers/convert.php": "<?php\nclass Convert extends CI_Controller {\n"
                                                          "  public function index() { $this->load->library('SheetKit'); }\n}\n",
             f"{app}/application/views/form.php": "<form method=\"post\"><input type=\"file\" name=\"sheet\"></form>\n",
             f"{app}/js/convert.js": "function send() { return document.forms[0].submit(); }\n",
             f"{app}/js/jquery-2.0.3.min.js": "/*! jQuery v2.0.3 | (c) 2005, 2013 jQuery Foundation, Inc. | jquery.org/license */\n!function(){}();\n",
             f"{app}/application/libraries/SheetKit_2.4.1/Classes/SheetKit.php": _SHEET_HEADER + "class SheetKit { public $sheets = array(); }\n",
             "system/core/CodeIgniter.php": "<?php\n/**\n * CodeIgniter\n *\n * @package\tCodeIgniter\n * @author\tEllisLab Dev Team\n */\n"
                                            f"\tdefine('CI_VERSION', '{ci_version}');\n",
             "system/core/Common.php": "<?php\n/**\n * CodeIgniter\n * @package\tCodeIgniter\n */\nfunction is_php($v) { return TRUE; }\n"}
    for lang in ("fr", "de", "pt-BR", "tj"):  # a date picker's translations, one file per language (tj: no ISO 639-1 code)
        files[f"{app}/js/i18n/jquery.ui.datepicker-{lang}.min.js"] = (
            "/*! jQuery UI - v1.9.0 - 2012-10-05\n* http://jqueryui.com\n* Copyright (c) 2012 jQuery Foundation; Licensed MIT */\n"
            f"jQuery(function(a){{a.datepicker.regional['{lang}']={{closeText:'x'}}}});\n")
    files[f"{app}/css/theme/jquery-ui-1.10.3.custom.css"] = "/*! jQuery UI - v1.10.3 - 2013-05-03\n* Copyright 2013 jQuery Foundation; Licensed MIT */\n.ui-helper-hidden{display:none}\n"
    for k in range(3):
        files[f"{app}/application/libraries/SheetKit_2.4.1/Classes/SheetKit/Part{k}.php"] = (
            f"<?php\n/**\n * SheetKit_Part{k}\n *\n * @package SheetKit\n */\nclass SheetKit_Part{k} {{ public $n = {k}; }}\n")
    return files


def _libraries(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])
    return {lib["name"]: lib for lib in report["facts"]["inventory"]["libraries"]}, results(report)["reusability.dependencies"]


def test_a_library_release_inside_the_applications_versioned_folder_is_named_and_licensed_by_its_own_files(tmp_path):
    """cigalsace/mdConverter shape: PHPExcel_1.8.0/ inside the application's mdConverter_0.11/ was listed as "mdconverter 0.11"
    (licence not stated), the app's folder's name and version, and the jQuery beside the app's scripts was folded into it."""
    libs, res = _libraries(tmp_path, _application("2.2.0"))
    assert "convertisseur" not in libs
    assert (libs["sheetkit"]["version"], libs["sheetkit"]["license"], libs["sheetkit"]["files"]) == ("2.4.1", "LGPL-2.1", 4)
    assert (libs["jquery"]["version"], libs["jquery"]["license"]) == ("2.0.3", "MIT")
    # out of the application's folder's group, a set of translations is one library, and a download builder's release is named
    assert (libs["jquery.ui.datepicker"]["version"], libs["jquery.ui.datepicker"]["files"]) == ("1.9.0", 4)
    assert libs["jquery-ui"]["version"] == "1.10.3" and len(libs) == 5, sorted(libs)
    assert "sheetkit 2.4.1" in res["message"]["fr"] and "convertisseur" not in res["message"]["fr"]


def test_codeigniters_licence_follows_its_version(tmp_path):
    """CodeIgniter 2.2.0 was called MIT: before 3.0 it ships EllisLab's own licence (a custom permissive licence), MIT after."""
    libs, _ = _libraries(tmp_path / "two", _application("2.2.0"))
    assert (libs["codeigniter"]["version"], libs["codeigniter"]["license"]) == ("2.2.0", "LicenseRef-CodeIgniter-EllisLab")
    libs, _ = _libraries(tmp_path / "three", _application("3.1.11"))
    assert (libs["codeigniter"]["version"], libs["codeigniter"]["license"]) == ("3.1.11", "MIT")


def test_a_cecill_b_banner_is_cecill_b_not_the_bsd_it_says_it_is_compatible_with(tmp_path):
    """SDIS91/prevarisc_svn shape: IGN's map SDK copied in, its banner "released under the licence CeCILL-B (Free BSD
    compatible)" was read as BSD."""
    banner = ("/*!\n * @brief Map SDK based on OpenLayers\n *\n * This software is released under the licence CeCILL-B (Free BSD compatible)\n"
              " * @see http://www.cecill.info/\n *\n * @license CeCILL-B\n * @version 3.5.0-beta4\n */\n")
    files = {"README.md": "# Prévention\n", "LICENSE": "MIT License\n\nCopyright (c) 2019 SDIS exemple\n",
             "public/js/app.js": "function show(id) { return document.getElementById(id); }\n",
             "public/js/vendor/mapsdk/MapSDK2D.js": banner + "var MapSDK = {};\n",
             "public/js/vendor/mapsdk/MapSDK2D.css": banner + ".map{}\n"}
    libs, _ = _libraries(tmp_path, files)
    assert (libs["mapsdk"]["version"], libs["mapsdk"]["license"]) == ("3.5.0-beta4", "CECILL-B")


def test_one_library_copied_twice_or_with_its_theme_is_counted_once(tmp_path):
    """cigalsace/mdReaderJS shape: Bootstrap 3.3.5's optional theme (bootstrap-theme.css, under Bootstrap's own banner) listed as a
    library of its own, two jQuery copies (1.11.1 and 2.1.4) counted as two libraries, mustache.js 'version not stated' while it
    sets mustache.version; sviewer2 shape: OpenLayers copied in libs/ol3/ not named among geo's open libraries."""
    bootstrap = "/*!\n * Bootstrap v3.3.5 (http://getbootstrap.com)\n * Copyright 2011-2015 Twitter, Inc.\n * Licensed under MIT\n */\n"
    files = {"README.md": "# Lecteur de fiches\n", "LICENSE": "MIT License\n\nCopyright (c) 2015 Lecteur authors\n",
             "index.html": '<html><body><div id="map"></div><script src="js/app.js"></script></body></html>\n',
             "js/app.js": "var map = new ol.Map({target: 'map', layers: [new ol.layer.Tile({source: new ol.source.OSM()})]});\n",
             "css/bootstrap.min.css": bootstrap + ".btn{}\n", "css/bootstrap-theme.min.css": bootstrap + ".btn-default{}\n",
             "js/lib/jquery-1.11.1.min.js": "/*! jQuery v1.11.1 | (c) 2005, 2014 jQuery Foundation, Inc. | jquery.org/license */\n!function(){}();\n",
             "js/lib/jquery-2.1.4.min.js": "/*! jQuery v2.1.4 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */\n!function(){}();\n",
             "js/lib/mustache.js": "/*!\n * mustache.js - Logic-less {{mustache}} templates with JavaScript\n * http://github.com/janl/mustache.js\n */\n"
                                   "(function (root) {\n  var mustache = {};\n  mustache.name = \"mustache.js\";\n  mustache.version = \"0.7.3\";\n})(this);\n",
             "libs/ol3/ol.js": "// OpenLayers 3. See http://openlayers.org/\n// License: https://raw.githubusercontent.com/openlayers/ol3/master/LICENSE.md\n"
                               "// Version: v3.11.2\n(function (root, factory) { root.ol = factory(); }(this, function () { return {}; }));\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies", "interoperability.geo"])
    libs = [(lib["name"], lib["version"]) for lib in report["facts"]["inventory"]["libraries"]]
    assert ("bootstrap-theme", "3.3.5") not in libs and ("bootstrap", "3.3.5") in libs and ("mustache", "0.7.3") in libs
    res = results(report)
    assert "jquery 1.11.1 / 2.1.4" in res["reusability.dependencies"]["message"]["fr"]
    assert res["reusability.dependencies"]["message"]["fr"].startswith("Aucun manifeste : 4 bibliothèque(s)")
    assert "ol3" in res["interoperability.geo"]["message"]["fr"]
