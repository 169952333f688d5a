"""Session 16, reader r2 (issue 12): a Terraform module provisioning Google Cloud was neither hosting nor lock-in
(gouv-nc-data/gcp-spoke-network); a bare IP in a libpq connection string was "no external address" and OGR's
layer.GetFeature(0) a WFS request, while the Shapefiles the script reads were "no open format" (CRIGEPACA/integrate_crige);
hosting handed an ArcGIS Online basemap to vendor lock-in, which dropped it behind forty ArcGIS Pro files
(CRIGE-PACA-lab/hackathon_crige_2025); a batch job run as its container's command and scripts doing their work at their top
level were 'library (undecided)' (gouv-nc-data/db-to-bq-dlt-img, integrate_crige)."""

from __future__ import annotations

import pytest

from tests.test_host_kinds import kind_and_results

SPOKE = {
    "README.md": "# gcp-spoke-network\n\n## Requirements\n\nNo requirements.\n\n## Inputs\n\n| Name | Description |\n|---|---|\n"
                 "| project_id | id du projet |\n",
    "main.tf": ('provider "google" {\n  project = var.project_id\n  region  = var.region\n}\n\n'
                'module "vpc" {\n  source     = "github.com/GoogleCloudPlatform/cloud-foundation-fabric//modules/net-vpc?ref=v26.0.0"\n'
                '  project_id = var.project_id\n  name       = "spoke"\n}\n\n'
                'resource "google_compute_firewall" "allow_internal" {\n  name    = "allow-internal"\n  network = module.vpc.name\n'
                '  allow {\n    protocol = "tcp"\n  }\n}\n'),
    "variables.tf": 'variable "project_id" {\n  type = string\n}\n\nvariable "region" {\n  default = "europe-west1"\n}\n',
    "outputs.tf": 'output "network" {\n  value = module.vpc.name\n}\n',
}


def test_a_terraform_module_on_google_cloud_is_locked_in_and_hosting_says_so(tmp_path):
    _, r = kind_and_results(tmp_path, SPOKE, ["scaling.vendor-lock-in", "scaling.hosting", "reusability.portability"])
    lock = r["scaling.vendor-lock-in"]
    assert lock["status"] != "pass" and "Google Cloud (infrastructure declared in Terraform)" in lock["message"]["en"], lock
    assert any(e.get("path") == "main.tf" for e in lock["evidence"]), lock["evidence"]
    hosting = r["scaling.hosting"]["message"]["en"]
    assert "no external address" not in hosting and "judged by vendor lock-in: Google Cloud" in hosting, hosting


def test_an_openstack_module_is_no_lock_in(tmp_path):
    files = {"README.md": "# infra\n\nRéseau du service.\n",
             "main.tf": 'provider "openstack" {\n  region = "GRA"\n}\n\nresource "openstack_networking_network_v2" "net" {\n  name = "net"\n}\n'}
    _, r = kind_and_results(tmp_path, files, ["scaling.vendor-lock-in"])
    assert r["scaling.vendor-lock-in"]["status"] == "pass", r["scaling.vendor-lock-in"]


GATHER = ("# -*- coding: utf-8 -*-\nimport os\nimport psycopg2\nfrom osgeo import ogr\n\n\nclass BasePostgis():\n    def __init__(self):\n"
          "        self.cnx = psycopg2.connect(\"host=91.198.10.20 dbname='sig' user='postgres' port='5432'\")\n\n"
          "    def close(self):\n        self.cnx.close()\n\n\n"
          "srcDir = 'V:/donnees/livraison/'\ndriver = ogr.GetDriverByName('ESRI Shapefile')\nbase = BasePostgis()\nos.makedirs('traitement')\n"
          "for name in os.listdir(srcDir):\n    if name.upper().endswith('.SHP'):\n        source = driver.Open(srcDir + name, 0)\n"
          "        layer = source.GetLayer()\n        feature = layer.GetFeature(0)\n        print(feature.GetGeometryRef().GetEnvelope())\n"
          "base.close()\n")
SCRIPTS = {"README.md": "# integration\n\nfunctions to enable integration into the SDI\n", "emprises.py": GATHER}


@pytest.fixture(scope="module")
def scripts(tmp_path_factory):
    return kind_and_results(tmp_path_factory.mktemp("scripts"), SCRIPTS, ["scaling.hosting", "interoperability.geo", "interoperability.data-standards"])


def test_scripts_doing_their_work_at_the_top_level_are_a_tool(scripts):
    project, _ = scripts
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "emprises.py", project


def test_a_bare_ip_in_a_libpq_string_is_the_database_server(scripts):
    hosting = scripts[1]["scaling.hosting"]
    assert "91.198.10.20" in str(hosting["evidence"]) and "internal connection" in hosting["message"]["en"], hosting


def test_ogr_get_feature_is_no_wfs_request(scripts):
    assert "OGC: yes" not in scripts[1]["interoperability.geo"]["message"]["en"], scripts[1]["interoperability.geo"]


