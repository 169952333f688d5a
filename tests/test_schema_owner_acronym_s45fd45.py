"""One body's acronym naming the schema the code writes to and the producer of every record (issue 12, s45 fd45 = reader rd45 on
igeofr/topo2sig).

igeofr/topo2sig: shell scripts turning a GNSS survey into PostGIS layers; every ogr2ogr writes to a schema named after a communauté de
communes' acronym (active_schema=<acr>_topo, -lco SCHEMA='<acr>_topo') and writes '<ACR>' AS producteur into every layer.
reusability.territory-neutral passed: the acronym is in no list of names. When one acronym names both the target schema and the
producer written into the records, it is that body's. Near misses: a schema named for its theme with the same producer column, and
the schema alone without a producer value, keep the pass."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

BLOCK = ("ogr2ogr -f \"PostgreSQL\" PG:\"service='$SERVICE' active_schema={schema}\" -lco SCHEMA='{schema}' -nln \"{layer}\" releve.sqlite \\\n"
         "  -dialect SQLITE -sql \"SELECT geometry AS geom, code AS nature, '{producer}' AS producteur, date_releve AS date_leve FROM releve\"\n")


def _result(repo, tmp_path, schema: str, producer: str, name: str) -> dict:
    script = "#!/bin/sh\n. ./reglages.env\n" + "".join(BLOCK.format(schema=schema, layer=layer, producer=producer) for layer in ("regard", "grille", "bordure"))
    files = {"scripts/import_releve.sh": script, "scripts/reglages.env": "SERVICE=XXXXXXXX\n",
             "README.md": "# Levés topographiques\n\nCharge un levé GNSS dans la base.\n"}
    report = audit(str(repo([{"files": files}], name=name)), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.territory-neutral"]))
    return report["results"][0]


def test_the_acronym_of_the_schema_and_the_producer_is_one_bodys(repo, tmp_path):
    r = _result(repo, tmp_path, "ccvx_releves", "CCVX", "owner")
    assert r["status"] == "warn", r["message"]
    values = {e["value"] for e in r["evidence"]}
    assert "CCVX" in values and any("ccvx_releves" in str(v) for v in values), values
    assert any(e["line"] == 3 for e in r["evidence"]), r["evidence"]


def test_near_miss_a_theme_schema_or_no_producer(repo, tmp_path):
    assert _result(repo, tmp_path, "topo_releves", "CCVX", "theme")["status"] == "pass"  # (the producer alone: a provenance)
    assert _result(repo, tmp_path, "ccvx_releves", "$PRODUCTEUR", "var")["status"] == "pass"  # (the schema alone)
