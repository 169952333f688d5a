"""reusability.secrets (issue 12, session 16 reader r2): values that are no credential were "strings that look like a secret":
Room's exported schema identityHash (SDIS83-GSIC/REMOcRA-Mobile, 12 hints) and the URL slugs of a MongoDB export (Sitourisme, 23)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def paths(r: dict) -> set[str]:
    return {e.get("path") for e in r["evidence"] if e.get("kind") == "finding"}


ROOM = ('{\n  "formatVersion": 1,\n  "database": {\n    "version": 2,\n    "identityHash": "5c1d0e3a9b7f42e8a61d03fb2c9e8d47",\n'
        '    "entities": [\n      {\n        "tableName": "hydrant",\n        "createSql": "CREATE TABLE IF NOT EXISTS `${TABLE_NAME}` (`id` TEXT NOT NULL, PRIMARY KEY(`id`))"\n'
        '      }\n    ],\n    "setupQueries": [\n      "CREATE TABLE IF NOT EXISTS room_master_table (id INTEGER PRIMARY KEY,identity_hash TEXT)",\n'
        '      "INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, \'5c1d0e3a9b7f42e8a61d03fb2c9e8d47\')"\n    ]\n  }\n}\n')


def test_rooms_exported_schema_hash_is_no_secret(tmp_path):
    r = run(tmp_path, {"app/schemas/fr.example.tournees.database.AppDatabase/2.json": ROOM,
                       "app/src/main/java/fr/example/tournees/database/AppDatabase.kt":
                           "package fr.example.tournees.database\n\nimport androidx.room.Database\n\n@Database(entities = [], version = 2)\nabstract class AppDatabase\n",
                       "README.md": "# Tournées\n\nApplication Android.\n"})
    assert not paths(r), r["evidence"]


def test_url_slugs_in_a_database_export_are_no_secret(tmp_path):
    rows = "".join(f'  {{\n    "_id" : "{i:024x}",\n    "name" : "Parc {i}",\n'
                   f'    "url" : "LegalEntity/Detail/STRUCTURE/{34190 + i}/Office-de-Tourisme---Bureau-{i}/ENT{i}CheminsDesParcs"\n  }},\n'
                   for i in range(1, 4))
    key = '  {\n    "_id" : "k",\n    "apiKey" : "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0"\n  }\n'
    r = run(tmp_path, {"tools/import/legalentities.json": "[\n" + rows + key + "]\n",
                       "tools/import/load.py": "import json\n\nwith open('legalentities.json') as f:\n    rows = json.load(f)\nprint(len(rows))\n",
                       "README.md": "# Passerelle\n\nImport des structures.\n"})
    lines = {e.get("line") for e in r["evidence"] if e.get("kind") == "finding"}
    assert not lines & {5, 10, 15}, r["evidence"]  # (no slug)
    assert 19 in lines, r["evidence"]  # (the base64 key still is a hint)
