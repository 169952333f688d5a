"""reusability.territory-neutral on the territory-specific values that local-authority repositories hard-code
beyond names and codes (issue 12, family 5), each on a git fixture shaped like the real case: a map centre and
extent in degrees, Web Mercator or Lambert-93 (OpenLayers, Leaflet, MapLibre, an R leaflet dashboard, a
mviewer config.xml), the address of one authority's website, data portal or GIS server, a département filter
in analysis code; and what is not a territory lock-in: a field's placeholder on a demonstration page, points
listing examples across France, a national map centre."""

from __future__ import annotations

from auditor.facts.territory_values import authority_host, local_extent, local_point, readings, spread_across_france
from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"


def findings(res) -> list[tuple[str, str]]:
    return [(e["path"], str(e.get("value"))) for e in res[CHECK]["evidence"] if e.get("kind") == "finding"]


def test_projected_coordinates_are_read_in_web_mercator_and_lambert_93():
    (lat, lon), = [p for p in readings(-186000, 6125000)]
    assert abs(lat - 48.109) < 0.01 and abs(lon + 1.671) < 0.01  # Rennes in EPSG:3857
    lat, lon = readings(351000, 6789000)[-1]
    assert abs(lat - 48.108) < 0.01 and abs(lon + 1.692) < 0.01  # Rennes in EPSG:2154
    lat, lon = readings(700000, 6600000)[-1]
    assert abs(lat - 46.5) < 1e-6 and abs(lon - 3.0) < 1e-6  # Lambert-93's origin
    assert local_point(-1.67, 48.101) and local_point(48.11, -1.68) and local_point(-183890.2, 6125725.9)
    assert not local_point(46.6, 2.3) and not local_point(2.3, 46.6)  # the national centre a map of France starts from
    assert not local_point(700000, 6600000)  # … in Lambert-93
    assert local_extent(-220000, 6100000, -150000, 6160000)
    assert not local_extent(-1034525.3, 5916083.6, 382392.4, 6637944.6)  # a whole region and the sea: not one authority's


def test_map_centres_and_extents_in_code_are_territory_specific(tmp_path):
    files = {
        "README.md": "# Carte\n\nCarte des équipements.\n",
        "package.json": '{"name": "carte", "dependencies": {"ol": "^7.5.0", "leaflet": "^1.9.0"}}\n',
        # OpenLayers: a centre in degrees with few decimals (the old pair rule wanted three), and one in metres
        "src/components/PlanningMap.vue": "<script setup lang=\"ts\">\nmap.setView(\n  new View({\n"
                                          "    center: fromLonLat([-1.67, 48.101]),\n    zoom: 12,\n  })\n)\n</script>\n",
        "src/utils/formActions.js": "export const view = new ol.View({\n  center: [-183890.24433942206, 6125725.984905125],\n"
                                    "  extent: [-220000, 6100000, -150000, 6160000],\n  zoom: 14\n})\n",
        "src/lambert.js": "export const vue = { projection: 'EPSG:2154', center: [351000, 6789000] }\n",
        "src/leaflet.js": "const map = L.map('map').setView([45.76, 4.83], 13)\nmap.fitBounds([[45.6, 4.6], [45.9, 5.1]])\n",
        "app.R": "leaflet() %>%\n  setView(lng = 4.83, lat = 45.76, zoom = 12)\n",
        # A national map is not one territory's; a config file is where these values belong
        "src/national.js": "const france = L.map('fr', { center: [46.6, 2.3], zoom: 6 })\n",
        "apps/plu/config.xml": '<config><mapoptions projection="EPSG:3857" center="-403013.39,6128402.39" zoom="8"/></config>\n',
    }
    _, res = judge(tmp_path, files, [CHECK])
    found = findings(res)
    paths = {p for p, _ in found}
    assert paths == {"src/components/PlanningMap.vue", "src/utils/formActions.js", "src/lambert.js", "src/leaflet.js", "app.R"}, found
    assert any("-183890" in v for _, v in found) and any("extent" in v for _, v in found)
    assert res[CHECK]["details"]["in_config_data_tests_docs"] >= 1  # the mviewer config.xml centre, counted as configuration
    assert res[CHECK]["status"] in ("warn", "fail")


def test_the_address_of_one_authoritys_portal_or_gis_server_is_territory_specific():
    for host in ("data.loire-atlantique.fr", "geo.vendee.fr", "download.data.grandlyon.com", "carto.bretagne.bzh",
                 "opendata.hauts-de-seine.fr", "www.ain.fr", "data.montpellier3m.fr",
                 # a regional data or GIS platform named after its region serves that region's data only (session 6: DataSud's
                 # CKAN API hard-coded in CRIGE PACA's scripts); it stays a public building block for interoperability
                 "trouver.datasud.fr", "geobretagne.fr", "sigloire.fr", "www.geograndest.fr",
                 # and one whose name says no place but organisations.yml lists as the Région Hauts-de-France's (s30 l30 = reader m22o2)
                 "geo2france.fr"):
        assert authority_host(host), host
    for host in ("data.gouv.fr", "data.anfr.fr", "www.ign.fr", "lyon.com", "www.nord.com", "geo2europe.fr", "sud.fr", "geoserver.fr"):
        assert not authority_host(host), host  # the State, a place's name alone under .com, a brand without a portal word


