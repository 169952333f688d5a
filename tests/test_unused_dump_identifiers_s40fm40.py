"""interoperability.identifiers (issue 12, s40 fm40 = reader ri40, georchestra/maelstro): a metadata synchroniser's development
platform loads a pg_dump of a layer of antennas (``CREATE TABLE psc.antennes (…, insee_com character varying(5), …)``) for the
service to copy; no code of the service names its table, yet the check warned "Identifier fields: inseecom". A database dump whose
tables no code names is a dataset, not the service's data model. Near miss: the same dump read by the code (SELECT … FROM antennes)
keeps its identifier field."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

DUMP = ("--\n-- PostgreSQL database dump\n--\n\n-- Dumped by pg_dump version 13.5\n\nSET client_encoding = 'UTF8';\n\nCREATE SCHEMA psc;\n\n"
        "CREATE TABLE psc.antennes (\n    fid integer NOT NULL,\n    the_geom public.geometry(Point,4326),\n    antenne character varying(254),\n"
        "    code_post character varying(254),\n    com character varying(254),\n    insee_com character varying(254),\n    ant_tel character varying(254)\n);\n\nCOPY psc.antennes (fid, the_geom, antenne, code_post, com, insee_com, ant_tel) FROM stdin;\n1\t\\N\tNord\t59000\tLille\t59350\t03 00 00 00 00\n\\.\n")
APP = ("from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.post(\"/sync\")\ndef sync(uuid: str):\n    return copy_record(uuid)\n")
READER = APP + "\n\ndef antennas(cur):\n    cur.execute(\"SELECT antenne, insee_com FROM psc.antennes\")\n    return cur.fetchall()\n"
CHECKS = ["interoperability.identifiers"]


def _files(app: str) -> dict:
    return {"README.md": "# Synchro\n\nSynchronise des métadonnées entre plateformes.\n", "requirements.txt": "fastapi==0.110.0\n",
            "backend/app/main.py": app, "platform/psc_layer.sql": DUMP,
            "platform/README.md": "# Dev platform\n\n```\ncat platform/psc_layer.sql | docker compose exec -T postgis psql -d data\n```\n"}


def test_a_dump_no_code_reads_is_no_identifier_handled(tmp_path):
    _, res = kind_and_results(tmp_path, _files(APP), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "not_applicable", r  # was warn: "Identifier fields: inseecom"


def test_a_dump_the_code_reads_keeps_its_field(tmp_path):
    _, res = kind_and_results(tmp_path, _files(READER), CHECKS)
    r = res["interoperability.identifiers"]
    assert r["status"] == "warn" and "insee" in r["message"]["en"].lower(), r
