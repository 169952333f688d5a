"""Copied libraries whose banners the inventory did not read (issue 12, session 35 fixer j35).

- DSI-Ville-Noumea/seat: src/main/webapp/js/masks.js opens on "//Mask JavaScript API (v0.3) - <author>" and the library's home page:
  a version in brackets after the library's name, missed by the banner rules reading "Name v0.3" only.
- openrgpd/openrgpd: app/bootstrap/js/jquery.multi-select.js opens on "// jquery.multi-select.js // by <author> //
  https://github.com/<owner>/jquery-multi-select": the file's name and its home repository, spelt with a hyphen for the dot.
- DSI-Ville-Noumea/gasel: webapp/src/main/webapp/js/effects.js opens on "Copyright (c) 2005, 2006 <author> … script.aculo.us is freely
  distributable under the terms of an MIT-style license": the banner names the library it belongs to as the subject of its licence.

Each was measured as the project's own code and missing from the copied libraries. The near misses: the project's own scripts with
banners of the same shapes naming the project (its README's title) or nothing at all.
"""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

POM = ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>nc.ville</groupId>\n  <artifactId>atelier</artifactId>\n"
       "  <version>4.0.9</version>\n  <packaging>war</packaging>\n</project>\n")

MASK_BODY = ("\nfunction _MaskAPI()\n{\n\tthis.version = \"0.3\";\n\tthis.instances = 0;\n}\nMaskAPI = new _MaskAPI();\n\n"
             "function Mask(m, t)\n{\n\tthis.mask = m;\n\tthis.type = (typeof t == \"string\") ? t : \"string\";\n"
             "\tif (this.type == \"date\") { this.mask = this.mask.replace(/a/g, \"y\"); }\n}\n")
MASK_JS = ("//Mask JavaScript API (v0.3) - jdoe [at] upstream [dot] example\n//http://www.upstream.example/workshop/js/mask/\n//\n"
           "//Some new features by Someone Else - http://someone.example.net\n" + MASK_BODY)
OWN_VERSIONED_JS = ("//Atelier (v4.0) - DSI de la Ville\n//http://www.ville.example.nc/atelier/\n\n"
                    "function ouvrirFiche(id)\n{\n\t// ouvre la fiche du véhicule\n\twindow.location = 'fiche.jsp?id=' + id;\n}\n")

ATELIER = {
    "README.md": "# Atelier\n\nSuivi des équipements de l'atelier municipal.\n",
    "pom.xml": POM,
    "src/main/java/nc/ville/atelier/Vehicule.java": "package nc.ville.atelier;\n\n/** Un véhicule. */\npublic class Vehicule {\n}\n",
    "src/main/webapp/index.jsp": "<html><body><script src=\"js/masks.js\"></script><script src=\"js/atelier.js\"></script></body></html>\n",
    "src/main/webapp/js/masks.js": MASK_JS,
    "src/main/webapp/js/atelier.js": OWN_VERSIONED_JS,
}


def test_a_version_in_brackets_after_the_librarys_name_is_a_banner(tmp_path):
    cats = categories(build(tmp_path / "r", ATELIER))
    assert cats["src/main/webapp/js/masks.js"] == "vendored", cats
    # the project's own script, its banner naming the project (the README's title) with a version in brackets: its own
    assert cats["src/main/webapp/js/atelier.js"] == "source", cats


def test_the_bracketed_version_names_the_library_and_its_release(tmp_path):
    report, res = judge(tmp_path, ATELIER, ["reusability.dependencies"])
    libraries = report["facts"]["inventory"]["libraries"]
    assert [(lib["name"], lib["version"]) for lib in libraries] == [("mask-javascript-api", "0.3")], libraries
    assert "mask-javascript-api 0.3" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]


def test_the_projects_banner_without_brackets_stays_its_own(tmp_path):
    # "Atelier v4.0" naming the project itself, in js/: the project's own file too
    own = {**ATELIER, "src/main/webapp/js/atelier.js": OWN_VERSIONED_JS.replace("(v4.0)", "v4.0")}
    assert categories(build(tmp_path / "r", own))["src/main/webapp/js/atelier.js"] == "source"


MULTI_SELECT = ("// jquery.multi-select.js\n// by Upstream Org\n// https://github.com/upstream/jquery-multi-select\n\n;(function($) {\n\n"
                "  \"use strict\";\n\n  var pluginName = \"multiSelect\",\n    defaults = {\n      'noneText': '-- Select --'\n    };\n\n"
                "  function MultiSelect(element, options) {\n    this.element = element;\n    this.settings = $.extend({}, defaults, options);\n  }\n\n"
                "  $.fn[pluginName] = function(options) {\n    return this.each(function() { new MultiSelect(this, options); });\n  };\n\n})(jQuery);\n")
