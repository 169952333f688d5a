"""Ionic's and Alfresco SDK's README templates left as the project's README (issue 12, session 37, reader rc37: an agglomeration's
Ionic 3 reporting app whose README is Ionic's starter, a Département's Alfresco module whose README is the SDK archetype's).

The starter's "This is a starter template for Ionic projects" is no purpose and its `ionic start mySideMenu sidemenu` creates another
project; the archetype's run-script tasks say nothing of the module. A team's own README that opens on the archetype's first sentence
and goes on with what its module does stays the team's.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme_templates import untouched_template
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

IONIC_FILES = {"package.json": '{"name": "ecoute", "dependencies": {"ionic-angular": "3.9.2", "@angular/core": "4.4.3"}}\n',
               "ionic.config.json": '{"name": "ecoute", "type": "ionic-angular"}\n',
               "src/app/app.component.ts": "export class MyApp { rootPage: any = 'HomePage'; }\n"}

IONIC = """This is a starter template for [Ionic](http://ionicframework.com/docs/) projects.

## How to use this template

*This template does not work on its own*. The shared files for each starter are found in the [ionic2-app-base repo](https://github.com/ionic-team/ionic2-app-base).

To use this template, either create a new ionic project using the ionic node.js utility, or copy the files from this repository into the [Starter App Base](https://github.com/ionic-team/ionic2-app-base).

### With the Ionic CLI:

Take the name after `ionic2-starter-`, and that is the name of the template to be used when using the `ionic start` command below:

```bash
$ sudo npm install -g ionic cordova
$ ionic start mySideMenu sidemenu
```
"""

ALFRESCO_FILES = {"pom.xml": "<project><artifactId>dna</artifactId><properties><alfresco.sdk.version>4.3.0</alfresco.sdk.version>"
                             "</properties></project>\n",
                  "run.sh": "#!/bin/sh\nmvn install\n", "dna-platform/src/main/java/fr/nord/dna/Agent.java": "package fr.nord.dna;\nclass Agent {}\n"}

ALFRESCO = """# Alfresco AIO Project - SDK 4.3

This is an All-In-One (AIO) project for Alfresco SDK 4.3.

Run with `./run.sh build_start` or `./run.bat build_start` and verify that it

 * Runs Alfresco Content Service (ACS)
 * Runs PostgreSQL database

All the services of the project are now run as docker containers. The run script offers the next tasks:

 * `build_start`. Build the whole project, recreate the ACS and Share docker images and start them.
 * `stop`. Stop the dockerised environment.

# Few things to notice

 * No parent pom
 * No runner project - the Alfresco environment is now managed through [Docker](https://www.docker.com/)
 * Persistent test data through restart thanks to the use of Docker volumes for ACS, ASS and database data
"""

ALFRESCO_OWN = """# Rapports de droits

This is an All-In-One (AIO) project for Alfresco SDK 4.3 that reports, for each site of the repository, which groups and users may
read or change its documents.

## Installation

Build the module with `./run.sh build_start`, then open the admin console and choose "Rights report".
"""


def _repo(tmp_path, files: dict, readme: str):
    make_repo(tmp_path, [{"files": {"README.md": "# draft\n", **files}, "date": "2021-03-04T10:00:00Z"},
                         {"files": {"README.md": readme}, "date": "2022-05-11T15:30:00Z"}])
    return ctx_for(tmp_path).fact("readme")


def _result(tmp_path, check: str) -> dict:
    return audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=[check]))["results"][0]


def test_ionics_starter_readme_is_an_untouched_template(tmp_path):
    info = _repo(tmp_path, IONIC_FILES, IONIC)
    assert (info["template"] or {}).get("framework") == "ionic", info["template"]
    assert untouched_template(info), info["headings"]
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "fail" and "Ionic" in r["message"]["en"], r["message"]
    r = _result(tmp_path, "reusability.install")
    assert r["status"] == "fail" and "ionic start" not in str(r.get("evidence")), r  # (its commands create another project)


def test_alfresco_sdks_archetype_readme_is_an_untouched_template(tmp_path):
    info = _repo(tmp_path, ALFRESCO_FILES, ALFRESCO)
    assert (info["template"] or {}).get("framework") == "alfresco-sdk", info["template"]
    assert untouched_template(info), info["headings"]
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "fail" and "Alfresco SDK" in r["message"]["en"], r["message"]


def test_a_teams_module_readme_opening_on_the_archetypes_sentence_stays_theirs(tmp_path):
    info = _repo(tmp_path, ALFRESCO_FILES, ALFRESCO_OWN)
    assert info["template"] is None, info["template"]
    assert {"purpose", "install"} <= set(info["sections"]), info["sections"]
