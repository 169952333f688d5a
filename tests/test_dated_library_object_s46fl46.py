"""A copied library with no banner, its release a date stamp on its own object (issue 12, s46 fl46 = reader ri46's
louisprvst/SauvetageDunkerquois).

js/tarteaucitron.js, the cookie-consent manager, is copied with no licence banner (a jslint line, then
`var tarteaucitron = {"version": 20230203, …}`): reusability.dependencies left it out of the copied libraries while
reusability.maintainability measured its functions (complexity 29) and code-comments read its English comments as the
project's. Rule now: a well-known library's file whose first lines define the library's object under its own name with a
release or a date stamp as version is a copy, that stamp its version. Near miss: the project's own file, not named after a
known library, defining its own object with a version, stays the project's."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS, MAINT = "reusability.dependencies", "reusability.maintainability"


def _script(obj: str) -> str:
    branches = "\n".join(f"        if (k === '{i}') {{ n += {i}; }} else if (k === 'x{i}') {{ n -= 1; }}" for i in range(16))
    return ("/*jshint browser: true */\n\n"
            f"var pathway = document.currentScript,\n    forcedLang = (forcedLang === undefined) ? '' : forcedLang;\n\n\n"
            f"var {obj} = {{\n    \"version\": 20240517,\n    \"services\": {{}},\n    \"state\": [],\n"
            "    \"pick\": function (k) {\n        var n = 0;\n        // walk the list of consent keys and count the accepted ones\n"
            f"{branches}\n        return n;\n    }}\n}};\n")


PAGE = "<?php include 'inc/header.php'; ?>\n<p>Recherche</p>\n<script src=\"js/{name}.js\"></script>\n"


def _files(name: str) -> dict:
    return {"README.md": "# Recherche dans les registres\n\nModule de recherche.\n", "index.php": PAGE.format(name=name),
            "inc/header.php": "<?php\n// en-tête commun des pages\necho '<header></header>';\n",
            f"js/{name}.js": _script(name), "js/custom.js": "// initialisation de la page\nvar ouvert = false;\n"}


def _libs(r):
    return {e["value"]["library"]: e["value"]["version"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_a_known_librarys_dated_object_makes_it_a_copy(tmp_path):
    res = judge(tmp_path, _files("tarteaucitron"), [DEPS, MAINT], name="lib")[1]
    assert _libs(res[DEPS]).get("tarteaucitron") == "20240517", res[DEPS]["message"]
    assert res[MAINT]["details"]["excluded"]["vendored"] == 1 and "above" not in res[MAINT]["message"]["en"], res[MAINT]["message"]


def test_the_projects_own_object_with_a_version_stays_its_own(tmp_path):
    res = judge(tmp_path, _files("consentement"), [DEPS, MAINT], name="own")[1]
    assert "consentement" not in _libs(res[DEPS]), res[DEPS]["message"]
    assert res[MAINT]["details"]["excluded"]["vendored"] == 0 and "1 above" in res[MAINT]["message"]["en"], res[MAINT]["message"]
