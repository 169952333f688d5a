"""interoperability.geo, .api-spec and .data-standards on shapes read in session 10 (issue 12): an R package building maps with
sf and rmapshaper declared in its DESCRIPTION and imported through roxygen (observatoire-territoires/migR read "open libraries:
none"); a PHP
catalogue answering OGC CSW requests itself, its records' bounding boxes in ows:BoundingBox (cigalsace/cswServer read api-spec
"no served API detected" and geo "open libraries: none; GeoJSON or open geographic format: no")."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO = ["interoperability.geo"]

_DESCRIPTION = ("Package: migtest\nTitle: Flux entre territoires\nVersion: 0.1.0\nLicense: GPL-3\nEncoding: UTF-8\n"
                "Suggests:\n    testthat\nDepends:\n    dplyr,\n    rmapshaper,\n    sf\n")
_CARTO = ("#' Carte des territoires\n#'\n#' @param carte un objet sf des communes\n#' @import sf\n#' @export\n"
          "carto_territoires <- function(carte, niveau) {\n  out <- carte %>% dplyr::group_by(niveau) %>% dplyr::summarize()\n"
          "  rmapshaper::ms_simplify(out, keep = 0.1)\n}\n")


def test_an_r_package_declaring_sf_in_its_description_uses_open_geographic_libraries(tmp_path):
    geo = judge(tmp_path, {"DESCRIPTION": _DESCRIPTION, "NAMESPACE": "export(carto_territoires)\nimport(sf)\n", "R/carto.R": _CARTO,
                           "R/admin.R": "# Contours issus d'ADMIN EXPRESS (IGN)\nlire <- function(f) readRDS(f)\n"}, GEO)[1]["interoperability.geo"]
    assert geo["details"]["libraries"] == ["rmapshaper", "sf"], geo["message"]["en"]
    assert "Open libraries: rmapshaper, sf" in geo["message"]["en"]
    assert {"path": "DESCRIPTION", "line": 11, "value": "sf"} in [{k: e.get(k) for k in ("path", "line", "value")} for e in geo["evidence"]]


def test_r_code_importing_a_geographic_package_by_roxygen_or_namespace_is_a_library(tmp_path):
    # a script without DESCRIPTION calling terra::rast, a package file importing sf through roxygen only
    geo = judge(tmp_path, {"analyse/rasters.R": "r <- terra::rast('mnt.tif')\nplot(r)\n",
                           "R/lire.R": "#' @importFrom sf st_read st_transform\nlire <- function(f) st_transform(st_read(f), 2154)\n"},
                GEO)[1]["interoperability.geo"]
    assert geo["status"] != "not_applicable" and "Open libraries: yes" in geo["message"]["en"], geo["message"]["en"]
    assert {e["value"] for e in geo["evidence"]} >= {"terra", "sf"}, geo["evidence"]


def test_an_npm_package_named_like_an_r_geographic_package_is_not_one(tmp_path):
    geo = judge(tmp_path, {"package.json": '{"name": "fmt", "version": "1.0.0", "dependencies": {"sf": "^0.2.0", "terra": "^1.0.0"}}\n',
                           "index.js": "import sf from 'sf';\nmodule.exports = (s) => sf('{0}', s);\n"}, GEO)[1]["interoperability.geo"]
    assert geo["status"] == "not_applicable", geo["message"]["en"]


_CSW_SERVER = ("<?php\ninclude 'helpers.php';\n$request = strtolower(get('request'));\nif ($request == 'getrecords') {\n"
               "    $xml = '<?xml version=\"1.0\"?>';\n"
               "    $xml .= '<csw:GetRecordsResponse xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\">';\n"
               "    foreach (glob('records/*.xml') as $f) { $xml .= file_get_contents($f); }\n"
               "    $xml .= '</csw:GetRecordsResponse>';\n    header('Content-Type: application/xml; charset=utf-8');\n    echo $xml;\n"
               "} elseif ($request == 'getcapabilities') {\n    include 'capabilities.php';\n"
               "    header('Content-Type: application/xml; charset=utf-8');\n    echo $capabilities_xml;\n}\n")
_CAPABILITIES = ("<?php\n$capabilities_xml = '<csw:Capabilities xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\" "
                 "xmlns:ows=\"http://www.opengis.net/ows\" version=\"2.0.2\">\n  <ows:OperationsMetadata>\n"
                 "    <ows:Operation name=\"GetRecords\"/>\n  </ows:OperationsMetadata>\n"
                 "  <ows:BoundingBox crs=\"urn:ogc:def:crs:EPSG::4326\"><ows:LowerCorner>47.4 6.8</ows:LowerCorner>"
                 "<ows:UpperCorner>49.1 8.3</ows:UpperCorner></ows:BoundingBox>\n</csw:Capabilities>';\n")
_HELPERS = "<?php\nfunction get($name) { return isset($_GET[$name]) ? $_GET[$name] : ''; }\n"


def test_a_php_csw_catalogue_serves_an_ogc_standard_api_with_bounding_boxes(tmp_path):
    res = judge(tmp_path, {"server.php": _CSW_SERVER, "capabilities.php": _CAPABILITIES, "helpers.php": _HELPERS, ".htaccess": "DirectoryIndex server.php\n"},
                ["interoperability.api-spec", "interoperability.geo"])[1]
    api = res["interoperability.api-spec"]
    assert api["status"] == "not_applicable" and "answers OGC requests itself (CSW" in api["message"]["en"], api["message"]["en"]
    assert {e["value"] for e in api["evidence"]} == {"csw:Capabilities", "csw:GetRecordsResponse"}
    geo = res["interoperability.geo"]
    assert "Open libraries: not needed (no map); GeoJSON or open geographic format: yes; OGC: yes" in geo["message"]["en"], geo["message"]["en"]
    assert "ows:BoundingBox" in {e["value"] for e in geo["evidence"]}


def test_a_page_sending_csw_requests_serves_no_ogc_api(tmp_path):
    page = ("<?php\n$body = '<csw:GetRecords xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\" service=\"CSW\" version=\"2.0.2\"/>';\n"
            "$answer = file_get_contents('https://catalogue.example.org/csw?service=CSW&request=GetRecords');\n?>\n"
            "<html><body><h1>Catalogue</h1><?php echo htmlspecialchars($answer); ?></body></html>\n")
    api = judge(tmp_path, {"index.php": page}, ["interoperability.api-spec"])[1]["interoperability.api-spec"]
    assert "OGC" not in api["message"]["en"], api["message"]["en"]


_GBFS_SERVICE = ("const express = require('express');\nconst app = express();\n\n"
                 "async function stations(base) {\n  const feeds = await (await fetch(`${base}/gbfs.json`)).json();\n"
                 "  const url = feeds.data.fr.feeds.find((f) => f.name === 'station_information').url;\n"
                 "  return (await (await fetch(url)).json()).data.stations;\n}\n\n"
                 "app.get('/stations', async (req, res) => res.json(await stations(process.env.FEED_URL)));\napp.listen(3000);\n")


def test_a_service_reading_bike_sharing_feeds_uses_the_gbfs_standard(tmp_path):
    # Tisseo/lamassu (a GBFS aggregator) read "Open formats: GeoJSON, JSON; schemas: 0 …" (fail)
    ds = judge(tmp_path, {"package.json": '{"name": "velos", "version": "1.0.0", "dependencies": {"express": "^4.18.0"}}\n',
                          "src/server.js": _GBFS_SERVICE}, ["interoperability.data-standards"])[1]["interoperability.data-standards"]
    assert "GBFS" in ds["details"]["formats"], ds["message"]["en"]
    assert "published mobility schema (GBFS)" in ds["message"]["en"] and ds["status"] in ("warn", "pass"), ds["message"]["en"]


def test_sensor_measurements_written_to_influxdb_are_an_open_time_series_format(tmp_path):
    script = ("import os\nimport serial\nfrom influxdb_client import InfluxDBClient, Point\n\n"
              "client = InfluxDBClient(url=os.environ['INFLUX_URL'], token=os.environ['INFLUX_TOKEN'], org='lab')\n"
              "write = client.write_api()\n\nfor line in serial.Serial('/dev/ttyUSB0'):\n"
              "    write.write('capteurs', record=Point('air').tag('salle', 'atelier').field('co2', float(line)))\n")
    ds = judge(tmp_path, {"requirements.txt": "influxdb-client\npyserial\n", "capteur.py": script},
               ["interoperability.data-standards"])[1]["interoperability.data-standards"]
    assert "InfluxDB line protocol" in ds["details"]["formats"], ds["message"]["en"]


_ZF1_CONTROLLER = ("<?php\n\nclass Interventions_ApiController extends Zend_Controller_Action\n{\n    public function indexAction()\n    {\n"
                   "        $this->_helper->viewRenderer->setNoRender(true);\n        $server = new Acme_Rest_Server;\n"
                   "        $server->setClass('Interventions_Service_Api');\n        $server->handle();\n    }\n}\n")
_ZF1_SERVICE = ("<?php\n\nclass Interventions_Service_Api\n{\n    /** @return array */\n    public function liste($centre)\n    {\n"
                "        return Zend_Registry::get('db')->fetchAll('SELECT * FROM intervention WHERE centre = ?', $centre);\n    }\n}\n")


def test_a_zend_framework_rest_server_serves_an_api(tmp_path):
    # a Zend Framework 1 bridge (a fire service's interventions) serving its classes through a Zend_Rest_Server subclass read
    # "No served API detected (no API framework declared, no code answering JSON)"
    files = {"composer.json": '{"require": {"zendframework/zendframework1": "1.*"}}\n', "public/index.php": "<?php\n$application->bootstrap()->run();\n",
             "application/modules/interventions/controllers/ApiController.php": _ZF1_CONTROLLER,
             "application/modules/interventions/services/Api.php": _ZF1_SERVICE,
             "application/configs/application.ini": "[production]\nresources.frontController.moduleDirectory = APPLICATION_PATH \"/modules\"\n"}
    api = judge(tmp_path, files, ["interoperability.api-spec"])[1]["interoperability.api-spec"]
    assert api["status"] == "warn" and "answer HTTP requests themselves" in api["message"]["en"], api["message"]["en"]
    assert [e["value"] for e in api["evidence"]] == ["new Acme_Rest_Server"], api["evidence"]


def test_an_owncloud_app_answering_ajax_requests_in_json_serves_an_api(tmp_path):
    # an ownCloud/Nextcloud-like app's AJAX endpoints (ajax/*.php answering OCP\JSON::success, a controller's JSONResponse)
    ajax = "<?php\nOCP\\JSON::checkLoggedIn();\n$items = \\OCA\\Contacts\\Store::all($_GET['book']);\nOCP\\JSON::success(array('data' => $items));\n"
    controller = ("<?php\nnamespace OCA\\Annuaire\\Controller;\n\nuse OCP\\AppFramework\\Controller;\nuse OCP\\AppFramework\\Http\\JSONResponse;\n\n"
                  "class EntryController extends Controller {\n    public function index(): JSONResponse {\n"
                  "        return new JSONResponse($this->service->findAll());\n    }\n}\n")
    files = {"appinfo/info.xml": "<?xml version=\"1.0\"?>\n<info><id>annuaire</id><name>Annuaire</name><version>1.0.0</version></info>\n",
             "ajax/entries.php": ajax, "lib/Controller/EntryController.php": controller, "templates/main.php": "<div id=\"app\"></div>\n",
             "js/app.js": "$.getJSON(OC.filePath('annuaire', 'ajax', 'entries.php'), (r) => render(r.data));\n"}
    report, res = judge(tmp_path, files, ["interoperability.api-spec"])
    api = res["interoperability.api-spec"]
    assert api["status"] == "warn" and "answer HTTP requests themselves" in api["message"]["en"], (report["facts"]["project"]["kind"], api["message"]["en"])
    assert {e["path"] for e in api["evidence"]} == {"ajax/entries.php", "lib/Controller/EntryController.php"}, api["evidence"]


def test_a_script_publishing_layers_through_geoservers_rest_api_uses_ogc_services(tmp_path):
    # a GeoServer administration kit (workspaces and layers read and published through the REST API) read "handles no detectable
    # map or geographic data"
    script = ("import json\nimport requests\n\nconf = json.load(open('config.json'))\n\n\ndef workspaces():\n"
              "    r = requests.get(conf['url'] + '/rest/workspaces.json', auth=(conf['user'], conf['password']))\n"
              "    return [w['name'] for w in r.json()['workspaces']['workspace']]\n\n\nfor ws in workspaces():\n    print(ws)\n")
    geo = judge(tmp_path, {"workspaces.py": script, "requirements.txt": "requests\n",
                           "config.json": '{"url": "https://sig.example.org/geoserver", "user": "admin", "password": ""}\n'},
                GEO)[1]["interoperability.geo"]
    assert geo["status"] == "pass" and "GeoServer (REST)" in geo["message"]["en"], geo["message"]["en"]
    assert geo["evidence"][0]["path"] == "workspaces.py" and geo["evidence"][0]["line"] == 8, geo["evidence"]
