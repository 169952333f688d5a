"""Issue 12, session 43 fixer fi43 (ZeCrusher/APIDAE-vers-OpenAgenda): a tourism office's PHP tool keeps, beside its own scripts,
js/easypiechart.js — a copied library whose banner is "/**! * easyPieChart … @license Dual licensed under the MIT (…) and GPL (…)
licenses. * @author Robert Fleischmann <mail> (http://site) * @version 2.1.3" — and js/icheck.js, a jQuery plugin's minified build
on one line with no banner. Both were read as the project's source: reusability.dependencies named 17 libraries, licensing.reuse
said a source file of the project states "MIT OR GPL", code-comments, maintainability and tests-and-ci counted them. A JSDoc
@author tag followed by the author's mailbox and site signs the library's banner as the bare tag does; a minified script defining a
jQuery plugin in a wrapper its end calls with jQuery is the plugin's build. Near misses: the project's own file with a JSDoc banner
whose @author is the project's committer stays its own; a readable script defining a plugin stays the project's. Written for the test."""

from __future__ import annotations

from auditor.facts.library_headers import header_author
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

PIE = ("/**!\n * ringchart\n * Small plugin drawing animated ring charts\n *\n"
       " * @license Dual licensed under the MIT (http://www.opensource.org/licenses/mit-license.php) and GPL "
       "(http://www.opensource.org/licenses/gpl-license.php) licenses.\n"
       " * @author AUTHOR <dev.ring@example.net> (http://ring-charts.example)\n * @version 3.0.2\n **/\n\n"
       "(function(root, factory) {\n    factory(root.jQuery);\n}(this, function($) {\n"
       "    var RingChart = function(el, options) {\n        this.el = el;\n        return this;\n    };\n"
       "    $.fn.ringChart = function(options) { return this.each(function() { new RingChart(this, options); }); };\n}));\n")


def _minified():
    body = ";".join(f"var q{i}=t.attr('data-x{i}')||n[{i}],w{i}=/ab|cd/.test(s)?q{i}:r[{i}]" for i in range(40))
    return "!function(e){var d='tick',n=[],r=[];" + body + ";e.fn[d]=function(s,t){return this.each(function(){t=e(this)})}}(window.jQuery||window.Zepto);"


OWN = {"README.md": "# Agenda de l'office de tourisme\n\nCopie les fiches d'événements dans l'agenda de la ville.\n",
       "index.php": "<?php\n$apiUrl = 'https://api.example.org/';\nfunction lire($id) {\n    return $id;\n}\necho lire(1);\n",
       "js/script.js": "function afficher(ligne) {\n    document.title = ligne;\n}\n"}


def _inventory(tmp_path, name, files):
    repo = make_repo(tmp_path / name, [{"files": {**OWN, **files}, "date": "2025-03-02T10:00:00Z", "message": "initial",
                                        "author": ("Sophie Lemarchand", "sophie@example.fr")}])
    report = run_audit(repo, tmp_path / f"c{name}", ["reusability.dependencies", "reusability.tests-and-ci"])
    res = {r["id"]: r for r in report["results"]}
    return report["facts"]["inventory"], res


def test_a_jsdoc_author_with_mailbox_and_site_signs_the_banner():
    assert header_author("ringchart.js", PIE.replace("AUTHOR", "Karl Nordmann")) == "karlnordmann"
    # the bare tag, as before
    assert header_author("ringchart.js", PIE.replace("AUTHOR <dev.ring@example.net> (http://ring-charts.example)", "Karl Nordmann")) \
        == "karlnordmann"


def test_the_copied_banner_and_the_minified_plugin_are_libraries(tmp_path):
    inv, res = _inventory(tmp_path, "a", {"js/ringchart.js": PIE.replace("AUTHOR", "Karl Nordmann"), "js/tick.js": _minified()})
    assert inv["categories"].get("vendored", 0) == 2, inv["examples"]
    assert res["reusability.tests-and-ci"]["details"]["source_files"] == 2, res["reusability.tests-and-ci"]["details"]


def test_the_projects_own_jsdoc_file_and_readable_plugin_stay_its_own(tmp_path):
    # the banner's @author is the project's own committer; the plugin is written out, on many lines, by a person
    readable = "(function($) {\n    $.fn.tick = function(options) {\n        return this.each(function() {\n" \
               "            $(this).addClass('tick');\n        });\n    };\n})(jQuery);\n"
    inv, res = _inventory(tmp_path, "b", {"js/ringchart.js": PIE.replace("AUTHOR", "Sophie Lemarchand"), "js/tick.js": readable})
    assert inv["categories"].get("vendored", 0) == 0, inv["examples"]
    assert res["reusability.tests-and-ci"]["details"]["source_files"] == 4, res["reusability.tests-and-ci"]["details"]
