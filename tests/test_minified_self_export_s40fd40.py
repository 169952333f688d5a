"""A minified script wrapped for any loader that gives the page a global named after the file is a copied library (issue 12, s40
fd40 = Fulldia/couserans): a Mobirise site commits assets/smoothscroll/smooth-scroll.js, the SmoothScroll library minified with no
banner, whose last line exports it for AMD, CommonJS or the page (`define.amd?define(…):…module.exports=y:window.SmoothScroll=y`);
reusability.dependencies listed 4 copied libraries without it and the file counted among the project's sources. The near misses: the
same minified code exporting a global of another name, and a readable script of the project setting window.SmoothScroll, stay the
project's."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_copied_binaries_cms_s18_h2 import WHEN, _inventory

SITE = {"README.md": "# Site de la communauté de communes\n\nLe site internet de la collectivité.\n",
        "index.php": "<?php include 'header.php'; ?>\n<script src=\"assets/smoothscroll/smooth-scroll.js\"></script>\n",
        "js/code.js": "// Affiche les actualités\nfunction actus(liste) {\n  return liste.map(function (a) { return a.titre; });\n}\n"}
BODY = "".join(f"function f{i}(a,b){{var c=a.scrollTop+b;return c>{i}?c:{i}}}" for i in range(40))


def minified(glob: str) -> str:
    lines = [BODY[i:i + 500] for i in range(0, len(BODY), 500)]
    return ("(function(){var y={};" + "\n".join(lines) + ";\"function\"===typeof define&&define.amd?define(function(){return y}):"
            f"\"object\"==typeof exports?module.exports=y:window.{glob}=y}})();\n")


def _category(tmp_path, text: str) -> str:
    cats, _ = _inventory(make_repo(tmp_path / "site", [{"files": {**SITE, "assets/smoothscroll/smooth-scroll.js": text}, **WHEN}]))
    return cats["assets/smoothscroll/smooth-scroll.js"]


def test_minified_umd_exporting_the_files_name_is_a_copied_library(tmp_path):
    assert _category(tmp_path, minified("SmoothScroll")) == "vendored"


def test_minified_umd_exporting_another_name_stays_the_projects(tmp_path):
    assert _category(tmp_path, minified("SiteMenu")) != "vendored"


def test_readable_script_setting_the_global_stays_the_projects(tmp_path):
    readable = ("// Défilement doux de la page\n(function () {\n  function scrollTo(target) {\n    window.scrollTo({ top: target, behavior: 'smooth' });\n"
                "  }\n  if (typeof exports === 'object') { module.exports = scrollTo; }\n  window.SmoothScroll = scrollTo;\n})();\n") * 3
    assert _category(tmp_path, readable) != "vendored"