def test_the_shapefiles_the_script_reads_are_an_open_format(scripts):
    ds = scripts[1]["interoperability.data-standards"]
    assert "Shapefile" in ds["message"]["en"] and "no open format" not in ds["message"]["en"], ds


def test_a_module_of_functions_stays_a_library(tmp_path):
    files = {"README.md": "# outils\n\nFonctions communes.\n",
             "outils.py": "import logging\n\nlog = logging.getLogger(__name__)\n\n\ndef surface(a, b):\n    return a * b\n\n\n"
                          "def perimetre(a, b):\n    return 2 * (a + b)\n"}
    project, _ = kind_and_results(tmp_path, files, ["scaling.hosting"])
    assert project["kind"] != "cli-tool", project


BATCH = {
    "README.md": ("# db-to-bq\n\nTransfert d'une base PostgreSQL ou Oracle vers BigQuery.\n\n## Déploiement\n\n"
                  "L'image est construite par le workflow puis déployée comme Cloud Run Job, lancé chaque nuit.\n"),
    "pyproject.toml": '[project]\nname = "db-to-bq"\nversion = "0.2.8"\nrequires-python = ">=3.13,<3.14"\ndependencies = ["sqlalchemy>=2.0.0"]\n',
    "Dockerfile": ("FROM ghcr.io/astral-sh/uv:python3.13-trixie-slim\n\nWORKDIR /opt/oracle\n"
                   "RUN wget https://download.oracle.com/otn_software/linux/instantclient/instantclient-basiclite.zip \\\n"
                   "    && unzip instantclient-basiclite.zip\n\nWORKDIR /app\nCOPY pyproject.toml ./\nRUN uv sync --no-install-project\n"
                   "COPY main.py .\nRUN uv sync\n\nCMD [\"python\", \"main.py\"]\n"),
    "main.py": ("import os\n\nimport sqlalchemy\n\n\ndef run():\n    engine = sqlalchemy.create_engine(os.environ['SOURCE_URL'])\n"
                "    with engine.connect() as c:\n        return c.execute(sqlalchemy.text('select 1')).all()\n\n\n"
                "if __name__ == \"__main__\":\n    run()\n"),
}


def test_a_batch_job_run_as_its_images_command_is_a_tool(tmp_path):
    project, r = kind_and_results(tmp_path, BATCH, ["documentation.readme-sections"])
    assert project["kind"] == "cli-tool" and project["kind_evidence"][0]["path"] == "main.py", project
    # (a tool packaged as its image's command is deployed, as a job: its README's deployment section counts)
    rs = r["documentation.readme-sections"]
    assert "deployment" in rs["message"]["en"].split("missing")[0], rs["message"]


def test_a_web_map_calling_arcgis_online_beside_arcgis_pro_files_is_locked_in(tmp_path):
    """Many ArcGIS Pro files beside QGIS projects are an offer; the exported web map calling ArcGIS Online's basemap is a use:
    vendor lock-in lists it, as hosting says it does."""
    files = {"README.md": "# hackathon\n\nDépôt de données et résultats des équipes.\n",
             **{f"resultats/equipe{i}/carte{i}.aprx": b"PK\x03\x04aprx" for i in range(12)},
             "resultats/equipe1/projet.qgz": b"PK\x03\x04qgz",
             "resultats/equipe2/projet.qgz": b"PK\x03\x04qgz",
             "resultats/equipe3/webmap/index.html": (
                 "<html><body><div id=\"map\"></div><script src=\"js/leaflet.js\"></script><script>\n"
                 "var map = L.map('map');\n"
                 "var fond = L.tileLayer('https://services.arcgisonline.com/ArcGIS/rest/services/Canvas/World_Dark_Gray_Base/MapServer/tile/{z}/{y}/{x}', {\n"
                 "    opacity: 1.0\n});\nmap.addLayer(fond);\n</script></body></html>\n")}
    _, r = kind_and_results(tmp_path, files, ["scaling.vendor-lock-in", "scaling.hosting"])
    hosting = r["scaling.hosting"]["message"]["en"]
    lock = r["scaling.vendor-lock-in"]
    if "judged by vendor lock-in" in hosting:
        assert "Esri ArcGIS" in lock["message"]["en"], (hosting, lock)
    assert "Esri ArcGIS" in lock["message"]["en"] and "no lock-in" not in lock["message"]["en"], lock


def test_a_commented_out_shapefile_write_is_no_format(tmp_path):
    files = {"README.md": "# indicateurs\n\nCalcul d'indicateurs.\n",
             "calcul.py": ("import csv\n\n\ndef run(rows, out):\n    # rows.to_file(out + '/pts.shp', driver='ESRI Shapefile')\n"
                           "    with open(out, 'w') as f:\n        csv.writer(f).writerows(rows)\n")}
    _, r = kind_and_results(tmp_path, files, ["interoperability.data-standards"])
    assert "Shapefile" not in r["interoperability.data-standards"]["message"]["en"], r["interoperability.data-standards"]
