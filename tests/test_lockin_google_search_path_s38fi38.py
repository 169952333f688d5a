"""scaling.vendor-lock-in and reusability.portability (issue 12, s38 fi38 = reader ra38, akjoecapoeira07/mairie-lanveoc).

A tourist office's static site with a PHP endpoint looking up pictures of places through
https://www.googleapis.com/customsearch/v1?key=…&cx=…&searchType=image was said to depend on "Google Workspace APIs (Agenda,
Drive, Gmail…)", with CalDAV/WebDAV advice. www.googleapis.com serves many Google APIs: the one called is read from the address's
path, /customsearch/ being Google's Programmable Search (the Custom Search JSON API), advised for as a search service.
Near miss: the same host with a Calendar path (/calendar/v3/) stays a Workspace API.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

IMAGES = """<?php
header('Content-Type: application/json');
$config = require __DIR__ . '/config.php';
$apiKey = $config['google_api_key'];
$cx = $config['google_cse_id'];
$query = urlencode($_GET['lieu'] ?? 'Lanvic');
$url = 'https://www.googleapis.com/{path}?key=' . $apiKey .
       '&cx=' . $cx . '&q=' . $query . '&searchType=image&num=1';
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$answer = json_decode(curl_exec($ch), true);
echo json_encode(['image' => $answer['items'][0]['link'] ?? null]);
"""

FILES = {
    "README.md": "# Office du tourisme\n\nSite web de l'office du tourisme de la commune.\n",
    "index.html": "<!doctype html><html lang=\"fr\"><head><title>Office</title><script src=\"script.js\"></script></head>"
                  "<body><h1>Bienvenue</h1><div id=\"photo\"></div></body></html>\n",
    "script.js": "fetch('api/images.php?lieu=port').then(r => r.json()).then(d => { document.getElementById('photo').src = d.image; });\n",
    "api/config.example.php": "<?php\nreturn ['google_api_key' => 'VOTRE_CLE', 'google_cse_id' => 'VOTRE_CX'];\n",
}


def _run(tmp_path, path: str, cid: str) -> dict:
    return check_result(tmp_path, {**FILES, "api/images.php": IMAGES.replace("{path}", path)}, cid)


def test_a_custom_search_call_is_googles_programmable_search_not_workspace(tmp_path):
    r = _run(tmp_path / "a", "customsearch/v1", "scaling.vendor-lock-in")
    assert "Programmable Search" in r["message"]["en"], r["message"]
    assert "Workspace" not in r["message"]["en"], r["message"]
    notes = " ".join((e.get("note") or {}).get("en", "") for e in r["evidence"])
    assert "CalDAV" not in notes and "SearXNG" in notes, notes
    p = _run(tmp_path / "b", "customsearch/v1", "reusability.portability")
    assert "Programmable Search" in p["message"]["en"] and "Workspace" not in p["message"]["en"], p["message"]
    assert "CalDAV" not in str(p["evidence"]), p["evidence"]


def test_a_calendar_path_on_the_same_host_stays_workspace(tmp_path):
    r = _run(tmp_path, "calendar/v3/calendars/primary/events", "scaling.vendor-lock-in")
    assert "Workspace" in r["message"]["en"], r["message"]
    assert "Programmable Search" not in r["message"]["en"], r["message"]
