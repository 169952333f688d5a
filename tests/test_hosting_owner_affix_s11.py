"""scaling.hosting: a national park's team (forge owner "Pn" + the park's name) serving its app from the park's own domain
(``<park>-parcnational.fr``) was told it depends on "another public body's server" (issue 12, session 10's reads: a Django
app's settings naming the park's GeoServer). The owner's name without a 2-3 letter prefix or suffix names its domain; another
body's domain stays another body's."""

from __future__ import annotations

import subprocess

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
SETTINGS = ('import os\n\nSECRET_KEY = os.environ["SECRET_KEY"]\n'
            'GEOSERVER_URL = "https://geo.montagnes-parcnational.fr/geoserver/wms"\n'
            'CADASTRE_URL = "https://carto.mairie-exemple.fr/wms"\n')


def hosting(tmp_path, owner: str, settings: str = SETTINGS) -> dict:
    repo = make_repo(tmp_path / owner, [{"files": {"README.md": "# Pastoralisme\n\nSuivi des alpages.\n", "backend/app/settings.py": settings},
                                         "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("A B", "ab@gmail.com")}])
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/alpages.git"], check=True)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{owner}", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID)


def classes(r: dict) -> dict:
    return {e["value"]["host"]: e["value"]["class"] for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("host")}


def test_the_parks_own_domain_is_its_own_and_a_towns_is_another_bodys(tmp_path):
    r = hosting(tmp_path, "PnMontagnes")
    assert classes(r) == {"montagnes-parcnational.fr": "own", "mairie-exemple.fr": "public-other"}, r["evidence"]


def test_an_unrelated_owner_does_not_own_the_parks_domain(tmp_path):
    r = hosting(tmp_path, "sig-agglo")
    assert classes(r).get("montagnes-parcnational.fr") == "public-other", r["evidence"]


def test_a_libpq_service_files_database_server_is_an_internal_connection(tmp_path):
    """A park's SQL queries connect through a committed .pg_service.conf to the park's own database server (session 10's
    reads: hosting passed 'no external address'); a service file on localhost names no server."""
    service = "[sig]\n    host=bdsig.agglo-exemple.fr\n    port=5432\n    dbname=sig\n    sslmode=verify-ca\n\n[dev]\nhost=localhost\n"
    sql = "CREATE EXTENSION IF NOT EXISTS postgres_fdw;\nCREATE SERVER sig FOREIGN DATA WRAPPER postgres_fdw OPTIONS (service 'sig');\n"
    repo = make_repo(tmp_path / "q", [{"files": {"README.md": "# Requêtes\n\nRequêtes SQL.\n", "bd/.pg_service.conf": service,
                                                 "requetes/wrapper.sql": sql},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("A B", "ab@gmail.com")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "cq", offline=True, only=[CID]))
    r = next(r for r in report["results"] if r["id"] == CID)
    internal = [(e["path"], e["line"], e["value"]["internal"]) for e in r["evidence"] if isinstance(e.get("value"), dict) and "internal" in e["value"]]
    assert internal == [("bd/.pg_service.conf", 2, "host=bdsig.agglo-exemple.fr (pg_service)")], r["evidence"]
    assert r["status"] == "warn", r["message"]


def test_a_regions_domain_glued_to_its_name_is_a_public_bodys(tmp_path):
    """s12 (an ENT's redirector linking to the region's site): regioncentre.fr, "region" glued to the region's name, is the
    region's domain, not "another organisation"."""
    r = hosting(tmp_path, "sig-agglo", SETTINGS.replace("https://carto.mairie-exemple.fr/wms", "https://www.regioncentre.fr/portail"))
    assert classes(r).get("regioncentre.fr") == "public-other", r["evidence"]
