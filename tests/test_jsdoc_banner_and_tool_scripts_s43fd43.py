"""A jQuery plugin known by its JSDoc-style banner, and a server stack's scripts folder committed with a site (issue 12, s43 fd43 =
reader rb43, Villebon-Sur-Yvette/Projet-catalogue-PHP).

A municipal library's catalogue (PHP pages, MySQL) committed a slider plugin in Javascript/ whose banner is JSDoc-style — its name
before a tagline ("<Name> - Unique jQuery Image Slider"), an ``@version`` tag, an ``@requires`` line naming jQuery's version, an
``@author`` tag and "Licensed under MIT licence" — and WampServer's own manager scripts under php/scripts/ (wampserver.lib.php
defining wampIniSet, config.inc.php reading '../wampmanager.conf', refresh.php, switchPhpVersion.php, the installer's "Backup 1 of …"
copies). Both were measured as the project's: dependencies named jQuery only, maintainability listed the plugin's and WampServer's
functions, code-comments counted WampServer's declarations, configuration cited WampServer's config.inc.php. A JSDoc-style banner
naming the file, by an author the project never names, is a one-file library (its version the ``@version`` one, not the required
jQuery's); a folder holding WampServer's library and a file reading its manager's configuration is WampServer's copy. Near misses: the
project's own script with such a banner by the author its README names, and the project's own scripts folder (its config.inc.php
reading its own settings) stay the project's.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.dependencies"

SLIDER = ("/**\n * Wave Slider - Unique jQuery Image Slider\n * @version: 1.3 - (2010/04/04)\n * @requires jQuery v1.2.2 or later \n"
          " * @author Marko Petrovic\n * Examples and documentation at: http://example.rs/projects/wave-slider/\n \n"
          " * Licensed under MIT licence:\n *   http://www.opensource.org/licenses/mit-license.php\n**/\n\n"
          "(function($) {\n\tvar params = new Array;\n\t$.fn.waveslider = function(options){\n\t\tif (options) { return 1; }\n"
          "\t\treturn 0;\n\t};\n})(jQuery);\n")
WAMP_LIB = ("<?php\n// Ajout fonction detection support IPv6\n\nfunction wampIniSet($iniFile, $params)\n{\n"
            "    $iniFileContents = @file_get_contents($iniFile);\n    foreach ($params as $param => $value)\n"
            "        $iniFileContents = preg_replace('|'.$param.' = .*|', $param.' = \"'.$value.'\"', $iniFileContents);\n}\n")
WAMP_CONF = ("<?php\n// Variables pour les deux services\n\n$configurationFile = '../wampmanager.conf';\n$templateFile = '../wampmanager.tpl';\n"
             "$wampConf = @parse_ini_file($configurationFile);\n$c_wampVersion = $wampConf['wampserverVersion'];\n")
SWITCH = ("<?php\nrequire 'wampserver.lib.php';\nrequire 'config.inc.php';\n\n$newPhpVersion = $_SERVER['argv'][1];\n"
          "if ($newPhpVersion != '') {\n    $wampIniNewContents['phpVersion'] = $newPhpVersion;\n    wampIniSet($configurationFile, $wampIniNewContents);\n}\n")
SITE = {"README.txt": "Catalogue de la bibliotheque, par Jeanne Durand.\n",
        "connexion.php": "<?php\n$bdd = new PDO('mysql:host=localhost;dbname=catalogue', 'root', '');\n",
        "index.php": "<?php include 'connexion.php'; ?>\n<html><head><script src=\"Javascript/wave-slider.js\"></script></head>\n"
                     "<body><div id=\"slider\"></div></body></html>\n",
        "Javascript/jquery-1.11.2.min.js": "/*! jQuery v1.11.2 | (c) 2005, 2014 jQuery Foundation, Inc. | jquery.org/license */\n"
                                           "!function(a,b){a.jQuery=b()}(this,function(){return {}});\n"}


def audit(tmp_path, files):
    """reusability.dependencies' libraries {name: version} and the inventory's vendored count."""
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])
    libs = report["facts"]["inventory"]["libraries"]
    return {lib["name"]: lib["version"] for lib in libs}, report


def test_a_jsdoc_banner_names_a_copied_plugin_with_its_own_version(tmp_path):
    libs, report = audit(tmp_path, {**SITE, "Javascript/wave-slider.js": SLIDER})
    assert libs.get("wave-slider") == "1.3", libs  # (not 1.2.2, the jQuery it requires)
    assert "wave-slider 1.3" in results(report)[CID]["message"]["en"]


def test_wampservers_scripts_folder_is_wampservers_copy(tmp_path):
    libs, report = audit(tmp_path, {**SITE, "php/scripts/wampserver.lib.php": WAMP_LIB, "php/scripts/config.inc.php": WAMP_CONF,
                                    "php/scripts/switchPhpVersion.php": SWITCH, "php/scripts/Backup 1 of config.inc.php.install": WAMP_CONF})
    assert "wampserver" in libs, libs
    assert report["facts"]["inventory"]["categories"]["vendored"] >= 5, report["facts"]["inventory"]["categories"]


def test_near_miss_the_projects_own_banner_and_scripts_folder_stay_its_own(tmp_path):
    own = SLIDER.replace("Marko Petrovic", "Jeanne Durand")
    own_conf = "<?php\n$configurationFile = '../catalogue.ini';\n$conf = @parse_ini_file($configurationFile);\n"
    own_lib = "<?php\nfunction iniSet($iniFile, $params)\n{\n    return file_put_contents($iniFile, implode(\"\\n\", $params));\n}\n"
    libs, report = audit(tmp_path, {**SITE, "Javascript/wave-slider.js": own, "php/scripts/wampserver.lib.php": own_lib,
                                    "php/scripts/config.inc.php": own_conf, "php/scripts/switchPhpVersion.php": SWITCH})
    assert set(libs) == {"jquery"}, libs
    assert report["facts"]["inventory"]["categories"]["vendored"] == 1
