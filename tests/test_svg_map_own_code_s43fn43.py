"""interoperability.geo (issue 12, s43 fn43 = spelhate/cit): a static site's map.svg of Brittany's EPCI (paths named
"<SIREN>|<name>", made with mapshaper) is loaded and made clickable by the site's own map.js, and its README tells how it was made:
"Faire un export GeoJson en Lambert 93", then mapshaper. The check failed 2 "Open libraries: none; … legal reference system: no".
A committed SVG map the project's script drives is a map drawn by its own code, no library needed; the README's recipe of the map
naming Lambert-93 is its reference system. Near misses: the SVG with no script naming it keeps "none"; a README naming Lambert 93
in a project holding no map stays as it was (no map: not judged)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_svg_coded_territories_s43fc43 import MAP, SITE

CID = "interoperability.geo"
RECIPE = ("# Carte des EPCI\n\n## Création de la carte de fond\n\nPartir des géométries des EPCI.\nFaire un export GeoJson en Lambert 93.\n\n"
          "Puis charger le fichier dans mapshaper et l'exporter en svg.\n")


def test_an_svg_map_driven_by_the_site_s_script_with_its_lambert_93_recipe(tmp_path):
    _, res = judge(tmp_path, {**SITE, "map.svg": MAP, "README.md": RECIPE}, [CID])
    r = res[CID]
    en = r["message"]["en"]
    assert "Open libraries: yes, its own code" in en, en  # was "none"
    assert "legal reference system: yes" in en, en  # was "no"
    assert r["status"] == "pass" and r["score"] >= 8, r


def test_an_svg_map_no_script_names_keeps_no_library(tmp_path):
    js = SITE["map.js"].replace("'map.svg'", "url")
    _, res = judge(tmp_path, {**SITE, "map.js": js, "map.svg": MAP}, [CID], name="n")
    en = res[CID]["message"]["en"]
    assert "Open libraries: none" in en and "legal reference system: no" in en, en


def test_a_readme_naming_lambert_93_without_a_map_stays_as_it_was(tmp_path):
    _, res = judge(tmp_path, {**SITE, "README.md": RECIPE}, [CID], name="m")
    assert res[CID]["status"] == "not_applicable", res[CID]["message"]
