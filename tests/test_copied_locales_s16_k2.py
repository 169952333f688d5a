"""Session 16 (k2, reader r1's Lutece plugins of the Ville de Paris): copied libraries miscounted. The ~146 translation files of
one copied date picker (locales/bootstrap-datepicker.xx.js beside their .min.js twins) were counted as 60 libraries, the
readable twin being re-described by its minified twin's name ("bootstrap-datepicker.ar"); "Licensed under the Apache License
v2.0" in a stylesheet's banner was read as the library's version 2.0; and a jQuery plugin minified under its plain name, with
no banner (js/jquery.quicksearch.js: one line, t.fn.quicksearch=…), was not seen as a copy."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PICKER = "/*!\n * Datepicker for Bootstrap v1.6.4 (https://github.com/uxsolutions/bootstrap-datepicker)\n *\n * Copyright 2012 Stefan Petre\n" \
         " * Improvements by Andrew Rowls\n * Licensed under the Apache License v2.0 (http://www.apache.org/licenses/LICENSE-2.0)\n */\n"
PICKER_CSS = "/*!\n * Datepicker for Bootstrap\n *\n * Copyright 2012 Stefan Petre\n * Licensed under the Apache License v2.0\n" \
             " * http://www.apache.org/licenses/LICENSE-2.0\n *\n */\n.datepicker { top: 0; left: 0; padding: 4px; }\n"
# a jQuery plugin of our own making, minified on one line the way a minifier writes it (no banner, no ".min" in its name)
FILTER = ("!function(t,e,n){t.fn.filtreliste=function(i,r){var o,s=this,a=t.extend({delai:100,selecteur:null,surAvant:function(){},"
          "surApres:function(){},montrer:function(){this.style.display=\"\"},cacher:function(){this.style.display=\"none\"}},r);"
          + "".join(f"this.etape{k}=function(t){{return t.toLowerCase().split(\"\\u0020\").filter(function(e){{return e.length>{k}}})}};" for k in range(14))
          + "return this.each(function(){t(this).on(\"keyup\",function(){clearTimeout(o),o=setTimeout(function(){s.go()},a.delai)})})}}(jQuery,this,document);")
PLUGIN = {
    "README.md": "# Prise de rendez-vous\n\nModule de prise de rendez-vous pour le portail de la ville.\n",
    "LICENSE": "BSD 3-Clause License\n\nCopyright (c) 2020, Ville Exemple\n",
    "pom.xml": "<project><artifactId>plugin-rendezvous</artifactId><packaging>lutece-plugin</packaging><version>1.0.0</version></project>\n",
    "src/java/fr/ville/rdv/Rdv.java": "package fr.ville.rdv;\n\n/** A slot. */\npublic class Rdv {\n}\n",
    "webapp/js/plugins/rdv/bootstrap-datepicker.js": PICKER + "(function($){ $.fn.datepicker = function(){ return this; }; })(jQuery);\n",
    "webapp/js/plugins/rdv/bootstrap-datepicker.min.js": PICKER + "!function(a){a.fn.datepicker=function(){return this}}(jQuery);\n",
    "webapp/css/plugins/rdv/bootstrap-datepicker.css": PICKER_CSS,
    "webapp/js/plugins/rdv/rdv.js": "function reserver(id) {\n  return document.getElementById(id).submit();\n}\n",
    "webapp/js/jquery.filtreliste.js": FILTER,
}
for lang in ("ar", "bg", "cs", "de", "fr", "fr-CH", "pt-BR", "rs", "rs-latin", "zh-TW"):
    body = f";(function($){{ $.fn.datepicker.dates['{lang}'] = {{ days: ['a', 'b'], today: 'x' }}; }}(jQuery));\n"
    PLUGIN[f"webapp/js/plugins/rdv/locales/bootstrap-datepicker.{lang}.js"] = body
    PLUGIN[f"webapp/js/plugins/rdv/locales/bootstrap-datepicker.{lang}.min.js"] = body.replace(" ", "")


def test_a_date_pickers_translations_and_stylesheet_are_one_library(tmp_path):
    report = run_audit(build(tmp_path / "r", PLUGIN), tmp_path / "c", ["reusability.dependencies"])
    libs = report["facts"]["inventory"]["libraries"]
    pickers = [lib for lib in libs if lib["name"].startswith("bootstrap-datepicker")]
    assert {lib["name"] for lib in pickers} == {"bootstrap-datepicker"}, [(lib["name"], lib["version"]) for lib in pickers]
    assert {lib["version"] for lib in pickers} <= {"1.6.4", None} and "2.0" not in str(results(report)["reusability.dependencies"]["message"])
    assert sum(lib["files"] for lib in pickers) == 23, pickers


def test_a_jquery_plugin_minified_under_its_plain_name_is_a_copy(tmp_path):
    report = run_audit(build(tmp_path / "r", PLUGIN), tmp_path / "c", ["reusability.dependencies"])
    names = {lib["name"] for lib in report["facts"]["inventory"]["libraries"]}
    assert "jquery.filtreliste" in names, names
    assert "rdv" not in names and "webapp/js/plugins/rdv/rdv.js" not in str(report["facts"]["inventory"]["libraries"])


def test_minified_shape():
    from auditor.facts.vendored import minified_shape
    assert minified_shape(FILTER[:1024])
    readable = "".join(f"function etape{k}(texte) {{\n  return texte.toLowerCase().split(' ');\n}}\n" for k in range(30))
    assert not minified_shape(readable[:1024])
    assert not minified_shape('{"a": 1}')  # too short to tell
    config = "var reglages = {" + ", ".join(f"'cle{k}': 'une valeur lisible numero {k}'" for k in range(40)) + "};"
    assert not minified_shape(config[:1024])  # one long line, but written with spaces
