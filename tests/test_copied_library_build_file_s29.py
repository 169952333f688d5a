"""reusability.configuration: a communes' WordPress plugin declares its settings the WordPress way (register_setting on an admin
page) and ships the Slick carousel copied whole in includes/slick/ (slick.js, slick.min.js, and the Compass build file config.rb
of its stylesheets); the check warned that "the code of this library writes values of a deployment (code file of settings;
includes/slick/config.rb)" (issue 12, s29 e29). A settings file of code in a copied library's folder is the library's; one of the
project's own still counts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = "reusability.configuration"
BANNER = ("/*\n Version: 1.8.0\n  Author: Ken Wheeler\n Website: http://kenwheeler.github.io\n    Docs: http://kenwheeler.github.io/slick\n"
          "    Repo: http://github.com/kenwheeler/slick\n */\n;(function(factory) {\n    'use strict';\n    factory(jQuery);\n}(function($) {\n"
          "    var Slick = window.Slick || {};\n    $.fn.slick = function() { return this; };\n}));\n")
SETTINGS = ("<?php\nadd_action( 'admin_init', 'events_register_settings' );\n\nfunction events_register_settings() {\n"
            "    register_setting( 'events_settings', 'events_per_page' );\n    add_settings_section( 'events_main', 'Réglages', null, 'events-settings' );\n}\n")
COMPASS = 'css_dir = "."\nsass_dir = "."\nimages_dir = "."\nfonts_dir = "fonts"\nrelative_assets = true\n\noutput_style = :compact\n'


def _plugin(extra: dict) -> dict:
    return {"README.md": "# Admin GIE\n\nExtension WordPress des communes du GIE.\n",
            "Administration_GIE.php": ("<?php\n/*\nPlugin Name: Administration GIE\nDescription: Événements des communes.\nVersion: 2.0\n*/\n\n"
                                       "require_once plugin_dir_path(__FILE__) . 'includes/Event/event-settings.php';\n"),
            "includes/Event/event-settings.php": SETTINGS, "includes/slick/slick.js": BANNER,
            "includes/slick/slick.min.js": BANNER.replace("\n    ", " "), **extra}


def test_a_copied_librarys_build_file_is_not_the_plugins_settings(tmp_path):
    r = judge(tmp_path, _plugin({"includes/slick/config.rb": COMPASS}), [CONF], name="slick")[1][CONF]
    assert "slick/config.rb" not in str(r["evidence"]) and r["status"] == "pass", (r["message"], r["evidence"])


def test_the_projects_own_code_file_of_settings_still_counts(tmp_path):
    own = "<?php\n$db_host = 'sql.gie-convergence.fr';\n$db_user = 'gie';\n$db_name = 'agenda';\n"
    r = judge(tmp_path, _plugin({"includes/slick/config.rb": COMPASS, "includes/config.php": own}), [CONF], name="own")[1][CONF]
    assert "includes/config.php" in str(r["evidence"]) and r["status"] == "warn", (r["message"], r["evidence"])
