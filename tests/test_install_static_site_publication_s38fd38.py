"""A static site served as it is says its publication outside an install section (issue 12, s38 fd38 = reader rb38's
CEN-Nouvelle-Aquitaine/Sentier_pedagogique19).

Sentier_pedagogique19: a conservatory's hand-written trail site (index.html, one page per stop, Leaflet, GeoJSON layers) whose README
lists "Déploiement via GitHub Pages" under "Technologies utilisées", beside a root CNAME naming the site's own domain.
reusability.install failed 0: "nothing says how to publish it" — only an install or deployment section counted. Rule now: for a
static site served as it is, a README line naming the static host it is published on (GitHub/GitLab Pages, Netlify…) with a word
of publication is its publication, a root CNAME beside index.html then shown as where (a CNAME alone, with nothing written, keeps
the s26 rule's fail: tests/test_static_site_as_is_install_s26.py). Near miss: a README naming GitHub only as the forge ("Code hébergé
sur GitHub", no Pages) says no publication."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = "reusability.install"
PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{t}</title>\n"
        "<link rel=\"stylesheet\" href=\"{up}css/style.css\"></head>\n<body><h1>{t}</h1>\n<div id=\"map\"></div>\n"
        "<p>La tourbière accueille des libellules et des droseras.</p>\n<script src=\"{up}js/map.js\"></script>\n</body></html>\n")
README = ("# Sentier de la tourbière\n\n## Présentation\n\nLe site accompagne les promeneurs le long du sentier : chaque panneau porte "
          "un QR code vers la page de son arrêt.\n\n## Technologies utilisées\n\n- HTML5, CSS3, JavaScript\n- Leaflet pour les cartes\n"
          "{extra}\n## Utilisation\n\nScannez les QR codes des panneaux.\n")
BASE = {"index.html": PAGE.format(t="Sentier de la tourbière", up=""),
        "arrets/arret1.html": PAGE.format(t="Arrêt 1 : la tourbière", up="../"),
        "arrets/arret2.html": PAGE.format(t="Arrêt 2 : la lande", up="../"),
        "css/style.css": "body { margin: 0; }\n#map { height: 60vh; }\n",
        "js/map.js": "var map = L.map('map').setView([45.6, 2.0], 14);\n"
                     "L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);\n",
        "couches/sentier.geojson": '{"type": "FeatureCollection", "features": []}\n'}


def _install(tmp_path, files, name):
    return judge(tmp_path, files, [INSTALL], name=name)[1][INSTALL]


def test_a_readme_line_naming_github_pages_is_the_sites_publication(tmp_path):
    files = {**BASE, "README.md": README.format(extra="- Déploiement via GitHub Pages\n")}
    r = _install(tmp_path, files, "line")
    assert r["status"] == "pass", (r["score"], r["message"])
    assert any(e.get("path") == "README.md" and e.get("line") == 11 for e in r["evidence"]), r["evidence"]


def test_a_root_cname_beside_index_shows_where_the_readme_line_publishes_it(tmp_path):
    files = {**BASE, "README.md": README.format(extra="- Déploiement via GitHub Pages\n"), "CNAME": "sentier.conservatoire-exemple.fr\n"}
    r = _install(tmp_path, files, "cname")
    assert r["status"] == "pass", (r["score"], r["message"])
    assert any(e.get("path") == "CNAME" and e.get("value") == "sentier.conservatoire-exemple.fr" for e in r["evidence"]), r["evidence"]


def test_near_miss_no_host_named_still_fails(tmp_path):
    files = {**BASE, "README.md": README.format(extra="- Code hébergé sur GitHub\n"), "CNAME": "sentier.conservatoire-exemple.fr\n"}
    r = _install(tmp_path, files, "none")
    assert r["status"] == "fail" and r["score"] == 0, (r["score"], r["message"])
