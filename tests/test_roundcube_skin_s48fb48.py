"""A Roundcube skin is a theme of Roundcube, and its meta.json states its licence (issue 12, session 48 fixer fb48 =
GIP-RECIA/Roundcube-esco_theme, reader rh47): the repository is a webmail skin, meta.json ("extends": "elastic", "license":
"Creative Commons Attribution-ShareAlike", "license-url": …/by-sa/3.0/) beside templates with Roundcube's <roundcube:…> tags. It
was judged a static site (install: "publish it with GitHub Pages") and every licence check said "No license found", though
meta.json is the skin's manifest to Roundcube, as a WordPress theme's style.css header is. Fixtures written for the test."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

META = {"name": "Littoral", "author": "Syndicat numérique", "url": "https://syndicat.example.org",
        "license": "Creative Commons Attribution-ShareAlike", "license-url": "https://creativecommons.org/licenses/by-sa/4.0/",
        "extends": "elastic", "localization": True, "config": []}
LAYOUT = ("<roundcube:object name=\"doctype\" value=\"html5\" />\n<html>\n<head>\n<title><roundcube:object name=\"pagetitle\" /></title>\n"
          "<roundcube:include file=\"includes/links.html\" />\n</head>\n<body>\n<roundcube:container name=\"topline\" id=\"topline\" />\n"
          "</body>\n</html>\n")
SKIN = {
    "meta.json": json.dumps(META, indent=2) + "\n",
    "templates/includes/layout.html": LAYOUT,
    "templates/compose.html": "<roundcube:include file=\"includes/layout.html\" />\n<div class=\"compose\">\n<roundcube:object name=\"composebody\" />\n</div>\n",
    "styles/littoral.scss": "$main-color: #0a5c7a;\n.header { background: $main-color; }\n",
    "styles/littoral.css": ".header{background:#0a5c7a}\n",
}
CHECKS = ["licensing.license-file", "licensing.open-license", "reusability.install"]


def test_a_roundcube_skin_is_a_theme_of_roundcube_with_its_licence(tmp_path):
    report, res = judge(tmp_path, SKIN, CHECKS)
    project = report["facts"]["project"]
    assert project["kind"] == "library", project
    assert any(e.get("reason") == "theme of Roundcube" for e in project["kind_evidence"]), project["kind_evidence"]
    lf = res["licensing.license-file"]
    assert "CC-BY-SA-4.0" in lf["message"]["en"] and "meta.json" in lf["message"]["en"], lf["message"]
    assert "No license found" not in res["licensing.open-license"]["message"]["en"], res["licensing.open-license"]["message"]
    install = res["reusability.install"]
    assert "Roundcube" in install["message"]["en"] and "static site" not in install["message"]["en"], install["message"]


def test_a_roundcube_plugin_by_its_composer_type(tmp_path):
    files = {"composer.json": json.dumps({"name": "syndicat/annuaire", "type": "roundcube-plugin", "license": "GPL-3.0-or-later",
                                          "require": {"roundcube/plugin-installer": ">=0.1.6"}}) + "\n",
             "annuaire.php": "<?php\nclass annuaire extends rcube_plugin\n{\n    public function init()\n    {\n        $this->add_hook('startup', [$this, 'startup']);\n    }\n}\n"}
    report, _ = judge(tmp_path, files, ["reusability.install"])
    assert any(e.get("reason") == "plugin of Roundcube" for e in report["facts"]["project"]["kind_evidence"]), report["facts"]["project"]


def test_near_miss_a_meta_json_of_no_skin_and_templates_without_roundcube_tags(tmp_path):
    # a static site's meta.json (no skin keys) states no licence of the project; a skin-like meta.json beside plain HTML is no skin
    files = {"meta.json": json.dumps({"name": "Carte", "license": "Creative Commons Attribution-ShareAlike", "version": "1.0"}) + "\n",
             "index.html": "<!doctype html>\n<html><head><title>Carte</title></head><body><h1>Carte des plages</h1></body></html>\n",
             "css/site.css": "h1{color:#036}\n"}
    report, res = judge(tmp_path, files, CHECKS, name="a")
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    assert "meta.json" not in res["licensing.license-file"]["message"]["en"], res["licensing.license-file"]["message"]
    plain = {**SKIN, "templates/includes/layout.html": "<html><body><div id=\"topline\"></div></body></html>\n",
             "templates/compose.html": "<html><body><div class=\"compose\"></div></body></html>\n"}
    report, _ = judge(tmp_path, plain, ["reusability.install"], name="b")
    assert not any("Roundcube" in str(e.get("reason")) for e in report["facts"]["project"]["kind_evidence"]), report["facts"]["project"]
