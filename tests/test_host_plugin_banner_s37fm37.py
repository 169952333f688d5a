"""documentation.code-comments, inventory (issue 12, s37 fm37 = re-reader va37, Romain64290/stationnement_pesh): the public form's
js/validator.js is bootstrap-validator copied in ("/* ====… * Bootstrap (plugin): validator.js v0.9.0 … The MIT License (MIT) …
Copyright (c) 2015 …"), yet it was counted as the project's code (12 of the 74 declarations) and the advice said to document
Validator.prototype.validateInput. A banner in which a well-known library's plugin names this very file with its own release and a
licence is a published plugin copied in, whatever its folder; the same banner form naming another file, or no known library, stays
the project's. Minimal fixtures written for the test."""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_reusability_fixtures import build

RULER = "/* " + "=" * 72 + "\n"
BODY = ("\n+function ($) {\n  'use strict';\n  var Validator = function (element, options) {\n    this.$element = $(element)\n  }\n"
        "  Validator.prototype.validate = function () {\n    return this\n  }\n  $.fn.validator = Validator\n}(jQuery);\n")


def banner(host: str, name: str) -> str:
    return (RULER + f" * {host} (plugin): {name} v0.9.0\n * " + "=" * 72 + "\n * The MIT License (MIT)\n *\n"
            " * Copyright (c) 2015 Jane Coder.\n *\n * Permission is hereby granted, free of charge, to any person obtaining a copy\n"
            " * " + "=" * 72 + " */\n" + BODY)


APP = {
    "index.php": "<?php\nrequire 'modules/public/model.inc.php';\n?>\n<html><body><form></form>"
                 "<script src=\"modules/public/js/validator.js\"></script><script src=\"modules/public/js/controle.js\"></script></body></html>\n",
    "modules/public/model.inc.php": "<?php\nfunction enregistrer($p) {\n  return strlen($p) > 0;\n}\n",
    "modules/public/js/controle.js": "function controlerPlaque(p) {\n  return /^[A-Z]{2}-\\d{3}-[A-Z]{2}$/.test(p);\n}\n",
}


def test_a_known_librarys_plugin_naming_this_file_is_a_copy(tmp_path):
    cats = categories(build(tmp_path / "r", {**APP, "modules/public/js/validator.js": banner("Bootstrap", "validator.js")}))
    assert cats["modules/public/js/validator.js"] == "vendored", cats
    assert cats["modules/public/js/controle.js"] == "source"


def test_the_same_banner_naming_another_file_or_no_known_library_stays_the_projects(tmp_path):
    # near misses: the banner names another file than this one, or a host the tool does not know as a library
    cats = categories(build(tmp_path / "r", {**APP, "modules/public/js/validator.js": banner("Bootstrap", "checker.js"),
                                             "modules/public/js/checker.js": banner("Stationnement", "checker.js")}))
    assert cats["modules/public/js/validator.js"] == "source", cats
    assert cats["modules/public/js/checker.js"] == "source", cats
