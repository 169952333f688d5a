"""A map's key in a page's markup is the page's browser key (issue 12, session 43 fixer fe43 = Guklam/Echinghen, reader rb43): a
commune's PHP home page embeds its map with the Maps Embed API, ``<iframe src="https://www.google.com/maps/embed/v1/search?key=AIza…
&q=…">``, and reusability.secrets failed on a "Google API key in server configuration" because every key in a .php file was read as a
server's. A key in the address of a map the page loads (the Maps Embed API's iframe, the Maps JavaScript API's script) is sent to
every visitor and restricted by the site's referrer, as the tool already reads it in HTML or JS: named apart, with the advice to
restrict it. A PHP script calling a Google web
service itself (the Geocoding API's JSON) keeps its key a server's. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

KEY = "AIzaSyDk3Qw8Rt5Yu1Io9Pa7Sd4Fg6Hj2Kl0ZxC"
HOME = ("<?php $titre = 'Accueil'; include 'includes/Head.php'; ?>\n<main>\n  <h2>Bienvenue</h2>\n  <div class=\"carte\">\n"
        f"    <iframe style=\"border:0\" src=\"https://www.google.com/maps/embed/v1/search?key={KEY}&q=mairie\"></iframe>\n"
        "  </div>\n</main>\n<?php include 'includes/Footer.php'; ?>\n")
SCRIPT_PAGE = ("<?php include 'head.php'; ?>\n<div id=\"map\"></div>\n"
               f"<script src=\"https://maps.googleapis.com/maps/api/js?key={KEY}&amp;callback=initMap\" async defer></script>\n")
GEOCODE = ("<?php\nfunction geocode($adresse) {\n"
           f"    $url = 'https://maps.googleapis.com/maps/api/geocode/json?key={KEY}&address=' . urlencode($adresse);\n"
           "    return json_decode(file_get_contents($url), true);\n}\n")


def _paths(result: dict) -> set[str]:
    return {e.get("path") for e in result["evidence"] if e.get("path")}


def test_a_maps_key_in_a_php_pages_markup_is_the_pages_browser_key(tmp_path):
    r = sec(tmp_path, {"index.php": HOME, "carte.php": SCRIPT_PAGE, "includes/Head.php": "<title><?= $titre ?></title>\n"})
    assert r["status"] == "pass" and r["score"] == 10, (r["message"], r["evidence"])
    # (named apart, to restrict: no finding)
    assert {(e["path"], e["kind"]) for e in r["evidence"]} == {("index.php", "found"), ("carte.php", "found")}, r["evidence"]
    assert "2 Google browser key(s)" in r["message"]["en"] and "restrict" in r["message"]["en"], r["message"]


def test_a_php_script_calling_a_google_web_service_keeps_a_servers_key(tmp_path):
    # near miss: the same key in the address a PHP function fetches itself (the Geocoding web service), no markup
    r = sec(tmp_path, {"index.php": "<?php include 'lib/geo.php'; ?>\n<h2>Bienvenue</h2>\n", "lib/geo.php": GEOCODE})
    assert r["status"] == "fail", r["message"]
    assert _paths(r) == {"lib/geo.php"}, r["evidence"]
