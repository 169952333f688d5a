"""The server a build uploads its artefacts to names its publishers' company: an unlisted commit domain whose server it is counts
as a company (a contractor), as a runtime dependency's server did.

Real case (issue 12, s48 lead, re-reader va48 = OPEN-ENT-NG/zimbra-connector): gradle/maven.gradle's mavenDeployer repository(url:
"http://maven.web-education.net/nexus/…") was the only sign that web-education.net is the contractor's domain (4 of the year's 6
commits). Once fa48 rightly stopped counting upload targets as servers the project depends on, the domain became an "unlisted
organisation", no contractor was counted and scaling.contributor-organisations went from warn 5 to pass 8.
"""

from __future__ import annotations

from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check
from tests.test_scaling import days_ago

DEPLOYER = ("apply plugin: 'maven'\n\nuploadArchives {\n    repositories {\n        mavenDeployer {\n"
            "            repository(url: \"http://maven.atelier-edunum.net/nexus/content/repositories/releases/\") {\n"
            "                authentication(userName: nexusUser, password: nexusPassword)\n            }\n        }\n    }\n}\n")
DEV = ("Lucie Martin", "lucie.martin@atelier-edunum.net")


def _repo(repo, with_deployer: bool):
    commits = [{"date": days_ago(200 - 10 * i), "author": DEV, "files": {f"src/main/java/fr/ent/M{i}.java": f"class M{i} {{}}\n"}}
               for i in range(4)]
    if with_deployer:
        commits[0]["files"]["gradle/maven.gradle"] = DEPLOYER
    return repo(commits)


def test_the_upload_servers_domain_is_a_company(repo):
    res = run_check(ctx_for(_repo(repo, True)), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs == {"atelier-edunum.net": "company"}, orgs


def test_near_miss_without_the_upload_server_the_domain_is_untyped(repo):
    res = run_check(ctx_for(_repo(repo, False)), "scaling.contributor-organisations")
    orgs = {o["domain"]: o["type"] for o in res.evidence[0].value["organisations_year"]}
    assert orgs.get("atelier-edunum.net") != "company", orgs
