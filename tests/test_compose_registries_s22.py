"""scaling.hosting (issue 12, session 22 b4; s21 reader m1 W15, second half): a Compose file in a sub-folder pulling its images from
a vendor's private registry (hove-io/navitia-docker-compose: asgard/docker-compose_asgard_with_data_downloader.yml,
``image: docker-registry.<vendor>.fr/navitia/…``) was not seen: only Dockerfiles' FROM lines were read for private registries.
Every Compose file the project ships, at any depth, is now read: an image from a registry that is neither Docker Hub nor a public
one is an internal dependency another territory cannot pull. Docker Hub's images, the public registries', a local registry and an
image named by a variable stay none."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
ROOT = ("services:\n  database:\n    image: postgis/postgis:13-3.2\n  broker:\n    image: rabbitmq:3-management\n"
        "  api:\n    image: editeur/calculateur:${TAG}\n    depends_on: [database]\n")


def hosting(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Calculateur\n\nLe calculateur d'itinéraires, lancé par docker compose.\n",
                                                 "docker-compose.yml": ROOT, **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@example.org")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["hosting_dependencies"]


def test_a_sub_folders_compose_file_pulling_from_a_private_registry_is_internal(tmp_path):
    sub = ("version: '3'\nservices:\n  downloader:\n    image: depot-images.editeur-transport.fr/calcul/telechargeur:main\n"
           "  graph:\n    image: 'depot-images.editeur-transport.fr/calcul/graphe:${GRAPH_TAG}'\n")
    r, f = hosting(tmp_path, {"graphe/docker-compose_graphe_avec_telechargement.yml": sub})
    assert [(x["path"], x["line"], x["host"]) for x in f["internal"]] == [
        ("graphe/docker-compose_graphe_avec_telechargement.yml", 4, "depot-images.editeur-transport.fr")], f["internal"]
    assert r["status"] == "warn" and "depot-images.editeur-transport.fr" in str(r["evidence"]), (r["message"], r["evidence"])


def test_public_local_and_variable_registries_stay_none(tmp_path):
    sub = ("services:\n  app:\n    image: ghcr.io/editeur/calculateur:2.1\n  proxy:\n    image: quay.io/editeur/proxy:1\n"
           "  cache:\n    image: localhost:5000/cache:dev\n  worker:\n    image: ${REGISTRY}/calcul/worker:1\n"
           "  tiles:\n    image: docker.io/editeur/tuiles:3\n  # image: depot-images.editeur-transport.fr/ancien:1\n")
    r, f = hosting(tmp_path, {"outils/docker-compose.outils.yml": sub})
    assert f["internal"] == [], f["internal"]
    assert r["status"] == "pass", r["message"]


def test_a_dockerfiles_private_base_image_is_read_as_before(tmp_path):
    r, f = hosting(tmp_path, {"api/Dockerfile": "FROM harbor.ville-exemple.fr/proxy/python:3.12\nCOPY . /app\n"})
    assert [(x["path"], x["host"]) for x in f["internal"]] == [("api/Dockerfile", "harbor.ville-exemple.fr")], f["internal"]
