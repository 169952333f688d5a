"""Kinds read from what the files serve or start (issue 12, s18 c2; each fixture invented, shaped like the real case):
- plain PHP scripts reading a request's parameters and answering XML only (an OGC CSW catalogue endpoint: index.php sends
  Content-Type: application/xml, a capabilities template in config.php, ISO 19139 records in xml/; no HTML written, no page) are an
  API service, not a web application (cigalsace/xml2csw), and so is a front controller routing the request URI to such scripts
  (cigalsace/cswServer); PHP scripts that answer GeoJSON beside PHP pages writing a Leaflet map
  stay a web application (a PNR's Bd-Bocage interfaces), and so do scripts whose only HTML is in a PHP file of their own;
- a Docker Compose file under a name of its own (scripts/stack.yml: services with their images) started by the project's
  script, beside integration routes in XML and documents, is a deployment (infrastructure), not a data specification
  (opt-nc/opt-temps-attente-agences-camel); reusability.install finds it as a compose recipe. A GitLab CI file's services
  list and a Kubernetes manifest are no compose file."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

_INDEX = ("<?php\ninclude('helper.php');\ninclude('config.php');\n\n$request = get_param('request');\n$dir = $_GET['xml_dir'];\n"
          "if ($request == 'GetRecords') {\n    $xml = '<csw:GetRecordsResponse>' . build_records($dir) . '</csw:GetRecordsResponse>';\n"
          "    header('Content-Type: application/xml; charset=utf-8');\n    // echo \"<pre>\";\n    echo $xml;\n"
          "} elseif ($request == 'GetCapabilities') {\n    header('Content-Type: application/xml; charset=utf-8');\n    echo $capabilities;\n"
          "} else {\n    echo 'Request parameter missing.';\n}\n")
_HELPER = ("<?php\n/**\n * Reads a parameter of the request.\n */\nfunction get_param($name) {\n    if (isset($_GET[$name])) {\n"
           "        return $_GET[$name];\n    }\n    return '';\n}\n\nfunction build_records($dir) {\n    $out = '';\n"
           "    foreach (glob($dir . '/*.xml') as $f) {\n        $out .= file_get_contents($f);\n    }\n    return $out;\n}\n")
_CONFIG = ("<?php\n$capabilities = '<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<csw:Capabilities xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\">\n"
           "  <ows:ServiceIdentification><ows:Title>Catalogue de métadonnées</ows:Title></ows:ServiceIdentification>\n"
           "  <ows:OperationsMetadata><ows:Operation name=\"GetRecords\"/></ows:OperationsMetadata>\n</csw:Capabilities>';\n?>\n")
_RECORD = ("<?xml version=\"1.0\"?>\n<gmd:MD_Metadata xmlns:gmd=\"http://www.isotc211.org/2005/gmd\">\n  <gmd:fileIdentifier>"
           "<gco:CharacterString>FR-000-ORTHO</gco:CharacterString></gmd:fileIdentifier>\n</gmd:MD_Metadata>\n")
CSW = {"README.md": "# xml2cat\n\nServeur CSW minimal en PHP servant des fiches ISO 19139.\n\nRequête : `index.php?request=GetRecords&xml_dir=xml`\n",
       "index.php": _INDEX, "helper.php": _HELPER, "config.php": _CONFIG, "xml/FR-000-ORTHO.xml": _RECORD}


def test_php_scripts_answering_only_xml_are_an_api_service(tmp_path):
    project, results = kind_and_results(tmp_path, CSW, ["interoperability.accessibility-and-ecodesign"])
    assert project["kind"] == "api-service", project
    assert project["kind_evidence"][0]["path"] == "index.php", project["kind_evidence"]
    assert results["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable", results


_ROUTER = ("<?php\nfunction get_param($var) {\n    $get = array_change_key_case($_GET, CASE_LOWER);\n    return isset($get[$var]) ? $get[$var] : '';\n}\n\n"
           "function route() {\n    $path = strtok($_SERVER['REQUEST_URI'], '?');\n    return basename($path);\n}\n")
_SERVER = ("<?php\ninclude_once('helpers.php');\n$node = route();\nif (get_param('request') == 'GetRecordById') {\n"
           "    header('Content-Type: application/xml; charset=utf-8');\n    echo file_get_contents('nodes/' . $node . '/' . get_param('id') . '.xml');\n}\n")


def test_a_front_controller_routing_to_xml_answers_is_an_api_service(tmp_path):
    files = {"README.md": "# cswServer\n\nServeur CSW en PHP.\n", "helpers.php": _ROUTER, "server.php": _SERVER, "nodes/node/FR-000-ORTHO.xml": _RECORD}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "api-service", project
    # (the same controller beside a script writing a page stays a web application)
    files["page.php"] = "<?php include_once('helpers.php'); ?>\n<html><body><h1>Catalogue</h1></body></html>\n"
    project, _ = kind_and_results(tmp_path / "b", files, [])
    assert project["kind"] == "web-application", project


_GEOJSON = ("<?php\n$dept = $_GET['dept'];\n$rows = pg_fetch_all(pg_query($db, 'SELECT geojson FROM stats'));\n"
            "header('Content-Type: application/json');\necho json_encode($rows);\n")
_MAP = ("<?php $commune = $_GET['commune']; ?>\n<!DOCTYPE html>\n<html>\n<head><title>Densité de haies</title></head>\n<body>\n"
        "<div id=\"map\"></div>\n<script>L.map('map'); fetch('stats/geojson_communes.php');</script>\n</body>\n</html>\n")


def test_php_data_scripts_beside_a_php_page_stay_a_web_application(tmp_path):
    files = {"README.md": "# Outils bocage\n\nInterfaces Leaflet + PostGIS.\n", "interfaces/bocage.php": _MAP,
             "interfaces/stats/geojson_communes.php": _GEOJSON, "interfaces/stats/geojson_epci.php": _GEOJSON.replace("dept", "epci")}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "web-application", project
    # (the XML service whose helper writes an HTML error page is a page writer too)
    files = dict(CSW, **{"helper.php": _HELPER + "\nfunction fail() {\n    echo '<p>Paramètre manquant</p>';\n}\n"})
    project, _ = kind_and_results(tmp_path / "b", files, [])
    assert project["kind"] == "web-application", project


_STACK = ("version: \"3\"\n\nservices:\n  api:\n    image: example/temps-attente-api\n    ports:\n      - \"8080:8080\"\n\n"
          "  zookeeper:\n    image: docker.io/bitnami/zookeeper:latest\n\n  kafka:\n    image: docker.io/bitnami/kafka:latest\n"
          "    depends_on:\n      - zookeeper\n")
_ROUTE = ("<routes xmlns=\"http://camel.apache.org/schema/spring\">\n  <route id=\"api-to-kafka\">\n    <from uri=\"timer:poll?period=60000\"/>\n"
          "    <to uri=\"http://localhost:8080/agences\"/>\n    <to uri=\"kafka:temps-attente?brokers=localhost:9094\"/>\n  </route>\n</routes>\n")
_START = ("#!/bin/bash\n# démarre les conteneurs puis les routes\ndocker-compose -f stack.yml up -d\nsleep 5\n"
          "camel run route-kafka.xml --dep camel.dependencies=org.apache.camel:camel-kafka &\n")
INTEGRATION = {"README.md": "# Temps d'attente vers Kafka\n\nPrototype d'intégration : routes Camel et pile Kafka.\n\nVoir QUICKSTART.md.\n",
               "QUICKSTART.md": "# Démarrage\n\n```\ncd scripts\n./quickstart.sh\n```\n", "doc/README.md": "# Rapport\n\nLe rapport du projet.\n",
               "scripts/stack.yml": _STACK, "scripts/route-kafka.xml": _ROUTE, "scripts/quickstart.sh": _START}


def test_a_compose_file_named_its_own_way_is_a_deployment(tmp_path):
    project, results = kind_and_results(tmp_path, INTEGRATION, ["reusability.install"])
    assert project["kind"] == "infrastructure", project
    assert any(e["path"] == "scripts/stack.yml" for e in project["kind_evidence"]), project["kind_evidence"]
    install = results["reusability.install"]
    assert "compose" in (install.get("details") or {}).get("runtimes", []), install


def test_a_ci_services_list_and_a_kubernetes_manifest_are_no_compose_file(tmp_path):
    ci = "image: python:3.11\nservices:\n  - postgres:15\n\ntest:\n  script:\n    - pytest\n"
    k8s = "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nservices:\n  api:\n    image: example/api\n"
    files = {"README.md": "# Données\n\nFichiers de données.\n", "ci/pipeline.yml": ci, "deploy/service.yml": k8s, "data/points.csv": "id,x,y\n1,2,3\n"}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] != "infrastructure", project
