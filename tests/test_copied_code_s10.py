"""Third-party code copied into a repository and measured as the project's own (session 9's reads, issue 12): a one-file
library whose banner names it (vkbeautify.js beside the application's scripts) and a PHP framework committed whole
(CodeIgniter's system/ beside application/). Each is recognised as copied: out of the complexity and comment measures,
listed as a copied library with its version, and its licence judged. Git fixtures shaped like the real cases."""

from __future__ import annotations

from tests.test_kind_first_reads import run_audit
from tests.test_reusability_fixtures import build, results

_VK = ("/**\n* prettify - javascript plugin to pretty-print or minify text in XML, JSON and CSS.\n*\n* Version - 0.99.00.beta\n"
       "* Copyright (c) 2012 Jane Example\n* http://www.example.net/prettify/\n*\n* MIT license:\n"
       "*   http://www.opensource.org/licenses/mit-license.php\n*/\n(function() {\nfunction prettify() {}\n"
       "prettify.prototype.xml = function(text) { if (text) { return text; } else { return ''; } };\n"
       "window.prettify = new prettify();\n})();\n")


def _audit(tmp_path, files, checks):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", checks)
    return report["facts"]["inventory"], results(report)


def test_a_one_file_library_named_by_its_banner_is_copied_code(tmp_path):
    """Wikiwix/wwwsqldesigner shape: js/vkbeautify.js (banner: name, "Version - 0.99.00.beta", copyright, MIT) beside the
    designer's own js/ scripts: measured as the project's code and no library listed before."""
    files = {"README.md": "# Designer\n", "LICENSE": "Copyright (c) 2005 Designer authors\n\nBSD 3-Clause License\n",
             "js/designer.js": "/* designer */\nfunction Designer() { this.tables = []; }\n",
             "js/table.js": "function Table(name) { this.name = name; }\n", "js/prettify.js": _VK}
    inv, res = _audit(tmp_path, files, ["reusability.dependencies"])
    assert [(lib["name"], lib["version"]) for lib in inv["libraries"]] == [("prettify", "0.99.00")]
    assert inv["categories"]["vendored"] == 1
    assert "prettify 0.99.00" in res["reusability.dependencies"]["message"]["fr"]


def test_a_project_own_script_with_a_licence_header_stays_the_project(tmp_path):
    """The project's files carry headers too: a header naming the file whose holder is the root licence's is the project's own,
    and so is one without a version."""
    files = {"README.md": "# Carte\n", "LICENSE": "MIT License\n\nCopyright (c) 2021 Ville de Exempleville\n",
             "js/carte.js": "/**\n * carte.js - la carte des équipements\n * Version 1.2.0\n * Copyright (c) 2021 Ville de Exempleville\n"
                            " * MIT license\n */\nfunction carte() { return 1; }\n",
             "js/liste.js": "/**\n * liste.js - la liste\n * Copyright (c) 2021 Someone Else\n * MIT license\n */\nfunction liste() {}\n"}
    inv, _ = _audit(tmp_path, files, ["reusability.dependencies"])
    assert inv["libraries"] == [] and inv["categories"]["vendored"] == 0


def _codeigniter_app() -> dict:
    files = {"README.md": "# Blog\n\nUn blog écrit avec CodeIgniter.\n", "LICENSE": "MIT License\n\nCopyright (c) 2019 Blog authors\n",
             "composer.json": '{"require": {"php": ">=5.6", "mikey179/vfsstream": "1.6.*"}}\n',
             "index.php": "<?php\n$system_path = 'system';\nrequire_once BASEPATH.'core/CodeIgniter.php';\n",
             "application/controllers/Blog.php": "<?php\nclass Blog extends CI_Controller {\n  public function index() { $this->load->view('blog'); }\n}\n",
             "application/views/blog.php": "<h1><?php echo $title; ?></h1>\n",
             "system/core/CodeIgniter.php": "<?php\n/**\n * CodeIgniter\n *\n * @package\tCodeIgniter\n * @license\thttps://opensource.org/licenses/MIT\tMIT License\n */\n"
                                            "\tconst CI_VERSION = '3.1.11';\n"}
    for name in ("Loader", "Router", "Output", "Input", "Config", "Security"):
        body = "".join(f"  public function m{k}($a) {{ if ($a > {k}) {{ if ($a % 2) {{ return 1; }} elseif ($a % 3) {{ return 2; }} "
                       f"elseif ($a % 5) {{ return 3; }} elseif ($a % 7) {{ return 4; }} elseif ($a % 11) {{ return 5; }} elseif ($a % 13) {{ return 6; }} "
                       f"elseif ($a % 17) {{ return 7; }} elseif ($a % 19) {{ return 8; }} elseif ($a % 23) {{ return 9; }} elseif ($a % 29) {{ return 10; }} "
                       f"elseif ($a % 31) {{ return 11; }} }} return 0; }}\n" for k in range(3))
        files[f"system/core/{name}.php"] = f"<?php\n/**\n * CodeIgniter\n * @package\tCodeIgniter\n */\nclass CI_{name} {{\n{body}}}\n"
    return files


