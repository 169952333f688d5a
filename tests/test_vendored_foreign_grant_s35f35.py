"""A library copied into a site's js/ or css/ folder and recognised by its licence (issue 12, session 35 fixer f35).

- airpaca/emiprox: js/selectize.js, selectize's standalone build opening on its sifter.js part ("Copyright (c) 2013 Brian Reavis &
  contributors … Licensed under the Apache License"), with css/selectize.css and css/selectize.bootstrap3.css ("selectize.css
  (v0.11.2)"), in a GPL-3.0 project: measured as the project's own code (comments, maintainability) and missing from the copied
  libraries. A file granted under another licence than the project's by a holder the project's licence does not name is a copy; a
  file under the project's own licence, or a project without a licence to compare with, keeps its files.
"""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

GPL = ("                    GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007\n\n Copyright (C) 2007 Free Software "
       "Foundation, Inc. <http://fsf.org/>\n Everyone is permitted to copy and distribute verbatim copies\n of this license document, but "
       "changing it is not allowed.\n")
APACHE_ROOT = ("                                 Apache License\n                           Version 2.0, January 2004\n"
               "                        http://www.apache.org/licenses/\n\n   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n")


def _banner(first: str, holder: str = "Jane Upstream & contributors") -> str:
    return (f"/**\n * {first}\n * Copyright (c) 2013 {holder}\n *\n * Licensed under the Apache License, Version 2.0 (the \"License\"); "
            "you may not use this\n * file except in compliance with the License. You may obtain a copy of the License at:\n"
            " * http://www.apache.org/licenses/LICENSE-2.0\n *\n * @author Jane Upstream <jane@example.org>\n */\n\n")


PICKER_JS = (_banner("sifter.js")
             + "(function(root, factory) {\n\tif (typeof define === 'function' && define.amd) {\n\t\tdefine('sifter', factory);\n\t} else {\n"
             "\t\troot.Sifter = factory();\n\t}\n}(this, function() {\n\tvar Sifter = function(items, settings) {\n\t\tthis.items = items;\n"
             "\t};\n\tSifter.prototype.tokenize = function(query) {\n\t\tif (!query) { return []; }\n\t\tif (query.length > 2) { return [query]; }\n"
             "\t\tif (query === 'a') { return ['a']; } else if (query === 'b') { return ['b']; } else if (query === 'c') { return ['c']; }\n"
             "\t\treturn query.split(/ +/);\n\t};\n\treturn Sifter;\n}));\n\n"
             + _banner("selectize.js (v0.11.2)")
             + "(function(root, factory) {\n\troot.Selectize = factory(root.jQuery, root.Sifter);\n}(this, function($, Sifter) {\n"
             "\tvar Selectize = function($input, settings) {\n\t\tthis.$input = $input;\n\t\tthis.sifter = new Sifter({});\n\t};\n"
             "\treturn Selectize;\n}));\n")
PICKER_CSS = _banner("selectize.css (v0.11.2)") + ".selectize-control {\n  position: relative;\n}\n"
PICKER_THEME = _banner("selectize.bootstrap3.css (v0.11.2) - Bootstrap 3 Theme") + ".selectize-dropdown {\n  z-index: 1000;\n}\n"
OWN_PAGE = ("<?php\n// Ouverture des paramètres\ninclude(\"cfg/parametres.cfg.php\");\n?>\n<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n"
            "<link href=\"css/selectize.css\" rel=\"stylesheet\">\n<script src=\"js/selectize.js\"></script>\n</head>\n<body>\n"
            "<select id=\"geonfo\"></select>\n<script src=\"js/carte.js\"></script>\n</body>\n</html>\n")
OWN_JS = ("// Recherche d'une commune dans la liste\nfunction chercher(liste, nom) {\n  // parcours des communes\n"
          "  return liste.filter(function (c) { return c.nom === nom; });\n}\n")

SITE = {
    "LICENSE": GPL,
    "README.md": "# Emiprox\n\nInterface de consultation des résultats de l'inventaire des émissions.\n\n## Ressources\n\n"
                 "* [Selectize.js] pour la recherche.\n\n[Selectize.js]: http://upstream.example.org/selectize.js/\n",
    "cfg/parametres.cfg.php": "<?php\n// Paramètres généraux\n$ANNEE = 2010;\n?>\n",
    "index.php": OWN_PAGE,
    "js/carte.js": OWN_JS,
    "js/selectize.js": PICKER_JS,
    "css/selectize.css": PICKER_CSS,
    "css/selectize.bootstrap3.css": PICKER_THEME,
    "css/emiprox.css": "/* Styles de la page */\nbody {\n  padding-top: 70px;\n}\n",
}


def test_a_library_granted_under_another_licence_in_js_is_a_copy(tmp_path):
    cats = categories(build(tmp_path / "r", SITE))
    assert {p: cats[p] for p in ("js/selectize.js", "css/selectize.css", "css/selectize.bootstrap3.css")} == dict.fromkeys(
        ("js/selectize.js", "css/selectize.css", "css/selectize.bootstrap3.css"), "vendored"), cats
    assert cats["js/carte.js"] == "source" and cats["css/emiprox.css"] == "source", cats


def test_the_copied_library_is_listed_once_and_left_out_of_the_measures(tmp_path):
    report, res = judge(tmp_path, SITE, ["reusability.dependencies", "reusability.maintainability", "documentation.code-comments"])
    libraries = report["facts"]["inventory"]["libraries"]
    assert [(lib["name"], lib["version"], lib["license"], lib["files"]) for lib in libraries] == [("selectize", "0.11.2", "Apache-2.0", 3)], libraries
    assert "selectize 0.11.2" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
    assert "Sifter" not in str(res["reusability.maintainability"]), res["reusability.maintainability"]
    assert not any(e.get("path") == "js/selectize.js" for e in res["documentation.code-comments"].get("evidence") or []), res["documentation.code-comments"]


def test_a_file_under_the_projects_own_licence_or_without_a_root_licence_stays_the_projects(tmp_path):
    # the same Apache grant in an Apache-2.0 project: the project's own header, whoever it names
    cats = categories(build(tmp_path / "a", {**SITE, "LICENSE": APACHE_ROOT}))
    assert cats["js/selectize.js"] == "source", cats
    # no licence at the root: nothing to compare the grant with
    bare = {k: v for k, v in SITE.items() if k != "LICENSE"}
    assert categories(build(tmp_path / "b", bare))["js/selectize.js"] == "source"
    # the holder the root licence names is the project's
    named = {**SITE, "LICENSE": GPL + "\n Copyright (C) 2013 Jane Upstream & contributors\n"}
    assert categories(build(tmp_path / "c", named))["js/selectize.js"] == "source"
