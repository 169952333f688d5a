"""scaling.hosting: a container image fetching its data at build or start-up from one person's server (issue 12, session 9's reads:
a tile server image downloading its extract from its author's own domain passed "no risky hosting dependency"): a domain named
after a committer (jean@jdupont.net, "Jean Dupont") and a machine at someone's home (a dynamic DNS name, a box's or NAS's own
name) are a person's servers; a well-known public extract's server is not."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import Executable, make_repo

CID = "scaling.hosting"

DOCKERFILE = ("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y renderd mapnik-utils curl\n"
              "COPY entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/entrypoint.sh\"]\n")


def entrypoint(url: str) -> str:
    return f"#!/bin/bash\nset -e\nif [ ! -f /data/region.mbtiles ]; then\n  curl -sSL -o /data/region.mbtiles {url}\nfi\nexec renderd -f\n"


def hosting(tmp_path, files: dict, author=("Jean Dupont", "jean@jdupont.net")) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Tuiles\n\nUn serveur de tuiles.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": author}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID)


def personal(r: dict) -> list[str]:
    return [e["value"]["host"] for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("class") == "personal"]


def test_an_image_fetching_its_data_from_a_committers_own_domain_depends_on_a_person(tmp_path):
    r = hosting(tmp_path, {"Dockerfile": DOCKERFILE, "entrypoint.sh": entrypoint("https://tiles.jdupont.net/export/region.mbtiles")})
    assert r["status"] != "pass", r["message"]
    assert personal(r) == ["tiles.jdupont.net"]


def test_a_machine_at_someones_home_is_a_persons_server(tmp_path):
    r = hosting(tmp_path, {"Dockerfile": "FROM ubuntu:22.04\nRUN curl -sSL -o /data/region.osm.pbf http://jdp.freeboxos.fr:8080/osm/region.osm.pbf\n"},
                author=("Alice Martin", "alice.martin@ville-exemple.fr"))
    assert r["status"] != "pass", r["message"]
    assert personal(r) == ["jdp.freeboxos.fr"]


def test_a_public_extracts_server_is_not_a_persons(tmp_path):
    r = hosting(tmp_path, {"Dockerfile": DOCKERFILE, "entrypoint.sh": entrypoint("https://download.geofabrik.de/europe/france-latest.osm.pbf")})
    assert r["status"] == "pass", r["message"]
    assert personal(r) == []


def test_an_entrypoint_script_without_an_extension_is_read(tmp_path):
    # (the image's start-up script, run-tiles, 100755 and no extension: where the download at start-up is written)
    r = hosting(tmp_path, {"Dockerfile": DOCKERFILE.replace("entrypoint.sh", "run-tiles"),
                           "run-tiles": Executable(entrypoint("https://tiles.jdupont.net/osm/region.mbtiles"))})
    assert r["status"] != "pass", r["message"]
    assert personal(r) == ["tiles.jdupont.net"]
    assert any(e.get("path") == "run-tiles" for e in r["evidence"])
