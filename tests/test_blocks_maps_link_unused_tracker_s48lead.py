"""interoperability.public-building-blocks: coordinates written in a link to a maps service are a link to one place, not a place the
code handles; a tracker snippet kept as a script named for its block, loaded by no page, is no block used.

Real case (issue 12, s47 ff47's leftover, s48 lead = louisprvst/SauvetageDunkerquois): a PHP site's inc/footer.inc.php:150 links
"Voir sur la carte" to google.com/maps/place/Archives…/@51.0376536,2.3661174 (the archives' own address) and js/matomo.js,
js/matomo(1).js hold Matomo's tracking snippet that no page loads. The check warned 4.0 "building blocks used: Matomo" and advised
IGN base maps; right: not applicable (no block used, no address, place or map handled).
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

FOOTER = ('<footer class="site-footer">\n  <p>Centre des archives, 1 rue du Port</p>\n  <p>\n    <a\n'
          '      href="https://www.google.com/maps/place/Centre+des+archives/@48.1113387,-1.6800198,15z/data=!4m2!3m1"\n'
          '      target="_blank" class="btn">Voir sur la carte</a>\n  </p>\n</footer>\n')
INDEX = ("<?php\nrequire 'inc/db.php';\n$id = $_GET['id'] ?? 0;\n$stmt = $pdo->prepare('SELECT * FROM bateaux WHERE id = ?');\n"
         "$stmt->execute([$id]);\n$bateau = $stmt->fetch();\n?>\n<!DOCTYPE html>\n<html lang=\"fr\">\n<head><title>Bateaux</title>\n{head}</head>\n"
         "<body>\n<h1><?= htmlspecialchars($bateau['nom']) ?></h1>\n<?php include 'inc/footer.inc.php'; ?>\n</body>\n</html>\n")
TRACKER = ("var _paq = window._paq = window._paq || [];\n_paq.push(['trackPageView']);\n_paq.push(['enableLinkTracking']);\n"
           "(function() {\n  var u = matomoUrl;\n  _paq.push(['setTrackerUrl', u + 'matomo.php']);\n  _paq.push(['setSiteId', matomoId]);\n"
           "  var d = document, g = d.createElement('script');\n  g.async = true; g.src = u + 'matomo.js'; d.head.appendChild(g);\n})();\n")
BASE = {"README.md": "# Bateaux\n\nLes bateaux de sauvetage et leurs sorties.\n", "inc/db.php": "<?php\n$pdo = new PDO(getenv('DB_DSN'));\n",
        "inc/footer.inc.php": FOOTER, "js/matomo.js": TRACKER, "js/matomo(1).js": TRACKER}


def blocks(repo, tmp_path, files: dict, head: str = "") -> dict:
    tree = {**BASE, "index.php": INDEX.replace("{head}", head), **files}
    report = audit(str(repo([{"files": tree}])), AuditOptions(cache_dir=tmp_path / "c", only=["interoperability.public-building-blocks"]))
    return report["results"][0]


def test_a_maps_link_and_an_unloaded_tracker_copy_are_no_block_nor_place(repo, tmp_path):
    r = blocks(repo, tmp_path, {})
    assert r["details"]["building_blocks"] == [], r["details"]
    assert r["status"] == "not_applicable", r["message"]["en"]


def test_near_miss_a_page_loading_the_tracker_uses_matomo(repo, tmp_path):
    r = blocks(repo, tmp_path, {}, head='<script src="js/matomo.js"></script>\n')
    assert r["details"]["building_blocks"] == ["Matomo"], r["details"]


def test_near_miss_coordinates_the_code_places_on_a_map_stay_a_map(repo, tmp_path):
    page = ('<div id="map"></div>\n<script>\nvar map = L.map("map").setView([48.1113387, -1.6800198], 13);\n'
            'L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png").addTo(map);\n</script>\n')
    r = blocks(repo, tmp_path, {"carte.php": page})
    assert r["status"] != "not_applicable", r["message"]["en"]
