"""A Quarto site's navigation links are no servers it loads from, and CARTO's basemaps are a company's service (issue 12, s37 fk37 =
reader mb37's Mvince11/Observatoire-de-la-vulnerabilite-aux-inondations-Vienne---Clain).

A Quarto website whose _quarto.yml navbar links the basin body's site (href: https://www.eptb-vienne.fr, "À propos") and its
contact page, and whose map pages load their MapLibre style from basemaps.cartocdn.com. scaling.hosting said "Les données ou fonds
de carte viennent des serveurs d'un autre organisme public (eptb-vienne.fr, _quarto.yml:83, _quarto.yml:92)" and never named CARTO.
Rules now: an href (and site-url, repo-url) of a Quarto project's configuration is a link its pages show; cartocdn.com is a
commercial service. Near miss: a data file the configuration's resources name on that body's server is still read."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

HOSTING = "scaling.hosting"
QUARTO = ("project:\n  type: website\n\nwebsite:\n  title: \"Observatoire\"\n  navbar:\n    right:\n      - text: \"À propos\"\n"
          "        href: https://www.eptb-vienne.fr\n      - text: \"Nous contacter\"\n        href: \"https://www.eptb-vienne.fr/contact\"\n")
PAGE = ("---\ntitle: Carte\n---\n\n```{ojs}\n//| echo: false\ncarte = {\n  const container = html`<div style=\"height:500px\"></div>`;\n"
        "  const map = new maplibregl.Map({\n    container: container,\n"
        "    style: 'https://basemaps.cartocdn.com/gl/voyager-gl-style/style.json',\n    zoom: 8\n  });\n  return container;\n}\n```\n")
FILES = {"README.md": "# Observatoire\n", "_quarto.yml": QUARTO, "index.qmd": PAGE}


def _hosts(tmp_path, files, name):
    r = judge(tmp_path, files, [HOSTING], name=name)[1][HOSTING]
    return r, {e["value"]["host"]: e["value"]["class"] for e in r["evidence"] if isinstance(e.get("value"), dict)}


def test_navbar_links_are_no_servers_and_carto_is_commercial(tmp_path):
    r, hosts = _hosts(tmp_path, FILES, "site")
    assert "eptb-vienne.fr" not in hosts and "eptb-vienne" not in str(r["details"].get("risk")), (hosts, r["message"])
    assert hosts.get("cartocdn.com") == "commercial", (hosts, r["message"])


def test_a_data_file_on_the_bodys_server_is_still_read(tmp_path):
    page = PAGE.replace("  return container;", "  fetch('https://www.eptb-vienne.fr/data/communes.geojson').then(r => r.json());\n  return container;")
    _, hosts = _hosts(tmp_path, {**FILES, "index.qmd": page}, "near")
    assert "eptb-vienne.fr" in hosts, hosts
