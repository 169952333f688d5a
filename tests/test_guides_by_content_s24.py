"""A document named like a deployment or install guide is one by what it holds (issue 12, session 24 reader o3, family 2).

OpenTripPlanner's docs/Deployments.md ("Deployments Worldwide": the cities running it) and the commune of Murol's Hébergements.html
(its page on the village's lodgings) were the projects' deployment and install documents because of a word of their names
(documentation.docs "deployment found", reusability.install "written instructions: yes"). A document whose own name names the topic
is a guide when it gives commands, steps or a chapter on it; a page of the site itself never is. Real guides stay."""

from __future__ import annotations

import json

import pytest

from auditor.facts.guide_content import guide_by_content
from tests.test_local_authority_verdicts import judge

CHECKS = ["documentation.docs", "reusability.install"]
APP = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>org.exemple</groupId><artifactId>planner</artifactId>"
                  "<version>1.0</version><packaging>jar</packaging></project>\n",
       "src/main/java/org/exemple/Planner.java": "package org.exemple;\n\npublic class Planner {\n}\n",
       "README.md": "# Planner\n\nUn calculateur d'itinéraires multimodal pour les réseaux de transport.\n",
       "docs/index.md": "# Planner\n\nLa documentation du calculateur d'itinéraires.\n"}
INSTANCES = ("# Planner Deployments Worldwide\n\n## Official Production\n\nThe following agencies run Planner in production:\n\n"
             "* **Ville de Valbois** [trip planner](https://exemple.org/valbois) for the town's buses.\n"
             "* **Région Exemple** regional trip planner, since 2015.\n\n## Independent Production and Testing\n\n"
             "* **Université d'Exemple** campus routing, open-sourced on its forge.\n")


def _docs(report):
    return report["facts"]["docs"]


def test_a_list_of_deployments_is_no_deployment_guide(tmp_path):
    report, res = judge(tmp_path, {**APP, "docs/Deployments.md": INSTANCES}, CHECKS)
    assert "docs/Deployments.md" not in _docs(report)["deployment"], _docs(report)["deployment"]
    assert "docs/Deployments.md" not in json.dumps(res["documentation.docs"]["evidence"]), res["documentation.docs"]["message"]
    assert "docs/Deployments.md" not in json.dumps(res["reusability.install"]["evidence"]), res["reusability.install"]["message"]


@pytest.mark.parametrize("text", [
    "# Deployment\n\nBuild the jar and run it:\n\n```sh\nmvn package\njava -jar target/planner.jar --server\n```\n",
    "# Déploiement\n\nL'application tourne derrière le serveur web de la collectivité.\n",  # (a chapter on the topic, in prose)
    "Deploying Planner\n=================\n\n1. Copy the war file to Tomcat.\n2. Restart Tomcat.\n",
])
def test_a_deployment_guide_stays_one(tmp_path, text):
    report, res = judge(tmp_path, {**APP, "docs/deployment.md": text}, CHECKS)
    assert "docs/deployment.md" in _docs(report)["deployment"], _docs(report)["deployment"]
    assert "docs/deployment.md" in json.dumps(res["reusability.install"]["evidence"]), res["reusability.install"]["message"]


SITE = {"index.html": "<!doctype html><html><head><title>Commune de Valbois</title></head><body><h1>Bienvenue</h1></body></html>\n",
        "Hébergements.html": "<!doctype html><html><head><title>Hébergements</title></head><body><h1>Hébergements</h1>"
                             "<p>Campings, gîtes et hôtels de la commune.</p></body></html>\n",
        "Restaurants.html": "<!doctype html><html><body><h1>Restaurants</h1></body></html>\n",
        "css/site.css": "body { margin: 0; }\n",
        "README.md": "# Site de Valbois\n"}


def test_a_page_of_the_site_is_never_a_guide(tmp_path):
    report, res = judge(tmp_path, SITE, CHECKS)
    assert "Hébergements.html" not in _docs(report)["deployment"], _docs(report)["deployment"]
    assert res["reusability.install"]["details"].get("instructions") is not True, res["reusability.install"]["message"]


def test_a_hosting_guide_beside_the_site_stays_one(tmp_path):
    guide = "# Hébergement\n\nLe site est servi par un serveur web :\n\n```\nrsync -a ./ serveur:/var/www/valbois/\n```\n"
    report, _ = judge(tmp_path, {**SITE, "docs/hebergement.md": guide}, CHECKS)
    assert "docs/hebergement.md" in _docs(report)["deployment"], _docs(report)["deployment"]


def test_what_a_guide_holds():
    assert not guide_by_content(INSTANCES)
    assert not guide_by_content("<h1>Hébergements</h1><p>Campings et gîtes.</p>")
    assert guide_by_content("## Installation\n\nVoir le wiki.\n")
    assert guide_by_content("<h2>Installation</h2><ol><li>Télécharger</li></ol>")
    assert guide_by_content("Installez le paquet puis relancez le service.\n")
