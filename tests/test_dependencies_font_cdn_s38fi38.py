"""reusability.dependencies (issue 12, s38 fi38 = reader ra38, akjoecapoeira007/mairie-lanveoc).

A static site with two PHP endpoints (curl and json only) and a plain script has no dependency manifest and needs none; its one
outside load is a web-font stylesheet (<link href="https://fonts.googleapis.com/css2?family=Inter…">). The check said fail "No
dependency manifest" because the font service counts as a CDN (and its deploy.sh, pushing the site by git-ftp, as code in another
language). A font service's stylesheet or a font file is a typeface, no library
the code would declare, and a shell script calls programs: not applicable.
Near misses: the same page loading jQuery from ajax.googleapis.com (the same domain as the fonts) or Bootstrap's stylesheet from a
CDN keeps "No dependency manifest".
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"

PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Office du tourisme</title>
<link href="https://fonts.googleapis.com/css2?family=Playfair+Display:wght@400;700&family=Inter:wght@300;400&display=swap" rel="stylesheet">
<link rel="stylesheet" href="styles.css">
{extra}<script src="script.js"></script>
</head><body><h1>Bienvenue</h1><form id="contact"><input name="nom"></form><div id="photo"></div></body></html>
"""

API = """<?php
header('Content-Type: application/json');
$ch = curl_init('https://api.example.org/v1/images?q=' . urlencode($_GET['q'] ?? ''));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo json_encode(json_decode(curl_exec($ch), true));
"""

FILES = {"README.md": "# Office du tourisme\n\nSite web de l'office du tourisme de la commune.\n",
         "styles.css": "body { font-family: 'Inter', sans-serif; }\nh1 { font-family: 'Playfair Display', serif; }\n",
         "script.js": "document.addEventListener('DOMContentLoaded', () => {\n  fetch('api/images.php?q=port').then(r => r.json()).then(d => {\n"
                      "    document.getElementById('photo').textContent = d.title;\n  });\n});\n",
         "api/images.php": API,
         "deploy.sh": "#!/bin/bash\n# Deploy by git-ftp\ngit config git-ftp.url \"$FTP_HOST\"\ngit ftp push --user \"$FTP_USERNAME\"\n"}


def test_a_web_font_stylesheet_is_no_dependency_to_declare(tmp_path):
    r = check_result(tmp_path, {**FILES, "index.html": PAGE.replace("{extra}", "")}, CID)
    assert r["status"] == "not_applicable", r["message"]  # was fail "No dependency manifest."


def test_a_script_or_a_library_stylesheet_from_a_cdn_keeps_the_manifest_expected(tmp_path):
    jquery = '<script src="https://ajax.googleapis.com/ajax/libs/jquery/3.7.1/jquery.min.js"></script>\n'
    r = check_result(tmp_path / "a", {**FILES, "index.html": PAGE.replace("{extra}", jquery)}, CID)
    assert r["status"] == "fail", r["message"]
    bootstrap = '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">\n'
    r = check_result(tmp_path / "b", {**FILES, "index.html": PAGE.replace("{extra}", bootstrap)}, CID)
    assert r["status"] == "fail", r["message"]
