"""Session 27 (f27, measure 17 readers o3 and o4): two services read as dependencies that are none.

- Mairie-de-Saint-Maur/AppMonitor: a monitoring tool's testcases/Keepeek.php drives a browser (php-webdriver) through the city's
  Keepeek photo library to time it; vendor-lock-in said "1 proprietary service: Keepeek (DAM)". The application a scenario watches
  is its target, not a service the tool runs on.
- MTES-MCT/sparte: an Airflow job downloads a whole Cerema layer from an ArcGIS REST query (where=1=1, f=geojson); vendor-lock-in
  said "Depends on Esri ArcGIS". A layer fetched whole as GeoJSON is a file read in an open format, no Esri software; a layer read as
  Esri JSON stays ArcGIS, and so does a map querying its view at run time (tests/test_arcgis_rest_shape_s24.py).
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.vendor-lock-in", "reusability.portability", "scaling.hosting"]
SCENARIO = ("<?php\nuse Facebook\\WebDriver\\Remote\\RemoteWebDriver;\nuse Facebook\\WebDriver\\WebDriverBy;\n\n"
            "class Phototheque extends scenario {\n    public function Home() {\n"
            "        $this->driver->get('http://phototheque.ville.local/');\n    }\n    public function Action() {\n"
            "        $this->driver->findElement(WebDriverBy::cssSelector(\"img[src='http://asset.keepeek.com/permalinks/home.jpg']\"));\n"
            "    }\n}\n")
MONITOR = {"README.md": "# Supervision\n\nScénarios Selenium lancés par Nagios pour mesurer les temps de réponse.\n",
           "Scenario.php": "<?php\nabstract class scenario {\n    public $driver;\n}\n",
           "run.php": "<?php\nrequire 'Scenario.php';\n$s = new $argv[1]($driver);\n$s->Home();\n"}


def _vendors(report):
    return [s["id"] for s in report["facts"]["vendor_lockin"]["services"]]


def test_an_application_a_monitoring_scenario_visits_is_no_dependency(tmp_path):
    report, res = judge(tmp_path, {**MONITOR, "testcases/Phototheque.php": SCENARIO}, CHECKS)
    assert "keepeek" not in _vendors(report), report["facts"]["vendor_lockin"]
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
    assert "keepeek" not in res["scaling.hosting"]["message"]["en"], res["scaling.hosting"]["message"]  # (nor named there as judged by it)


def test_the_same_host_in_the_application_code_stays_a_dependency(tmp_path):
    # (no browser driver: the application itself shows the vendor's pictures)
    page = "<?php\necho \"<img src='http://asset.keepeek.com/permalinks/home.jpg'>\";\n"
    report, _ = judge(tmp_path, {**MONITOR, "testcases/Phototheque.php": page, "src/Galerie.php": page}, CHECKS, name="app")
    assert "keepeek" in _vendors(report), report["facts"]["vendor_lockin"]


# (a long query, as ArcGIS's own form writes it: the address whole, beyond the scan's excerpt)
DAG = ("import requests\n\n"
       "PENE = \"https://cartagene.cerema.fr/server/rest/services/Hosted/PENE_contour/FeatureServer/0/query?where=1%3D1&outFields=*"
       "&returnGeometry=true&" + "&".join(f"param{i}=" for i in range(40)) + "&f=geojson\"  # noqa: E501\n\n\ndef ingest():\n    return requests.get(PENE).json()\n")


def test_a_layer_downloaded_as_geojson_from_an_arcgis_server_is_open_data(tmp_path):
    files = {"README.md": "# Ingestion\n", "requirements.txt": "requests==2.31.0\n", "dags/ingest_pene.py": DAG}
    report, res = judge(tmp_path, files, CHECKS)
    assert "esri" not in _vendors(report), report["facts"]["vendor_lockin"]
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
    assert "judged by vendor lock-in" not in res["scaling.hosting"]["message"]["en"], res["scaling.hosting"]["message"]


def test_a_layer_read_as_esri_json_stays_arcgis(tmp_path):
    files = {"README.md": "# Ingestion\n", "requirements.txt": "requests==2.31.0\n",
             "dags/ingest_pene.py": DAG.replace("f=geojson", "f=json")}
    report, _ = judge(tmp_path, files, CHECKS, name="esrijson")
    assert "esri" in _vendors(report), report["facts"]["vendor_lockin"]
