"""scaling.reuse (issue 12, session 24 readers o1 and o3; s25 k25): a documentation page listing where the project runs.

GrandNancy/OpenTripPlanner's docs/Deployments.md, titled "<Project> Deployments Worldwide", lists some twenty production
deployments under "Official Production" and "Unofficial Production" (transport authorities, cities, each with its site): the
title has no qualifier the reuse-section titles knew ("Deployments in production", "Instances"), so only one sentence of the
page was read and the check said "1 instance(s) and 1 deployment(s) named" (warn). A page titled with the plural noun whose
content is a list of linked places (three or more, no command block) is now a reuse section; its parts listing
demonstrations or prototypes are set apart.

Neighbours unchanged: a deployment guide titled "Deployments" with its commands in fenced blocks, and a page "Deployment"
(a how-to), name no instance."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.reuse import scan_document
from tests.gitrepo import make_repo

PAGE = ("# Calcul d'itinéraires Deployments Worldwide\n\n## Official Production\n\nKnown deployments run by transport authorities.\n\n"
        "* **Ville-Haute** transport authority's [trip planner](https://itineraires.villehaute-transports.fr/) for the whole region.\n"
        "* [**Port-Neuf, France**](https://www.mobilite-portneuf.fr/) from the Syndicat des mobilités and the City of Port-Neuf.\n"
        "* **Lac-Vert** [regional planner](https://planner.lacvert-metro.eu) of the metropolitan council.\n\n"
        "## Unofficial Production\n\n* [**Bus Collines**](https://bus.collines-mobilita.it) Collines, Italy.\n\n"
        "## Prototypes and demos\n\n* [**Plaine**](https://demo.plaine-iso.fr/) experimental isochrones.\n"
        "* [**Vallée**](https://test.vallee-recherche.fr/) a research demo.\n")
GUIDE = ("# Deployments\n\nHow to run the planner in production.\n\n"
         "* Build the graph on [a machine](https://docs.calcul-itineraires.fr/sizing) with 8 GB of memory.\n"
         "* Start the server behind [nginx](https://nginx.org/en/docs/).\n"
         "* Watch it with [Prometheus](https://prometheus.io/docs/).\n\n```sh\njava -Xmx8G -jar planner.jar --build graphs --serve\n```\n")
HOWTO = ("# Deployment\n\n* [Docker image](https://hub.calcul-itineraires.fr/planner)\n* [Helm chart](https://charts.calcul-itineraires.fr/planner)\n"
         "* [Ansible role](https://galaxy.calcul-itineraires.fr/planner)\n")


def _reuse(tmp_path, docs: dict) -> dict:
    files = {"README.md": "# Calcul d'itinéraires\n\nUn calculateur d'itinéraires multimodal.\n", "src/main.js": "export const a = 1;\n", **docs}
    repo = make_repo(tmp_path / "p", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.reuse"]))
    return next(x for x in report["results"] if x["id"] == "scaling.reuse")


def test_a_page_of_deployments_worldwide_lists_its_instances_not_its_demos():
    found = scan_document("docs/Deployments.md", PAGE)
    instances = [f["value"] for f in found if f["kind"] == "instance"]
    assert len(instances) == 4 and not any("demo." in u or "test." in u for u in instances), found
    assert found[0] == {"path": "docs/Deployments.md", "line": 1, "kind": "section", "value": "Calcul d'itinéraires Deployments Worldwide"}


def test_the_check_sees_the_reuse(tmp_path):
    r = _reuse(tmp_path, {"docs/Deployments.md": PAGE})
    assert r["status"] == "pass" and "4 instance(s)" in r["message"]["en"], r["message"]  # was warn, "1 instance(s)"


def test_a_deployment_guide_and_a_how_to_name_no_instance(tmp_path):
    assert scan_document("docs/Deployments.md", GUIDE) == []
    assert scan_document("docs/Deployment.md", HOWTO) == []
    r = _reuse(tmp_path, {"docs/Deployments.md": GUIDE, "docs/Deployment.md": HOWTO})
    assert r["status"] != "pass" and "instance(s) citée(s)" not in r["message"]["fr"], r["message"]
