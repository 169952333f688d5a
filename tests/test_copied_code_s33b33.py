"""Third-party code read as the project's own (issue 12, session 33 b33), each on a git fixture shaped like a real case:
Composer's installer committed at a Symfony application's root (saphir88/Hackaton3_ATMOGrandEst: maintainability's four
functions above 10 were all composer-setup.php's), a CakePHP plugin serving again from its webroot/ the very files of the
calendar library copied under its Vendor/ (atolcd/webrsa: webroot/js/lang_ja.js getHolidays cc 96), and a site's gh-pages
branch whose scripts/main.js is its own application minified (makinacorpus/atlaas: listed as a copied library "main")."""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

COMPOSER_SETUP = ("<?php\n\n/*\n * This file is part of Composer.\n *\n * (c) Nils Adermann <naderman@naderman.de>\n"
                  " *     Jordi Boggiano <j.boggiano@seld.be>\n *\n * For the full copyright and license information, please view the LICENSE\n"
                  " * file that was distributed with this source code.\n */\n\nprocess(is_array($argv) ? $argv : array());\n\n"
                  "/**\n * processes the installer\n */\nfunction process($argv)\n{\n"
                  + "".join(f"    if (in_array('--opt{i}', $argv) && $i > {i}) {{\n        $x = {i};\n    }} elseif ($y) {{\n        $y = {i};\n    }}\n"
                            for i in range(8))
                  + "}\n\nclass Installer\n{\n    public function run($version)\n    {\n        return $version;\n    }\n}\n")
OWN_PHP = ("<?php\n\nnamespace App\\Controller;\n\n/** Shows the air quality of the day. */\nclass AirController\n{\n"
           "    /** The index page. */\n    public function index($city)\n    {\n        return $city;\n    }\n}\n")
SYMFONY = {"README.md": "# Qualité de l'air\n\nUne application Symfony.\n", "composer.json": '{"require": {"symfony/framework-bundle": "^4.1"}}\n',
           "composer.lock": '{"packages": []}\n', "src/Controller/AirController.php": OWN_PHP, "src/Kernel.php": OWN_PHP.replace("AirController", "Kernel")}


def _maintainability(tmp_path, files: dict) -> dict:
    path = build(tmp_path / "r", files)
    return results(run(path, tmp_path / "c", only=["reusability.maintainability"]))["reusability.maintainability"]


def test_composers_installer_committed_at_the_root_is_not_the_projects_code(tmp_path):
    """Was pass '99 functions in 14 files; 4 above 10', the four in composer-setup.php (getPlatformIssues cc 35…)."""
    files = {**SYMFONY, "composer-setup.php": COMPOSER_SETUP, "installer": COMPOSER_SETUP}
    assert categories(build(tmp_path / "cat", files))["composer-setup.php"] == "vendored"
    assert categories(build(tmp_path / "cat2", files))["installer"] != "source"
    r = _maintainability(tmp_path, files)
    assert "composer-setup.php" not in str(r["evidence"]) and "above a complexity of 10 (0.0%)" in r["message"]["en"], r["message"]


def test_a_projects_own_setup_script_stays_its_code(tmp_path):
    """Near miss: a setup script of the same name written by the project (no Composer banner), or a file that only names Composer
    in its banner without the installer's call, is the project's code, measured."""
    own = COMPOSER_SETUP.replace(" * This file is part of Composer.\n", " * Installe l'application de la métropole.\n")
    banner_only = COMPOSER_SETUP.replace("process(is_array($argv) ? $argv : array());\n", "")
    cat = categories(build(tmp_path / "r", {**SYMFONY, "composer-setup.php": own, "bin/installer.php": banner_only}))
    assert cat["composer-setup.php"] == "source" and cat["bin/installer.php"] == "source", cat
    r = _maintainability(tmp_path, {**SYMFONY, "composer-setup.php": own})
    assert "composer-setup.php" in str(r["evidence"]), r["evidence"]


PROTO = "(function() {\n   ProtoCalendar.LangFile['ja'] = {\n     getHolidays: function(calendar) {\n" + "".join(
    f"       if (calendar.month == {i} && calendar.day == {i + 1}) {{ return 'holiday {i}'; }}\n" for i in range(20)) + "     }\n   };\n})();\n"
EN_GB = "(function() {\n   ProtoCalendar.LangFile['en-GB'] = Object.extend(ProtoCalendar.LangFile['en'], { });\n })();\n"
TINY = "(function() {\n   ProtoCalendar.LangFile['ja-JP'] = ProtoCalendar.LangFile['ja'];\n})();\n"
OWN_JS = "/** Opens the date picker on every date field. */\nfunction openPickers(form) {\n  return form.querySelectorAll('input.date');\n}\n"


