"""Session 32 (issue 12, a32): scaling.hosting on local-authority repositories.

1. A test stack (tests/docker-compose.yml and the tests' pg_service.conf, a docker-compose.test.yml, a CI's .docker/ folder whose
   pg_service.conf names a container of its Compose file) is no hosting dependency of the product; a production Compose file and a
   pg_service.conf naming a real server stay read.
2. A database's or a service's server named by a bare host in a committed .env (DB_HOST=pgsql-sig.agglo.fr) is an internal
   connection; placeholders (localhost, example.com, ${VAR}, changeme, a container's one-label name) are none."""
from __future__ import annotations

from auditor.facts.scaling.env_hosts import _named_host, _server_variable
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECK = "scaling.hosting"
BASE = {"README.md": "# Module openADS\n", "openads/controllers/service.classic.php": "<?php\nclass serviceCtrl {}\n"}
TEST_COMPOSE = ("services:\n  pgsql:\n    image: 3liz/postgis:${POSTGIS_VERSION_TAG}\n  lizmap:\n    image: 3liz/lizmap-web-client:3.7\n"
                "    environment:\n      PGSERVICEFILE: /srv/etc/pg_service.conf\n")
PG_SERVICE = "#\n# Connection configuration file\n#\n[lizmap-openads]\ndbname=lizmap\nhost={host}\nuser=lizmap\n"


def _internal(tmp_path, files, name):
    res = results(run(build(tmp_path / name, {**BASE, **files}), tmp_path / f"c-{name}", only=[CHECK]))[CHECK]
    return res, [e["value"]["internal"] for e in res["evidence"] if "internal" in (e.get("value") or {})]


def test_the_tests_pg_service_and_compose_are_no_internal_server(tmp_path):
    res, internal = _internal(tmp_path, {"tests/docker-compose.yml": TEST_COMPOSE,
                                         "tests/lizmap/etc/pg_service.conf": PG_SERVICE.format(host="pgsql")}, "tests")
    assert internal == [] and res["status"] == "pass", res
    # the tests' file naming the sponsor's server is still the tests' (their stack), no dependency of the product
    _, internal = _internal(tmp_path, {"tests/lizmap/etc/pg_service.conf": PG_SERVICE.format(host="bdsig.agglo-exemple-reelle.fr")}, "tests-remote")
    assert internal == []


def test_a_ci_folder_pg_service_naming_its_compose_container_is_none(tmp_path):
    compose = "services:\n  db:\n    image: 3liz/postgis:13-3\n    hostname: db\n    container_name: postgis\n"
    _, internal = _internal(tmp_path, {".docker/docker-compose.yml": compose, ".docker/pg_service.conf": PG_SERVICE.format(host="db")}, "ci")
    assert internal == []
    # near miss: the same folder's service file naming a server no Compose file defines stays an internal connection
    _, internal = _internal(tmp_path, {".docker/docker-compose.yml": compose,
                                       ".docker/pg_service.conf": PG_SERVICE.format(host="pgsql-prod.agglo-exemple-reelle.fr")}, "ci-remote")
    assert internal == ["host=pgsql-prod.agglo-exemple-reelle.fr (pg_service)"]


def test_a_test_compose_private_image_is_none_a_production_one_stays(tmp_path):
    image = "services:\n  api:\n    image: harbor.agglo-exemple-reelle.fr/sig/api:1.2\n"
    _, internal = _internal(tmp_path, {"docker-compose.test.yml": image}, "compose-test")
    assert internal == []
    _, internal = _internal(tmp_path, {"docker-compose.yml": image}, "compose-prod")
    assert internal == ["image: harbor.agglo-exemple-reelle.fr/sig/api:1.2"]


def test_a_remote_database_host_in_a_committed_env_is_an_internal_connection(tmp_path):
    code = {"app/db.py": "import os\nHOST = os.environ['DB_HOST']\n"}
    res, internal = _internal(tmp_path, {**code, ".env": "DB_NAME=sig\nDB_HOST=pgsql-sig.agglo-exemple-reelle.fr\nDB_PORT=5432\n"}, "env")
    assert internal == ["DB_HOST=pgsql-sig.agglo-exemple-reelle.fr"] and res["status"] == "warn", res
    # near miss: placeholders and a container's name are no server
    template = ("DB_HOST=localhost\nPGHOST=db\nAPI_HOST=api.example.com\nLDAP_SERVER=${LDAP_SERVER}\nSMTP_HOST=changeme\n"
                "MAIL_HOST=smtp.mailtrap.io\n"
                "HOST=0.0.0.0\nVIRTUAL_HOST=carto.agglo-exemple-reelle.fr\n")
    res, internal = _internal(tmp_path, {**code, ".env.example": template}, "env-template")
    assert internal == [] and res["status"] == "pass", res
    # nor a developer's or the tests' own settings
    _, internal = _internal(tmp_path, {**code, ".env.test": "DB_HOST=pgsql-recette.agglo-exemple-reelle.fr\n"}, "env-test")
    assert internal == []


def test_server_variables_and_named_hosts():
    assert _server_variable("DB_HOST") and _server_variable("PGHOST") and _server_variable("POSTGRES_HOSTNAME")
    assert _server_variable("LDAP_SERVER") and _server_variable("GEOSERVER_HOST")
    assert not _server_variable("HOST") and not _server_variable("VIRTUAL_HOST") and not _server_variable("SERVER_NAME")
    assert _named_host("pgsql.ville.fr") == "pgsql.ville.fr" and _named_host("'51.91.2.3'") == "51.91.2.3"
    assert _named_host("db") is None and _named_host("${DB_HOST}") is None and _named_host("changeme") is None
    assert _named_host("https://api.ville.fr") is None and _named_host("v1.2") is None
