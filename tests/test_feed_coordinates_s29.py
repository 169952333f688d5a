"""interoperability.public-building-blocks: a feed's positions stored, nothing else geographic (issue 12, session 29 fixer d29;
reader s28 m20o2: an air-quality observatory's Symfony intranet stores the weather stations Météo-France's API returns,
`$latitude = floatval($station['Latitude'])`, and failed "building blocks used: none" for "address, place, map … handled here").
Positions held as latitude/longitude with no map, no address, no geographic library or format are the feed's records: no address,
place or map the public services give — not applicable. The same coordinates drawn on a map (Leaflet) or handed to a maps app
(`geo:` URI, the s12 ferry landings) stay a place handled.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.public-building-blocks"
SERVICE = ("<?php\n\nnamespace App\\Services;\n\nuse Symfony\\Contracts\\HttpClient\\HttpClientInterface;\n\nclass StationService\n{\n"
           "    public function __construct(private HttpClientInterface $client) {}\n\n"
           "    public function fetch(): array\n    {\n"
           "        return $this->client->request('GET', 'https://public-api.meteofrance.fr/public/DPObs/v1/liste-stations')->toArray();\n    }\n\n"
           "    public function insertStations(array $stations): void\n    {\n        foreach ($stations as $station) {\n"
           "            $nomUsuel = $station['Nom_usuel'];\n"
           "            $latitude = is_numeric($station['Latitude']) ? floatval($station['Latitude']) : null;\n"
           "            $longitude = is_numeric($station['Longitude']) ? floatval($station['Longitude']) : null;\n"
           "            $this->save($nomUsuel, $latitude, $longitude);\n        }\n    }\n}\n")
CONTROLLER = ("<?php\n\nnamespace App\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\n"
              "use Symfony\\Component\\Routing\\Attribute\\Route;\n\nclass StationController extends AbstractController\n{\n"
              "    #[Route('/stations', name: 'stations')]\n    public function index(): Response\n    {\n"
              "        return $this->render('stations/index.html.twig');\n    }\n}\n")
FILES = {"composer.json": '{"name": "obs/intranet", "require": {"php": ">=8.2", "symfony/framework-bundle": "7.4.*", "symfony/http-client": "7.4.*", "symfony/twig-bundle": "7.4.*"}}\n',
         "src/Services/StationService.php": SERVICE, "src/Controller/StationController.php": CONTROLLER,
         "templates/stations/index.html.twig": "{% extends 'base.html.twig' %}\n{% block body %}<h1>Stations</h1><table>{% for s in stations %}<tr><td>{{ s.nom }}</td></tr>{% endfor %}</table>{% endblock %}\n",
         "templates/base.html.twig": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Intranet</title></head><body>{% block body %}{% endblock %}</body></html>\n"}


def test_a_feeds_stored_coordinates_are_no_place_handled(tmp_path):
    _, res = judge(tmp_path, FILES, [CID])
    r = res[CID]
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])  # was fail 0 "building blocks used: none" (latitude, longitude)


def test_coordinates_on_a_map_or_opened_in_a_maps_app_stay_places(tmp_path):
    leaflet = ("{% extends 'base.html.twig' %}\n{% block body %}<div id=\"map\"></div>\n"
               "<script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"></script>\n"
               "<script>var map = L.map('map'); L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);</script>{% endblock %}\n")
    _, res = judge(tmp_path, {**FILES, "templates/stations/index.html.twig": leaflet}, [CID], name="map")
    assert res[CID]["status"] != "not_applicable", res[CID]["message"]
    link = ("{% extends 'base.html.twig' %}\n{% block body %}{% for s in stations %}"
            "<a href=\"https://maps.google.com/?q={{ s.latitude }},{{ s.longitude }}\">{{ s.nom }}</a>{% endfor %}{% endblock %}\n")
    _, res = judge(tmp_path, {**FILES, "templates/stations/index.html.twig": link}, [CID], name="link")
    assert res[CID]["status"] != "not_applicable", res[CID]["message"]