def test_portal_urls_and_a_departement_filter_in_an_r_dashboard(tmp_path):
    files = {
        "README.md": "# Tableau de bord\n\nAnalyse du territoire.\n",
        "app.R": 'library(shiny)\nui <- fluidPage(\n  h3("Territoire"),\n'
                 '  tags$a(href = "https://www.ain.fr/", "Le département", target = "_blank")\n)\n',
        "scripts/preprocess.R": 'gares <- gares %>%\n  filter(substr(lcog_geo, 1, 2) == "01")\nloyers <- loyers %>% filter(DEP %in% "01")\n',
        "R/fetch.R": 'wfs <- "https://geo.vendee.fr/geoserver/wfs?service=WFS&typeName=voirie"\n',
        # a comment and an address of the State are not lock-in
        "R/notes.R": '# source : https://data.loire-atlantique.fr\nurl <- "https://geo.api.gouv.fr/communes"\n',
    }
    _, res = judge(tmp_path, files, [CHECK])
    found = findings(res)
    assert ("app.R", "://www.ain.fr") in found, found
    assert ("R/fetch.R", "://geo.vendee.fr") in found
    assert {v for p, v in found if p == "scripts/preprocess.R"} == {'substr(lcog_geo, 1, 2) == "01"', 'DEP %in% "01"'}
    assert "R/notes.R" not in {p for p, _ in found}


def test_placeholders_of_a_demonstration_page_and_examples_across_france_are_not_lock_in(tmp_path):
    files = {
        "README.md": "# Simulateur\n\nCalcule l'impact d'un trajet.\n",
        # an integration test page: the fields' placeholders show what to type
        "integrabook/transport.html": "<script>\nbuildParamsEditor('itineraire', [\n"
                                      "  { name: 'start', type: 'text', default: '', placeholder: 'Paris', hint: 'Départ' },\n"
                                      "  { name: 'end', type: 'text', default: '', placeholder: 'Lyon', hint: 'Arrivée' },\n])\n"
                                      '</script>\n<input name="ville" placeholder="Marseille">\n',
        # well-known cities across France to start from (Paris, Lyon, Bordeaux, Marseille)
        "src/cities.js": "export const starts = [\n  { label: 'A', center: [48.8566, 2.3522] },\n  { label: 'B', center: [45.764, 4.8357] },\n"
                         "  { label: 'C', center: [44.8378, -0.5792] },\n  { label: 'D', center: [43.2965, 5.3698] },\n]\n",
    }
    _, res = judge(tmp_path, files, [CHECK])
    assert res[CHECK]["status"] == "pass", (res[CHECK]["message"], findings(res))
    # the same points around one city are one territory's
    local = dict(files, **{"src/cities.js": "export const stops = [\n  { center: [48.11, -1.68] },\n  { center: [48.12, -1.70] },\n"
                                            "  { center: [48.09, -1.65] },\n]\n"})
    _, res = judge(tmp_path / "local", local, [CHECK])
    assert {p for p, _ in findings(res)} == {"src/cities.js"}


def test_points_spread_across_france_or_around_one_place():
    assert spread_across_france(["48.8566, 2.3522", "45.764, 4.8357", "44.8378, -0.5792"])
    assert not spread_across_france(["48.11, -1.68", "48.39, -4.49", "47.66, -2.76"])  # Rennes, Brest, Vannes: one region
    assert spread_across_france(["48.8, 2.3", "-21.1, 55.5", "16.2, -61.5"])  # metropolitan France and two overseas insets


def test_a_village_pwa_near_the_centre_of_france(tmp_path):
    """Shaped like Mézières-lez-Cléry's citizen PWA (Loiret): its map centre is near the geographic centre of France
    but is the village's; prefixed names (C3D_CENTRE, C3D_BBOX with w/s/e/n keys); a quiz measuring the distance to
    famous places; a help text giving a placeholder town hall address after "ex."."""
    files = {
        "README.md": "# MAT\n\nApplication de la commune.\n",
        "js/carte3d.js": "var C3D_CENTRE = [1.8080, 47.8220];          // lon, lat — le bourg\n"
                         "var C3D_BBOX   = { w: 1.762, s: 47.792, e: 1.856, n: 47.852 };\n",
        "js/forms.js": "map.setView([47.822,1.808], 15);\n",
        "js/quiz.js": "var a = _distance(47.8975, 1.9099);\nvar b = _distance(48.8530, 2.3499);\nvar c = _distance(48.6360, -1.5115);\n",
        "js/partager.js": "var aide = '> Si vous disposez déjà d’une adresse de mairie (ex. `contact@mairie-nomdeville.fr`), utilisez-la.';\n",
    }
    _, res = judge(tmp_path, files, [CHECK])
    found = findings(res)
    assert {p for p, _ in found} == {"js/carte3d.js", "js/forms.js"}, found
    assert any("C3D_BBOX" in v for _, v in found) and any("C3D_CENTRE" in v for _, v in found)
    assert not authority_host("mairie-nomdeville.fr") and authority_host("mairie-saint-maur.com")
    assert local_point(1.808, 47.822) and not local_point(46.227638, 2.213749)  # a Loiret village; Google's centre of France


def test_a_demonstration_module_is_an_example(tmp_path):
    """Shaped like lizmap-web-client's extra-modules/lizmapdemo/: the demo project's pages link to the agglomeration whose
    trams it shows; a demonstration module, not the product's code."""
    files = {
        "README.md": "# Carte\n\nUn client web cartographique.\n",
        "src/app.js": "export const x = 1\n",
        "extra-modules/lizmapdemo/qgis-projects/demoqgis/media/trams/tram1.html":
            '<p>Ligne 1 : <a href="http://www.montpellier-agglo.com/tam/">le site</a></p>\n',
    }
    _, res = judge(tmp_path, files, [CHECK])
    assert res[CHECK]["status"] == "pass", findings(res)
