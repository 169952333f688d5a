"""A PHP library renamed by the project, and the project's script calling a plugin (issue 12, s43 fd43 = reader rb43, Guklam/Echinghen).

A commune's site (PHP pages, no framework) copied Parsedown into includes/ under a name of its own, parse-markdown.php: its leading
"#" comment opens on the class's name, gives the product's home site (named after it) and its author's copyright, and the class sets
``const version``. No rule read it (no doc block, no known file name): its functions counted in maintainability and code-comments,
and dependencies missed it. Conversely js/weather.js, the project's own 18 lines calling the weather plugin loaded from a CDN
($.simpleWeather({location: …})), opens on "// v3.1.0 // http://simpleweatherjs.com" and was taken for a copied library. A PHP file
whose leading comment is the banner of the class it declares is that library, whatever the file's name; a short script that defines
nothing and calls a plugin is the project's. Near misses: the project's own class whose header names the commune's site, and a small
plugin that defines itself ($.fn.x = function) under the same kind of two-line banner.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CID = "reusability.dependencies"

TEXTILE = ("<?php\n\n#\n#\n# Textilo\n# http://textilo.org\n#\n# (c) Jan Kowalski\n# http://kowalski.dev\n#\n"
           "# For the full license information, view the LICENSE file that was distributed\n# with this source code.\n#\n#\n\n"
           "class Textilo\n{\n    # ~\n\n    const version = '2.1.0-beta-2';\n\n    function text($text)\n    {\n"
           "        $lines = explode(\"\\n\", $text);\n        return $this->lines($lines);\n    }\n\n"
           "    protected function lines(array $lines)\n    {\n        return implode('<br>', $lines);\n    }\n}\n")
METEO = ("// v2.4.0\n// http://simplemeteojs.com\n$(document).ready(function () {\n    $.simpleMeteo({\n        location: 'Village, FR',\n"
         "        unit: 'C',\n        success: function (meteo) {\n            html = '<h2>' + meteo.temp + '&deg;' + meteo.units.temp + '</h2>';\n"
         "            $(\"#meteo\").html(html);\n        },\n        error: function (error) {\n"
         "            $(\"#meteo\").html('<p>' + error + '</p>');\n        }\n    });\n});\n")
SITE = {"README.md": "# Site de la mairie du village\n\nLe site de la commune.\n",
        "index.php": "<?php require 'includes/render-text.php'; $p = new Textilo(); echo $p->text('Bonjour'); ?>\n"
                     "<script src=\"https://cdnjs.cloudflare.com/ajax/libs/jquery.simpleMeteo/2.4.0/jquery.simpleMeteo.min.js\"></script>\n"
                     "<script src=\"js/meteo.js\"></script>\n<div id=\"meteo\"></div>\n"}


def libraries(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])
    return {lib["name"]: lib["version"] for lib in report["facts"]["inventory"]["libraries"]}


def test_a_renamed_class_is_its_library_and_a_plugin_call_is_the_projects(tmp_path):
    libs = libraries(tmp_path, {**SITE, "includes/render-text.php": TEXTILE, "js/meteo.js": METEO})
    assert libs == {"textilo": "2.1.0-beta-2"}, libs


def test_near_miss_the_projects_own_class_and_a_plugin_defining_itself(tmp_path):
    own = TEXTILE.replace("http://textilo.org", "https://mairie-village.fr").replace("(c) Jan Kowalski", "(c) Mairie du village")
    plugin = METEO.replace("$(document).ready(function () {\n    $.simpleMeteo({", "$.fn.simpleMeteo = function (options) {\n    $.ajax({")
    libs = libraries(tmp_path, {**SITE, "includes/render-text.php": own, "js/jquery.meteo.js": plugin})
    assert "textilo" not in libs and len(libs) == 1, libs  # (the plugin defining itself stays a copied library)
