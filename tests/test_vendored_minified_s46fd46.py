"""A library's minified copy is left out of maintainability as vendored third-party code, not as generated.

Real case (issue 12, s46 fd46 = CDG47-Dev/t3_Calendar): a TYPO3 extension commits its own Resources/Public/Js/calendar.js beside
a copied, minified jQuery plugin (jquery.<plugin>.min.js, no readable source of the project's). reusability.maintainability left
the plugin out as "1 generated": the *.min.js name rule ran before the inventory's own judgement (a copied library, listed as
one). A minified file the project builds from its readable file beside it, or named after its parts (app.min.js), stays generated.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

PLUGIN = "(function(a){a.fn.scroller=function(b){var c=a.extend({},b);return this.each(function(){if(c.x){c.y()}})}})(jQuery);\n"
EXTENSION = {
    "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Agenda', 'version' => '1.0.0'];\n",
    "Resources/Public/Js/agenda.js": "function show(day) {\n  if (day) {\n    return day.title;\n  }\n  return '';\n}\n",
}


def excluded(repo, tmp_path, files):
    report = audit(str(repo([{"files": {**EXTENSION, **files}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.maintainability"]))
    return report["results"][0]["details"]["excluded"]


def test_a_copied_minified_plugin_is_vendored_not_generated(repo, tmp_path):
    ex = excluded(repo, tmp_path, {"Resources/Public/Js/jquery.scroller.min.js": PLUGIN})
    assert ex["vendored"] == 1 and ex["generated"] == 0


def test_near_miss_the_projects_own_minified_build_stays_generated(repo, tmp_path):
    # (agenda.min.js minified from agenda.js beside it, and app.min.js named after the project's parts: the project's build)
    ex = excluded(repo, tmp_path, {"Resources/Public/Js/agenda.min.js": "function show(a){if(a){return a.title}return''}\n",
                                   "public/app.min.js": "function run(a){return a?1:2}\n"})
    assert ex["generated"] == 2 and ex["vendored"] == 0