def test_a_codeigniter_application_committing_the_framework_is_measured_on_its_own_code(tmp_path):
    """0xForked/simple-codeigniter-blog shape: CodeIgniter 3.1.11's system/ (202 files) beside application/: its 1,700 functions
    measured as the blog's ('93 above a complexity of 10': warn) and its doc blocks counted as the blog's comments."""
    inv, res = _audit(tmp_path, _codeigniter_app(), ["reusability.maintainability", "reusability.dependencies", "licensing.dependencies"])
    assert [(lib["name"], lib["version"]) for lib in inv["libraries"]] == [("codeigniter", "3.1.11")]
    assert "system/core/Loader.php" not in str(res["reusability.maintainability"]["evidence"])
    assert res["reusability.maintainability"]["status"] == "pass"
    assert "codeigniter 3.1.11" in res["reusability.dependencies"]["message"]["fr"]
    # the copy's licence is judged, and the composer.json whose licences are not looked up offline is said to be unmeasured
    lic = res["licensing.dependencies"]
    assert "composer.json" in str(lic["evidence"]) and lic["status"] in ("pass", "inconclusive")


def test_a_copied_date_picker_with_its_locale_files_is_one_library(tmp_path):
    """Jgil20/CloudTechnologyComputing shape: bootstrap-datepicker.min.js (v1.9.0 banner) with its translations in js/locales/
    (bootstrap-datepicker.fr.min.js…): each translation was listed as a library of its own (80 'libraries'); translations kept
    readable beside the script (bootstrap-datepicker.fr.js) were measured as the project's code."""
    files = {"README.md": "# Réservations\n", "js/app.js": "$(function() { $('.date').datepicker({language: 'fr'}); });\n",
             "css/reservations.css": ".reservation { color: #000091 }\n",
             "js/bootstrap-datepicker.min.js": "/*! Datepicker for Bootstrap v1.9.0 (https://github.com/uxsolutions/bootstrap-datepicker) */\n!function(a){}"}
    for loc in ("fr", "de", "es", "it", "nl", "pt-BR", "ru", "zh-CN"):
        files[f"js/locales/bootstrap-datepicker.{loc}.min.js"] = "!function(a){a.fn.datepicker.dates['%s']={days:[]}}(jQuery);" % loc
    for loc in ("fr", "en-GB"):
        files[f"js/bootstrap-datepicker.{loc}.js"] = (f"/**\n * Translation for bootstrap-datepicker\n */\n;(function($){{\n"
                                                      f"  $.fn.datepicker.dates['{loc}'] = {{days: []}};\n}}(jQuery));\n")
    inv, res = _audit(tmp_path, files, ["reusability.dependencies"])
    assert [(lib["name"], lib["version"], lib["files"]) for lib in inv["libraries"]] == [("bootstrap-datepicker", "1.9.0", 11)]
    assert inv["categories"]["source"] == 2  # js/app.js and the project's own stylesheet
    assert "1 bibliothèque" in res["reusability.dependencies"]["message"]["fr"]


def test_an_arduino_library_copied_beside_the_sketch_is_not_the_project_code(tmp_path):
    """denschu/mqtt-temperature shape: OneWire.h and OneWire.cpp (the Arduino OneWire library, no banner) copied beside the
    sketches that include them: 'code in Arduino (3), C (1), C++ (1)' and 7 source files before. A sketch's own .h stays its own."""
    files = {"README.md": "# Température\n", "capteur.ino": "#include \"OneWire.h\"\n#include \"reglages.h\"\nOneWire ds(D2);\nvoid setup() {}\nvoid loop() {}\n",
             "reglages.h": "#define PERIODE 60\n",
             "OneWire.h": "//onewire.h\n#include <inttypes.h>\nclass OneWire {\n public:\n  OneWire(uint16_t pin);\n  void reset(void);\n};\n",
             "OneWire.cpp": "// OneWire.c\n#include \"OneWire.h\"\nOneWire::OneWire(uint16_t pin) { _pin = pin; }\n"
                            "void OneWire::reset(void) { if (_pin) { write(0); } else { write(1); } }\n"}
    inv, _ = _audit(tmp_path, files, ["reusability.maintainability"])
    assert inv["categories"]["vendored"] == 2
    assert inv["categories"]["source"] == 2  # the sketch and its own settings header


def test_a_library_whose_name_ends_like_a_language_code_keeps_its_name(tmp_path):
    """socket.io.js ("io" is a language code) is no translation of a "socket" library: the rule joins a translation only to a
    library copied beside it."""
    files = {"README.md": "# Tableau de bord\n", "js/app.js": "io();\n", "vendor/socket.io.js": "(function() { window.io = function() {}; })();\n"}
    inv, _ = _audit(tmp_path, files, ["reusability.dependencies"])
    assert [lib["name"] for lib in inv["libraries"]] == ["socket.io"]
