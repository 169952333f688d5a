"""files.docs (issue 12, s40 fq40 = reader rw40, ansforge/psc-secpsc-api): a Spring Boot API without a docs/ folder keeps its
documentation at the root in API_DOCUMENTATION.md (overview, quick start, every endpoint, data models); files.docs was null because
a root document counted only when its name began with documentation/doc(s). A root prose document whose name says it documents
something, the word after what it documents (API_DOCUMENTATION.md, USER_DOCUMENTATION.md), is the documentation as well.
Near miss: DOCKER.md (doc… but no such word) is no documentation."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GUIDE = ("# Documentation API des agents\n\n"
         + "".join(f"## Endpoint {n}\n\nLa requête `GET /agents/{n}` renvoie la fiche de l'agent numéro {n} ; la réponse contient "
                   "son identifiant, son service et ses droits, au format JSON décrit plus bas.\n\n" for n in range(1, 12)))
APP = {"README.md": "# API des agents\n\nGestion des comptes des agents.\n\n## Configuration\n\nDéfinir `PURGE_ENABLED=true`.\n",
       "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>agents-api</artifactId>"
                  "<version>1.0</version></project>\n",
       "src/main/java/fr/exemple/AgentsApplication.java": "package fr.exemple;\n\npublic class AgentsApplication {\n"
                                                           "    public static void main(String[] args) {}\n}\n"}


def test_a_root_document_named_api_documentation_is_the_documentation(tmp_path):
    report, _ = judge(tmp_path, {**APP, "API_DOCUMENTATION.md": GUIDE}, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] == "API_DOCUMENTATION.md", report["facts"]["files"]["docs"]  # was None


def test_a_docker_note_is_no_documentation(tmp_path):
    report, _ = judge(tmp_path, {**APP, "DOCKER.md": GUIDE.replace("Documentation API", "Image Docker")}, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] is None, report["facts"]["files"]["docs"]
