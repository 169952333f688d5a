"""A library a site generator copied into its output stays a copied library (issue 12, s38 lead = re-reader vh38 on govpf/helpthemall).

fn38 made a Hugo site's public/ (Hugo's pages beside config.toml) build output. Its files took the category "build", the copied
jQuery in public/plugins/jquery/ included, which the inventory had counted as a vendored copy: the text scan then read jQuery as the
project's code, and interoperability.data-standards said "only JSON messages (of its own interface or of the services it calls)" from
jQuery's own "application/json". A copied library stays vendored wherever it lies; the generator's own pages stay build output.
"""

from __future__ import annotations

from tests.test_hugo_site_theme_output_s38fn38 import PUBLIC, SITE
from tests.test_local_authority_verdicts import judge

JQUERY = ("/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n"
          "!function(a,b){\"object\"==typeof module&&\"object\"==typeof module.exports?module.exports=a.document?b(a,!0):function(a){return b(a)}:b(a)}"
          "(\"undefined\"!=typeof window?window:this,function(a,b){var c=[];return{ajaxSettings:{accepts:{json:\"application/json, text/javascript\"}}}});\n")


def test_the_copied_jquery_in_the_built_site_is_no_code_of_the_project(tmp_path):
    report, res = judge(tmp_path, {**SITE, **PUBLIC, "public/plugins/jquery/jquery-1.12.4.js": JQUERY},
                        ["interoperability.data-standards", "reusability.build-output"])
    assert "JSON" not in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]
    build = res["reusability.build-output"]
    assert build["status"] != "pass" and "public/" in build["message"]["en"], build["message"]
