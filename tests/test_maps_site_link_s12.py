"""scaling.vendor-lock-in / interoperability.geo: a link opening a place on Google Maps' site (``https://maps.google.com/?q=lat,lon``
in an info window's "open in the GPS" anchor) is a page a person follows, not Google Maps Platform called by the code (issue 12,
s12: an SDIS's Android app drawing OSM tiles with osmdroid told it depends on Google Maps Platform). The Platform's JavaScript
API on the same host (``maps.google.com/maps/api/js``) and an embedded map (``output=embed``) stay the Platform."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

LOCK = "scaling.vendor-lock-in"
WINDOW_KT = ('package fr.ville.carte\n\nclass InfoWindow {\n    fun bind(lat: Double, lon: Double) {\n'
             '        link.text = Html.fromHtml(\n            "<a href=\\"https://maps.google.com/?q=" +\n'
             '                "$lat,$lon\\">Ouvrir le GPS</a>",\n            Html.FROM_HTML_MODE_COMPACT,\n        )\n    }\n}\n')
INTENT_KT = ('package fr.ville.carte\n\nobject Itineraire {\n'
             '    fun uri(lat: Double, lon: Double) = Uri.parse("https://maps.google.com/maps?daddr=$lat,$lon")\n}\n')
README = "# Carte\n\nApplication de tournées.\n"


def lock(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [LOCK]))[LOCK]


def test_a_link_to_google_maps_site_is_no_platform_call(tmp_path):
    r = lock(tmp_path, {"README.md": README, "app/src/main/java/fr/ville/carte/InfoWindow.kt": WINDOW_KT,
                        "app/src/main/java/fr/ville/carte/Itineraire.kt": INTENT_KT})
    assert "Google Maps" not in r["message"]["en"], (r["message"], r["evidence"])


def test_the_platforms_api_on_the_same_host_stays_the_platform(tmp_path):
    page = '<html><head><script src="https://maps.google.com/maps/api/js?key=KEY"></script></head><body></body></html>\n'
    r = lock(tmp_path / "api", {"README.md": README, "web/index.html": page})
    assert "Google Maps Platform" in r["message"]["en"], r["message"]


def test_an_embedded_google_map_stays_the_platform(tmp_path):
    js = 'var url = "https://maps.google.com/maps?q=" + q + "&output=embed";\nframe.src = url;\n'
    r = lock(tmp_path / "embed", {"README.md": README, "web/embed.js": js})
    assert "Google Maps Platform" in r["message"]["en"], r["message"]
