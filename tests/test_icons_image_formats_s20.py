"""Issue 12, session 20 (reader r1, a city's static map of flood-risk eligibility): interoperability.accessibility-and-ecodesign
asked to convert the site's images to WebP (RGESN 5.1) when its only raster images were its favicons (favicon-16x16.png,
favicon-32x32.png, favicon.ico). Favicons and app icons (apple-touch-icon, android-chrome, mstile, the icons a web manifest lists
or a page links as its icon) have formats browsers and systems require: they are left out of the images to convert. A content
image beside them is still counted."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.accessibility-and-ecodesign"

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Carte des zones</title>
  <link rel="icon" type="image/png" href="assets/img/favicon-32x32.png" sizes="32x32">
  <link rel="icon" type="image/png" href="assets/img/favicon-16x16.png" sizes="16x16">
  <link rel="stylesheet" href="assets/css/carte.css">
</head>
<body><div id="carte"></div><script src="assets/js/carte.js"></script></body>
</html>
"""

SITE = {
    "README.md": "# Carte des zones\n\nCarte statique des zones éligibles, par parcelle.\n",
    "index.html": PAGE,
    "assets/css/carte.css": "#carte { position: absolute; inset: 0; }\n",
    "assets/js/carte.js": "const carte = document.getElementById('carte');\ncarte.textContent = 'Chargement…';\n",
    "assets/img/favicon-16x16.png": "PNG-16\n",
    "assets/img/favicon-32x32.png": "PNG-32\n",
    "assets/img/favicon.ico": "ICO\n",
}


def _check(tmp_path, files, name):
    return judge(tmp_path, files, [CHECK], name=name)[1][CHECK]


def test_favicons_alone_are_no_images_to_convert(tmp_path):
    res = _check(tmp_path, SITE, "favicons")
    assert res["details"]["criteria"]["image_formats"] is True, res["message"]
    assert res["details"]["raster_images"] == 0
    assert "image formats" not in res["message"]["en"].split("missing:")[1], res["message"]
    assert not any("WebP" in str(e.get("note")) for e in res["evidence"]), res["evidence"]


def test_icons_a_manifest_lists_or_a_page_links_are_left_out_but_a_content_image_counts(tmp_path):
    files = dict(SITE)
    files["index.html"] = PAGE.replace('<link rel="stylesheet"', '<link rel="manifest" href="site.webmanifest">\n'
                                       '  <link rel="apple-touch-icon" href="assets/img/tuile.png">\n  <link rel="stylesheet"')
    files["site.webmanifest"] = ('{"name": "Carte des zones", "icons": [{"src": "/assets/img/appli-192.png", "sizes": "192x192", '
                                 '"type": "image/png"}, {"src": "assets/img/appli-512.png", "sizes": "512x512"}]}\n')
    files["assets/img/appli-192.png"] = "PNG-192\n"
    files["assets/img/appli-512.png"] = "PNG-512\n"
    files["assets/img/tuile.png"] = "PNG-180\n"
    files["assets/img/photo-digue.jpg"] = "JPEG\n"  # a picture the page shows
    res = _check(tmp_path, files, "content")
    assert res["details"]["raster_images"] == 1, res["details"]
    assert res["details"]["criteria"]["image_formats"] is False, res["message"]
    finding = [e for e in res["evidence"] if "WebP" in str(e.get("note"))]
    assert [e["path"] for e in finding] == ["assets/img/photo-digue.jpg"], res["evidence"]