OWN_REGISTER_JS = ("// registre-traitements.js\n// par le service informatique de la Ville\n// https://github.com/ville/registre-traitements\n\n"
                   "function filtrer(liste) {\n  // garde les traitements actifs\n  return liste.filter(function (t) { return t.actif; });\n}\n")
REGISTER = {
    "README.md": "# Registre traitements\n\nRegistre des traitements de données personnelles.\n",
    "COPYING.txt": "GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n",
    "composer.json": "{\n  \"require\": {\n    \"php\": \">=8.0\"\n  }\n}\n",
    "app/index.php": "<?php\n// page d'accueil\necho 'registre';\n",
    "app/bootstrap/js/jquery.multi-select.js": MULTI_SELECT,
    "app/js/registre-traitements.js": OWN_REGISTER_JS,
}


def test_a_banner_naming_the_file_and_its_home_repository_spelt_with_hyphens_is_a_copy(tmp_path):
    cats = categories(build(tmp_path / "r", REGISTER))
    assert cats["app/bootstrap/js/jquery.multi-select.js"] == "vendored", cats
    # the project's own script naming its own repository (the README's title): its own
    assert cats["app/js/registre-traitements.js"] == "source", cats


def test_the_library_copied_from_its_home_repository_is_listed(tmp_path):
    report, res = judge(tmp_path, REGISTER, ["reusability.dependencies"])
    libraries = report["facts"]["inventory"]["libraries"]
    assert [(lib["name"], lib["paths"]) for lib in libraries] == [("jquery.multi-select", ["app/bootstrap/js/jquery.multi-select.js"])], libraries
    assert "jquery.multi-select" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]


EFFECTS_JS = ("// Copyright (c) 2005, 2006 Jane Upstream (http://fx.example.org, http://jane.example.org)\n// Contributors:\n"
              "//  Some One (http://someone.example.net/)\n// \n// fx.lib is freely distributable under the terms of an MIT-style license.\n"
              "// For details, see the fx.lib web site: http://fx.example.org/\n\n"
              "String.prototype.parseColor = function() {\n  var color = '#';\n  if(this.slice(0,4) == 'rgb(') {\n"
              "    var cols = this.slice(4,this.length-1).split(',');\n  }\n  return(color.length==7 ? color : (arguments[0] || this));\n}\n")
OWN_CASE_JS = ("// Copyright (c) 2012 Ville de Nouméa\n//\n// Dossiers is freely distributable under the terms of the CeCILL license.\n\n"
               "function ouvrirDossier(id) {\n  // ouvre le dossier\n  window.location = 'dossier?id=' + id;\n}\n")
PLAIN_GRANT_JS = ("// Copyright (c) 2012 Ville de Nouméa\n//\n// This file is distributed under the terms of the CeCILL license.\n\n"
                  "function imprimer() {\n  // imprime la page\n  window.print();\n}\n")
CASES = {
    "README.md": "# Dossiers\n\nGestion des dossiers du CCAS.\n",
    "pom.xml": POM,
    "webapp/src/main/webapp/Home.html": "<html><body><script src=\"js/effects.js\"></script></body></html>\n",
    "webapp/src/main/webapp/js/effects.js": EFFECTS_JS,
    "webapp/src/main/webapp/js/dossier.js": OWN_CASE_JS,
    "webapp/src/main/webapp/js/impression.js": PLAIN_GRANT_JS,
}


def test_a_banner_granting_a_named_librarys_licence_is_a_copy(tmp_path):
    cats = categories(build(tmp_path / "r", CASES))
    assert cats["webapp/src/main/webapp/js/effects.js"] == "vendored", cats
    # the project naming itself (its README's title) as the subject of the grant, or "this file": its own
    assert cats["webapp/src/main/webapp/js/dossier.js"] == "source", cats
    assert cats["webapp/src/main/webapp/js/impression.js"] == "source", cats


def test_the_library_the_grant_names_is_listed(tmp_path):
    report, res = judge(tmp_path, CASES, ["reusability.dependencies", "reusability.maintainability"])
    libraries = report["facts"]["inventory"]["libraries"]
    assert [(lib["name"], lib["license"]) for lib in libraries] == [("fx.lib", "MIT")], libraries
    assert "parseColor" not in str(res["reusability.maintainability"]), res["reusability.maintainability"]
