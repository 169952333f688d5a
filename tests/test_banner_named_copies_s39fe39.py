"""Copied third-party files told by their own banner (issue 12, s39 fe39 = measure reader ra39 on Fulldia/couserans).

A site builder's assets/ held yt-player (assets/ytplayer/index.js: "/* yt-player. MIT License. <author> */" above Closure Compiler's
output) and animate.css (assets/animatecss/animate.css: "@charset" line, then "/*! animate.css … Version - 4.1.0 Licensed under the MIT
license"). Neither was recognised: code-comments counted yt-player's 37 declarations as the project's ("0/43"), and
reusability.dependencies listed 2 copied libraries, not those two. A banner naming, with a licence, the folder the file sits in is
that library's; a stylesheet's @charset line does not hide the /*! banner under it; a Closure-compiled script without a library's
banner is the compiler's output. The project's own script, with its own copyright header, stays its own.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

API = ("<?php\nfunction lire_actus($pdo) {\n  return $pdo->query('SELECT * FROM actus')->fetchAll();\n}\n"
       "function une_actu($pdo, $id) {\n  return $pdo->query('SELECT * FROM actus WHERE id=' . intval($id))->fetch();\n}\n")
PLAYER = ("/*\n lecteur-video. MIT License. Jeanne Exemple <https://example.org/opensource> */\n"
          "var $jscomp=$jscomp||{};$jscomp.scope={};$jscomp.arrayIteratorImpl=function(a){var b=0;return function(){return b<a.length?"
          "{done:!1,value:a[b++]}:{done:!0}}};\n"
          + "".join(f"Emitter.prototype.m{i}=function(a,b){{return this.emit(a,b)}};\n" for i in range(30)))
ANIMATE = ("\r\n@charset \"UTF-8\";\r\n/*!\r\n * bouge.css - https://bouge.example.org/\r\n * Version - 2.3.0\r\n"
           " * Licensed under the MIT license - http://opensource.org/licenses/MIT\r\n *\r\n * Copyright (c) 2020 Bouge\r\n */\r\n"
           ":root {\r\n  --bouge-duration: 1s;\r\n}\r\n.bouge__fade { opacity: 0; }\r\n")
THEME = ("var $jscomp=$jscomp||{};$jscomp.scope={};$jscomp.ASSUME_ES5=!1;\n"
         + "".join(f"function f{i}(a){{return a+{i}}}\n" for i in range(20)))
SITE = {
    "index.php": "<?php include 'inc/header.html'; ?>\n<main>Actualités</main>\n",
    "api/api.php": API,
    "assets/lecteurvideo/index.js": PLAYER,
    "assets/bougecss/bouge.css": ANIMATE,
    "assets/theme/js/script.js": THEME,
}


def test_banner_named_libraries_are_copies_not_the_projects_code(tmp_path):
    report, res = judge(tmp_path, SITE, ["documentation.code-comments", "reusability.dependencies"])
    inventory = report["facts"]["inventory"]
    libraries = {lib["name"]: lib for lib in inventory["libraries"]}
    assert libraries["lecteur-video"]["license"] == "MIT", libraries
    assert libraries["bouge"]["version"] == "2.3.0" and libraries["bouge"]["license"] == "MIT", libraries
    deps = res["reusability.dependencies"]["message"]["en"]
    assert "lecteur-video" in deps and "bouge 2.3.0" in deps, deps
    comments = res["documentation.code-comments"]
    assert "(0/2)" in comments["message"]["en"], comments["message"]
    assert all(e.get("path") not in ("assets/lecteurvideo/index.js", "assets/theme/js/script.js") for e in comments["evidence"]), comments["evidence"]


def test_the_projects_own_script_with_its_own_copyright_header_stays_its_own(tmp_path):
    own = ("/*\n agenda. Copyright 2023 Communauté de communes Exemple. MIT License. */\n"
           + "".join(f"function jour{i}(a) {{\n  return a + {i};\n}}\n" for i in range(3)))
    report, res = judge(tmp_path, {**SITE, "assets/js/agenda.js": own}, ["documentation.code-comments", "reusability.dependencies"])
    assert report["facts"]["inventory"]["examples"]["source"].count("assets/js/agenda.js") == 1
    assert "agenda" not in {lib["name"] for lib in report["facts"]["inventory"]["libraries"]}
    assert res["documentation.code-comments"]["details"]["by_language"]["javascript"]["files"] >= 1, res["documentation.code-comments"]["details"]
