"""One copied library under two spellings of its name is one library (issue 12, session 47 lead; re-reader s46 vf46:
louisprvst/SauvetageDunkerquois).

A search site of a city's archives copied a carousel's build: its script (js/owl.carousel.min.js) and its stylesheets
(style/owl.carousel.min.css, style/owl.theme.default.min.css), each opening on the same banner "Owl Carousel v2.3.4".
reusability.dependencies listed it twice, "owl-carousel 2.3.4" (the theme's banner) and "owl.carousel 2.3.4" (the script's file
name): the two names differ only by their separators, with one version — one library. Near miss: two libraries whose names
differ by more than separators (or by version) stay two.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

BANNER = ("/**\n * Kite Slider v3.1.0\n * Copyright 2016-2019 Jo Martin\n"
          " * Licensed under: SEE LICENSE IN https://github.com/example/KiteSlider/blob/master/LICENSE\n */\n")
FILES = {
    "index.php": "<?php\n$q = $_GET['q'] ?? '';\necho '<h1>Recherche</h1>' . htmlspecialchars($q);\n",
    "js/kite.slider.min.js": BANNER + "!function(a){function e(b){this.b=b}a.fn.kiteSlider=function(){return this}}(window.jQuery);\n",
    "style/kite.slider.min.css": BANNER + ".kite-slider{display:none}\n",
    "style/kite.theme.default.min.css": BANNER + ".kite-theme .kite-dots{text-align:center}\n",
}


def _libs(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2023-05-02T10:00:00Z", "message": "site"}])
    report = run_audit(repo, tmp_path / "c", ["reusability.dependencies"])
    return results(report)["reusability.dependencies"], report["facts"]["inventory"]["libraries"]


def test_one_library_under_two_spellings_is_listed_once(tmp_path):
    r, libs = _libs(tmp_path, FILES)
    kite = [(l["name"], l["version"]) for l in libs if "kite" in l["name"]]
    assert kite == [("kite-slider", "3.1.0")], kite  # was kite-slider 3.1.0 and kite.slider 3.1.0
    assert r["message"]["en"].count("kite") == 1, r["message"]


def test_near_miss_two_versions_stay_two(tmp_path):
    files = dict(FILES)
    files["style/kite.theme.default.min.css"] = files["style/kite.theme.default.min.css"].replace("v3.1.0", "v3.0.0")
    r, libs = _libs(tmp_path, files)
    kite = sorted((l["name"], l["version"]) for l in libs if "kite" in l["name"])
    assert kite == [("kite-slider", "3.0.0"), ("kite.slider", "3.1.0")], kite
