"""A static site's licence stated by the header of its one script (issue 12, s41 fq41 = reader rf41,
DepartementDuDoubs/A_Quand_La_Fibre).

The map has no licence file; its only script of its own, js/main.js, opens on the GNU "how to apply" notice (GPL, "either
version 3 of the License, or (at your option) any later version"), beside index.html, its style sheet and a copied Leaflet. The
rule for one file's header (the project's own program states it, its files hold at least half of the program's bytes) counted the
page and the style sheets as program code, so the notice covered a third of the bytes: licensing.open-license and authorized-fr
failed "No license found" and licensing.dependencies said the project states none. Pages and style sheets are no program: the
script is the whole program, its header the project's licence. Near misses keep no licence: two scripts of the project's own under
different licences, one short script's header among larger scripts without one, and a copied library's banner.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

GPL = """/**
 * <Carte — trouvez une date sur la carte.>
*  Copyright (C) <2020>  <Une Personne>

    This program is free software: you can redistribute it and/or modify
    it under the terms of the GNU General Public License as published by
    the Free Software Foundation, either version 3 of the License, or
    (at your option) any later version.

    This program is distributed in the hope that it will be useful,
    but WITHOUT ANY WARRANTY; without even the implied warranty of
    MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
    GNU General Public License for more details.

    You should have received a copy of the GNU General Public License
    along with this program.  If not, see <https://www.gnu.org/licenses/>.
 */
"""
MIT = """/*
 * Copyright (c) 2020 Une Autre Personne
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation
 * files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy,
 * modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software
 * is furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES
 * OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
 * LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 * CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
"""
LEAFLET = """/* @preserve
 * Leaflet 1.4.0, a JS library for interactive maps. http://leafletjs.com
 * (c) 2010-2018 Vladimir Agafonkin, (c) 2010-2011 CloudMade
 */
!function(t,i){"object"==typeof exports?i(exports):i(t.L={})}(this,function(t){"use strict";t.version="1.4.0"});
"""
CHECKS = ["licensing.open-license", "licensing.authorized-fr", "licensing.dependencies"]


def script(n: int) -> str:
    return "$(function() {\n" + "".join(f"  $('#champ{i}').on('click', function() {{ afficher({i}); }});\n" for i in range(n)) + "});\n"


def site(scripts: dict[str, str]) -> dict:
    rows = "".join(f"      <div class=\"ligne\" id=\"champ{i}\"><span>Commune {i}</span><button>Voir</button></div>\n" for i in range(150))
    css = "".join(f".bloc{i} {{ margin: {i}px; padding: {i % 7}px; color: #33{i % 10}; }}\n" for i in range(200))
    return {"index.html": "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><title>Carte</title>\n"
                          "<link rel=\"stylesheet\" href=\"css/style.css\">\n<script src=\"js/leaflet.js\"></script>\n"
                          + "".join(f"<script src=\"{p}\"></script>\n" for p in scripts) + "</head>\n<body>\n" + rows
                          + "<footer>Licence : GPL v3</footer>\n</body>\n</html>\n",
            "css/style.css": css, "js/leaflet.js": LEAFLET, **scripts}


def results(repo, tmp_path, files):
    report = audit(str(repo([{"files": files, "date": "2020-03-02T10:00:00Z"}])), AuditOptions(cache_dir=tmp_path / "c", only=CHECKS))
    return report["facts"]["license"], {r["id"]: r for r in report["results"]}


def test_the_one_script_header_is_the_static_sites_licence(repo, tmp_path):
    lic, res = results(repo, tmp_path, site({"js/main.js": GPL + script(60)}))
    assert lic["spdx"] == "GPL-3.0-or-later"
    assert res["licensing.open-license"]["status"] == "pass"
    assert res["licensing.authorized-fr"]["status"] == "pass"
    assert "states no license" not in res["licensing.dependencies"]["message"]["en"]


def test_two_scripts_under_different_licences_state_no_licence(repo, tmp_path):
    lic, res = results(repo, tmp_path, site({"js/main.js": GPL + script(60), "js/outils.js": MIT + script(60)}))
    assert lic["spdx"] is None
    assert res["licensing.open-license"]["status"] == "fail"


def test_one_short_script_header_among_larger_scripts_is_not_the_projects(repo, tmp_path):
    lic, res = results(repo, tmp_path, site({"js/aide.js": GPL + script(2), "js/main.js": script(120)}))
    assert lic["spdx"] is None
    assert res["licensing.open-license"]["status"] == "fail"


def test_a_copied_librarys_banner_is_not_the_projects(repo, tmp_path):
    lic, res = results(repo, tmp_path, site({"js/main.js": script(60), "js/jquery.min.js": MIT + "!function(){var a=1;}();\n"}))
    assert lic["spdx"] is None
    assert res["licensing.open-license"]["status"] == "fail"
