"""departement-maine-et-loire/mycustomview (session 5, issue 12): a GLPI plugin with jQuery plugins copied into js/, one of
them under a plain comment banner, and its own script whose licence header names the project's repository."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PLUGIN = {
    "README.md": "# MyCustomView GLPI plugin\n\nMyCustomView est un plugin gratuit visant à personnaliser la vue d'un technicien.\n",
    "setup.php": "<?php\ndefine('PLUGIN_MYCUSTOMVIEW_VERSION', '2.0.4');\nfunction plugin_version_mycustomview() {\n"
                 "   return ['name' => 'MyCustomView', 'license' => 'GPLv3+', 'requirements' => ['glpi' => ['min' => '10.0']]];\n}\n",
    "hook.php": "<?php\nfunction plugin_mycustomview_install() {\n   return true;\n}\n",
    "js/mycustomview.js": "/*\n -------------------------------------------------------------------------\n MyCustomView plugin for GLPI\n"
                          " Copyright (C) 2023 by the MyCustomView Development Team.\n\n https://github.com/pluginsGLPI/mycustomview\n"
                          " -------------------------------------------------------------------------\n\n LICENSE\n\n This file is part of MyCustomView.\n*/\n"
                          "function changeView(id) {\n  return id;\n}\n",
    "js/jquery.flexslider.js": "/*\n * jQuery FlexSlider v2.7.2\n * Copyright 2012 WooThemes\n * Contributing Author: Tyler Smith\n */\n;\n"
                               "(function ($) {\n  $.flexslider = function (el, options) {\n" + "".join(
                                   f"    if (options.a{i}) {{ el.x = {i}; }} else if (options.b{i}) {{ el.y = {i}; }}\n" for i in range(25)) + "  };\n})(jQuery);\n",
}


def test_a_library_under_a_plain_banner_is_a_copy_and_the_projects_own_script_is_its_own(tmp_path):
    report = run_audit(build(tmp_path / "mycustomview", PLUGIN), tmp_path / "c", ["reusability.maintainability", "reusability.dependencies"])
    inv = report["facts"]["inventory"]
    assert "js/jquery.flexslider.js" in inv["examples"]["vendored"] and "js/mycustomview.js" not in inv["examples"]["vendored"]
    r = results(report)
    assert "flexslider" in r["reusability.dependencies"]["message"]["en"]
    assert "flexAnimate" not in str(r["reusability.maintainability"]["evidence"]) and "flexslider" not in str(r["reusability.maintainability"]["evidence"])
