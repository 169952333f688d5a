"""interoperability.public-building-blocks (issue 12, s40 fb40 = reader mc39 repo 1, ThomasMarty/Mairie-de-SMO).

A town hall's static site embeds Acceslibre's widget — a container <div id="widget-a11y-container" data-pk="…"
data-baseurl="https://acceslibre.beta.gouv.fr"> and the script https://acceslibre.beta.gouv.fr/static/js/widget.js — which shows the
town hall's accessibility record from the State's national register of public buildings instead of the commune keeping its own.
The check said "no public building block called". A national public service's widget or API the pages load is a building block:
Acceslibre, and the DILA's co-marquage of Service-Public.fr (lecomarquage.service-public.fr), of the same family.
Near miss: a mere link to the town hall's Acceslibre page (<a href>) loads nothing and stays no block.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"

PAGE = """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Mairie de Villebourg</title><link rel="stylesheet" href="style.css"></head>
<body>
  <header><h1>Mairie de Villebourg</h1></header>
  <main>
    <section id="horaires"><h2>Horaires</h2><p>Lundi au vendredi, 9 h - 12 h.</p></section>
    <section id="accessibilite"><h2>Accessibilité de la mairie</h2>
{widget}
    </section>
  </main>
  <script src="script.js"></script>
{script}
</body>
</html>
"""

WIDGET = ('        <div id="widget-a11y-container" data-pk="00000000-1111-2222-3333-444444444444" '
          'data-baseurl="https://acceslibre.beta.gouv.fr"></div>')
SCRIPT = '  <script src="https://acceslibre.beta.gouv.fr/static/js/widget.js" type="text/javascript" async="true"></script>'
LINK = '        <p><a href="https://acceslibre.beta.gouv.fr/app/09-villebourg/a/mairie/erp/mairie-villebourg/">Voir la fiche Acceslibre</a></p>'

FILES = {"README.md": "# Site de la mairie de Villebourg\n\nSite web de la mairie.\n",
         "style.css": "body { font-family: sans-serif; }\n",
         "script.js": "document.querySelectorAll('nav a').forEach(function (a) { a.addEventListener('click', function () {}); });\n"}


def test_the_acceslibre_widget_is_a_public_building_block(tmp_path):
    r = check_result(tmp_path, {**FILES, "index.html": PAGE.replace("{widget}", WIDGET).replace("{script}", SCRIPT)}, CID)
    assert r["status"] == "pass", r["message"]  # was not_applicable "no public building block called"
    assert "Acceslibre" in str(r["message"]), r["message"]


def test_the_service_public_co_marquage_is_a_public_building_block(tmp_path):
    fetch = ("<?php\n// Fiches « Vos droits et démarches » de Service-Public.fr, mises à jour chaque nuit\n"
             "$zip = file_get_contents('https://lecomarquage.service-public.fr/vdd/3.3/part/zip/vosdroits-latest.zip');\n"
             "file_put_contents(__DIR__ . '/cache/vosdroits.zip', $zip);\n")
    r = check_result(tmp_path, {**FILES, "index.html": PAGE.replace("{widget}", "").replace("{script}", ""), "cron/comarquage.php": fetch}, CID)
    assert "Co-marquage" in str(r["message"]), r["message"]


def test_a_link_to_the_acceslibre_page_is_no_block(tmp_path):
    r = check_result(tmp_path, {**FILES, "index.html": PAGE.replace("{widget}", LINK).replace("{script}", "")}, CID)
    assert r["status"] == "not_applicable", r["message"]
    assert "Acceslibre" not in str(r["message"]), r["message"]
