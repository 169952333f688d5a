"""Session 4 (t2): one list of proprietary services for reusability.portability and scaling.vendor-lock-in
(``auditor/data/proprietary_services.yml`` read through the ``vendor_lockin`` fact), and the runtime versions that
well-known publishers' image tags state, shown on git fixtures shaped like the real cases."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check
from tests.test_reusability_fixtures import build, results

BOTH = ["scaling.vendor-lock-in", "reusability.portability"]

# Shaped like sigrennesmetropole/mapillary_rm: a Python script that uploads street photos with mapillary_tools,
# installed from wheels beside it (the requirements line is commented out).
MAPILLARY = {
    "README.md": "# Mapillary RM\n\nEnvoi des photos 360° de la métropole vers Mapillary.\n\n## Installation\n\n"
                 "Lancez install_librairies.sh puis python process_sequence.py --folder photos.\n",
    "requirements.txt": "ExifRead==2.1.2\ngpxpy==0.9.8\n#mapillary-tools==0.7.4\n",
    "process_sequence.py": "import argparse\nfrom mapillary_tools import authenticate\n"
                           "from mapillary_tools.commands.upload import Command as UploadCommand\n\n\n"
                           "def main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument('--folder')\n"
                           "    args = parser.parse_args()\n    authenticate.authenticate_user('rm')\n    return args\n",
}


def test_a_service_imported_in_the_code_is_named_by_both_checks(tmp_path):
    res = results(run(build(tmp_path / "r", MAPILLARY), tmp_path / "c", only=BOTH))
    lock, port = res["scaling.vendor-lock-in"], res["reusability.portability"]
    assert "Mapillary (Meta)" in lock["message"]["en"], lock["message"]
    assert "Mapillary (Meta)" in port["message"]["en"] and port["status"] != "pass", port["message"]
    assert port["details"]["vendors"] == ["Mapillary (Meta)"]
    ev = [e for e in port["evidence"] if e.get("kind") == "finding"]
    assert ev and ev[0]["path"] == "process_sequence.py" and ev[0]["line"] == 2 and "Panoramax" in ev[0]["note"]["fr"]


def test_the_sdks_portability_knew_alone_are_lock_in_too_and_an_s3_client_is_neither(tmp_path):
    """Auth0, Pusher, every @azure/ package: portability's former list named them, vendor-lock-in did not. A plain S3
    client (@aws-sdk/client-s3) talks to any S3-compatible storage: neither check names AWS for it."""
    pkg = {"name": "guichet", "dependencies": {"@auth0/auth0-react": "2.2.0", "pusher-js": "8.4.0", "@azure/identity": "4.0.0",
                                               "@aws-sdk/client-s3": "3.600.0", "react": "18.3.0"}}
    res = results(run(build(tmp_path / "r", {"package.json": json.dumps(pkg, indent=2), "package-lock.json": "{}",
                                             "src/App.jsx": "import { Auth0Provider } from '@auth0/auth0-react';\nimport Pusher from 'pusher-js';\n"
                                                           "import { DefaultAzureCredential } from '@azure/identity';\nimport { S3Client } from '@aws-sdk/client-s3';\n"
                                                           "export default function App() { return null; }\n"}), tmp_path / "c", only=BOTH))
    lock, port = res["scaling.vendor-lock-in"], res["reusability.portability"]
    for name in ("Auth0", "Pusher", "Microsoft Azure"):
        assert name in lock["message"]["en"] and name in port["message"]["en"], (name, lock["message"], port["message"])
    assert "Amazon" not in lock["message"]["en"] and "Amazon" not in port["message"]["en"]
    assert "Auth0 / Clerk" not in port["message"]["en"]  # the member of the family that is used
    lines = {e["value"]: e.get("line") for e in port["evidence"] if e.get("kind") == "finding"}
    assert lines.get("@auth0/auth0-react") == 4, lines  # the line in package.json


def test_an_aws_only_api_is_lock_in_and_a_called_address_costs_less_than_an_sdk(tmp_path):
    """@aws-sdk/client-dynamodb is AWS only; a page that only loads Google Analytics' script calls a service (named,
    smaller penalty) without being built on it."""
    sdk = {"package.json": json.dumps({"name": "a", "dependencies": {"@aws-sdk/client-dynamodb": "3.600.0"}}),
           "src/db.js": "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const t = 'table';\n"}
    called = {"package.json": json.dumps({"name": "a", "dependencies": {"leaflet": "1.9.4"}}),
              "index.html": '<html><head><script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script></head></html>\n'}
    a = results(run(build(tmp_path / "a", sdk), tmp_path / "ca", only=BOTH))
    b = results(run(build(tmp_path / "b", called), tmp_path / "cb", only=BOTH))
    assert "Amazon Web Services" in a["reusability.portability"]["message"]["en"], a["reusability.portability"]["message"]
    assert "Google Analytics" in b["reusability.portability"]["message"]["en"], b["reusability.portability"]["message"]
    assert b["reusability.portability"]["details"]["vendors_called"] and not b["reusability.portability"]["details"]["vendors"]
    assert b["reusability.portability"]["score"] > a["reusability.portability"]["score"]


# Shaped like sigrennesmetropole/api-3D: a Node API built on a Java + Node image, beside a 3DCityDB database image.
API_3D = {
    "Dockerfile": "#FROM    node:14.19.1-buster-slim\nFROM timbru31/java-node:11-jre-14\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"index.js\"]\n",
    "compose/docker-compose.yml": "services:\n  api:\n    image: sigrennesmetropole/api-3d:${TAG:-latest}\n  db:\n"
                                  "    image: 3dcitydb/3dcitydb-pg:13-3.2-4.2.0-alpine\n  proxy:\n    image: nginx:mainline-alpine\n",
    "index.js": "module.exports = {};\n",
}


def test_a_well_known_publishers_image_tag_gives_its_runtime_versions(repo):
    f = ctx_for(one(repo, API_3D)).fact("end_of_life")
    got = {(x["path"], x["line"], x["product"], x["cycle"]) for x in f["findings"]}
    assert got == {("Dockerfile", 2, "nodejs", "14"), ("compose/docker-compose.yml", 5, "postgresql", "13")}, f["findings"]
    res = run_check(ctx_for(one(repo, API_3D, name="r2")), "scaling.end-of-life")
    assert res.status.value != "pass" and "Node.js" in res.message["en"], res.message


def test_publishers_tags_with_a_system_release_and_unknown_images_stay_unread(repo):
    """bitnami's tag names its runtime and its Debian release; mdillon/postgis its PostgreSQL; a release code name
    in any image's tag is that system's; an image no list knows (acme/postgresql) is not guessed."""
    r = one(repo, {"db/Dockerfile": "FROM bitnami/postgresql:11.12.0-debian-10-r0\n",
                   "gis/Dockerfile": "FROM mdillon/postgis:9.6-alpine\n",
                   "java/Dockerfile": "FROM eclipse-temurin:11-jre-focal\n",
                   "own/Dockerfile": "FROM registry.example.org/acme/postgresql:9.6\n"})
    f = ctx_for(r).fact("end_of_life")
    got = {(x["path"], x["product"], x["cycle"]) for x in f["findings"]}
    assert got == {("db/Dockerfile", "postgresql", "11"), ("db/Dockerfile", "debian", "10"), ("gis/Dockerfile", "postgresql", "9.6"),
                   ("java/Dockerfile", "ubuntu", "20.04")}, got
    assert not [x for x in f["read"] if x["path"] == "own/Dockerfile"]


def test_a_connector_driving_a_licensed_file_sharing_server_depends_on_it(tmp_path):
    """Shaped like departement-loire-atlantique/filr-connector: a Passerelle connector to the Département's OpenText Filr
    server (installed under the authority's own name, transfert.<domain>): the product is named by the code, not by a host."""
    models = ("from django.db import models\nfrom passerelle.base.models import BaseResource\n\n\nclass Filr(BaseResource):\n"
              "    class Meta:\n        verbose_name = \"Connecteur pour Filr\"\n\n    api_description = \"API pour Filr.\"\n"
              "    base_url_filr = models.URLField(verbose_name=\"URL API Filr\", default=\"https://transfert.example.fr/\")\n")
    files = {"README.md": "# Filr connector\n", "setup.py": "from setuptools import setup\n\nsetup(name='filr-connector')\n",
             "filr/__init__.py": "", "filr/models.py": models}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=BOTH))
    assert "Filr" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    assert "Filr" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]