def _plugin() -> dict:
    lib = "app/Plugin/Datepicker/Vendor/saito/protocalendar"
    return {"README.md": "# Gestion du RSA\n\nUne application CakePHP.\n", "app/Controller/DossiersController.php": OWN_PHP,
            f"{lib}/MIT-LICENSE": "Copyright (c) 2007 Spookies\n\nPermission is hereby granted, free of charge…\n",
            f"{lib}/javascripts/lang_ja.js": PROTO, f"{lib}/javascripts/lang_en-GB.js": EN_GB, f"{lib}/javascripts/lang_ja-JP.js": TINY,
            f"{lib}/javascripts/protocalendar.js": "var ProtoCalendar = Class.create();\n" + OWN_JS.replace("openPickers", "show"),
            "app/Plugin/Datepicker/webroot/js/lang_ja.js": PROTO, "app/Plugin/Datepicker/webroot/js/lang_en-GB.js": EN_GB,
            "app/Plugin/Datepicker/webroot/js/lang_ja-JP.js": TINY,
            "app/Plugin/Datepicker/webroot/js/script.js": OWN_JS}


def test_a_file_identical_to_a_copied_librarys_is_that_librarys_copy(tmp_path):
    """Was maintainability evidence webroot/js/lang_ja.js getHolidays (cc 96), while its twin under Vendor/ was set aside."""
    cat = categories(build(tmp_path / "cat", _plugin()))
    assert cat["app/Plugin/Datepicker/Vendor/saito/protocalendar/javascripts/lang_ja.js"] == "vendored", cat
    assert cat["app/Plugin/Datepicker/webroot/js/lang_ja.js"] == "vendored", cat
    assert cat["app/Plugin/Datepicker/webroot/js/lang_en-GB.js"] == "vendored", cat
    r = _maintainability(tmp_path, _plugin())
    assert "lang_ja.js" not in str(r["evidence"]), r["evidence"]


def test_the_plugins_own_script_and_tiny_identical_files_stay_its_code(tmp_path):
    """Near miss: the plugin's own script.js stays its code; so does a file under 100 bytes identical to a copied one (an identical
    one-liner says nothing of where it comes from)."""
    cat = categories(build(tmp_path / "cat", _plugin()))
    assert cat["app/Plugin/Datepicker/webroot/js/script.js"] == "source", cat
    assert len(TINY) < 100 and cat["app/Plugin/Datepicker/webroot/js/lang_ja-JP.js"] == "source", cat


def _minified(prefix: str) -> str:
    return prefix + "".join(f"m{i}:function(a,b){{return a.get('c{i}')||b.set({{k:{i}}})}}," for i in range(250)) + "z:1};\n"


def _site(main_js: str) -> dict:
    return {"README.md": "annuaire\n========\n\nAnnuaire des acteurs du numérique.\n", "_config.yml": "name: Annuaire\n",
            "index.html": "<html><body><script src=\"scripts/vendor/modernizr.js\"></script><script src=\"scripts/vendor.js\"></script>"
                          "<script src=\"scripts/main.js\"></script></body></html>\n",
            "scripts/main.js": main_js,
            "scripts/vendor.js": '!function(a,b){"object"==typeof module&&"object"==typeof module.exports?module.exports=a.document?b(a,!0):'
                                 'function(a){if(!a.document)throw new Error("jQuery requires a window with a document");return b(a)}:b(a)}'
                                 + _minified("(this,{") + "\n",
            "scripts/vendor/modernizr.js": _minified("window.Modernizr=function(a,b,c){var d={") + "\n"}


def _dependencies(tmp_path, files: dict) -> dict:
    path = build(tmp_path / "annuaire", files)
    res = results(run(path, tmp_path / "c", only=["reusability.dependencies", "reusability.build-output"]))
    return res


def _libraries(res: dict) -> set[str]:
    return {e["value"]["library"] for e in res["reusability.dependencies"]["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_a_sites_own_minified_application_is_build_output_not_a_copied_library(tmp_path):
    """Was dependencies fail 'No manifest: 3 libraries copied into the repository (main, modernizr, vendor)': main.js opens on
    window.<the project's name>={Models:{},…,CONFIG:{…}}, the site's application minified by its build."""
    res = _dependencies(tmp_path, _site(_minified('window.annuaire={Models:{},Collections:{},Views:{},CONFIG:{backend:"http://x.example"},')))
    assert _libraries(res) == {"modernizr", "vendor"}, res["reusability.dependencies"]["message"]  # (main no more)
    assert res["reusability.build-output"]["status"] == "warn" and "scripts/main.js" in res["reusability.build-output"]["message"]["en"]


def test_a_minified_script_defining_another_name_stays_a_copied_library(tmp_path):
    """Near miss: a minified main.js defining a global the project is not named after is still a copy."""
    res = _dependencies(tmp_path, _site(_minified("window.Backbone={Models:{},Collections:{},")))
    assert _libraries(res) == {"main", "modernizr", "vendor"}, res["reusability.dependencies"]["message"]
    assert res["reusability.build-output"]["status"] == "pass"
