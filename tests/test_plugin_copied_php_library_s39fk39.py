"""reusability.dependencies (issue 12, s39 fk39 = reader rc39: PhilipMasse/WordPress---Editeur-de-pages). A commune's WordPress
plugin carries lib/<library>/ — another author's PHP library with its own licence file at its top, required by the plugin's main
file — and the check said "this WordPress plugin ships no library". A folder under a library folder (lib/, includes/, vendor/…) with its
own licence naming another holder, that the project's code requires, is a copied library, named after its folder with the version its
main file's doc block writes: a WordPress plugin bundling it (its host installs no package for it) is warned, the library named.
Near misses: the plugin's own helpers in lib/ (no licence of their own), and a lib/ folder under the project's own licence's holder,
stay its code: "ships no library". Minimal fixtures written for the test (made-up plugin and library).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"
MAIN = ("<?php\n/**\n * Plugin Name: Constructeur de pages\n * Description: Un constructeur de pages simple.\n * Version: 1.2.0\n"
        " * Author: Mairie de Val-Fleuri\n * Requires at least: 6.0\n */\n\nif (!defined('ABSPATH')) {\n    exit;\n}\n\n"
        "define('CDP_PATH', plugin_dir_path(__FILE__));\n\nrequire_once CDP_PATH . 'includes/class-cdp-render.php';\n"
        "require_once CDP_PATH . 'lib/remote-updater/remote-updater.php';\n\n"
        "add_action('init', function () {\n    register_post_type('cdp_page', array('public' => true));\n});\n")
RENDER = "<?php\nclass CDP_Render {\n    public function render($content) {\n        return wpautop($content);\n    }\n}\n"
LIB_MAIN = ("<?php\n/**\n * Remote Updater Library 3.4\n * https://example.org/remote-updater\n *\n * Copyright 2024 Jane Maintainer\n"
            " * Released under the MIT license. See license.txt for details.\n */\n\nrequire dirname(__FILE__) . '/src/Factory.php';\n")
LIB_LICENCE = ("Copyright (c) 2024 Jane Maintainer\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this "
               "software, to deal in the Software without restriction.\n")
FACTORY = "<?php\nnamespace RemoteUpdater\\v3;\n\nclass Factory {\n    public static function build($url, $file, $slug) {\n        return null;\n    }\n}\n"
CHECKER = "<?php\nnamespace RemoteUpdater\\v3;\n\nclass Checker {\n    public function check() {\n        return wp_remote_get('x');\n    }\n}\n"
README = "=== Constructeur de pages ===\nContributors: mairie\nStable tag: 1.2.0\n\nUn constructeur de pages simple.\n"


def _files(**extra) -> dict:
    return {"constructeur-de-pages.php": MAIN, "includes/class-cdp-render.php": RENDER, "readme.txt": README,
            "lib/remote-updater/remote-updater.php": LIB_MAIN, "lib/remote-updater/license.txt": LIB_LICENCE,
            "lib/remote-updater/src/Factory.php": FACTORY, "lib/remote-updater/src/Checker.php": CHECKER, **extra}


def test_a_plugin_bundling_a_licensed_php_library_is_warned_with_its_name(tmp_path):
    r = check_result(tmp_path, _files(), CID)
    assert r["status"] == "warn", r
    assert "remote-updater 3.4" in r["message"]["en"] and "ships no library" not in r["message"]["en"], r["message"]


def test_the_plugins_own_lib_helpers_stay_its_code(tmp_path):
    # near miss: the same folder without a licence of its own: the plugin's helpers, no library
    files = _files()
    del files["lib/remote-updater/license.txt"]
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "not_applicable" and "ships no library" in r["message"]["en"], r


def test_a_lib_folder_under_the_projects_own_holder_stays_its_code(tmp_path):
    # near miss: the folder's licence names the project's own holder (the root licence's)
    files = _files()
    files["lib/remote-updater/license.txt"] = LIB_LICENCE.replace("Jane Maintainer", "Mairie de Val-Fleuri")
    files["LICENSE"] = LIB_LICENCE.replace("Jane Maintainer", "Mairie de Val-Fleuri")
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "not_applicable" and "ships no library" in r["message"]["en"], r
