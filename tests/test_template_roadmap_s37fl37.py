"""Session 37 (fl37 = reader mb37), issue 12: a roadmap link in a chapter a framework's template wrote is the framework's roadmap, not
the project's.

GeotrekCE/Sitourisme-interface, a Région's tourism-data gateway whose README is MEAN.JS's boilerplate left as it is: its "Community"
chapter says "Use to Offical Website to learn about changes and the roadmap" (meanjs.org), which documentation.community-files counted
as the project's ROADMAP ("Present: ROADMAP"). The README's own text without the template's chapters is read now (as for its licence
and security contact). Near miss: a team's own README linking its project board as its roadmap keeps the ROADMAP. Files written for
these tests, in the shape of that repository."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

CID = "documentation.community-files"
MEAN = """# MEAN.JS

MEAN.JS is a full-stack JavaScript open-source solution, which provides a solid starting point for [MongoDB](http://www.mongodb.org/), [Node.js](http://www.nodejs.org/), [Express](http://expressjs.com/), and [AngularJS](http://angularjs.org/) based applications.

## Before You Begin
Before you begin we recommend you read about the basic building blocks that assemble a MEAN.JS application.

## Downloading MEAN.JS
There are several ways you can get the MEAN.JS boilerplate:

```
$ git clone https://github.com/meanjs/mean.git meanjs
```

## Community
* Use to [Offical Website](http://meanjs.org) to learn about changes and the roadmap.
* Join #meanjs on freenode.

## Live Example
Browse the live MEAN.JS example on [http://meanjs.herokuapp.com](http://meanjs.herokuapp.com).
"""
OWN = """# Passerelle Geotrek → Apidae

Interface d'administration de la passerelle qui publie les itinéraires de Geotrek dans Apidae, pour les offices de tourisme de la région.

## Feuille de route

Les prochaines évolutions sont suivies sur [le tableau du projet](https://github.com/exemple-region/passerelle/projects/1) : la roadmap
est revue à chaque comité de pilotage.
"""
FILES = {"package.json": '{"name": "passerelle", "dependencies": {"express": "~4.2.0", "mongoose": "~3.8.8"}}\n',
         "server.js": "var app = require('./config/express')();\napp.listen(3000);\n",
         "app/models/fiche.server.model.js": "var mongoose = require('mongoose');\nmodule.exports = mongoose.model('Fiche', {});\n"}


def _community(tmp_path, readme: str) -> dict:
    path = make_repo(tmp_path / "r", [{"files": {"README.md": "draft\n", **FILES}, "date": "2022-11-02T10:00:00Z"},
                                      {"files": {"README.md": readme}, "date": "2023-01-06T15:30:00Z"}])
    return results(run_audit(path, tmp_path / "c", [CID]))[CID]


def test_the_boilerplates_roadmap_link_is_not_the_projects(tmp_path):
    r = _community(tmp_path, MEAN)
    assert "roadmap" not in (r["details"].get("present") or r["details"].get("found") or []), r["details"]
    assert "Present: ROADMAP" not in r["message"]["en"] and "meanjs.org" not in str(r["evidence"]), r["message"]


def test_a_teams_own_roadmap_link_counts(tmp_path):
    r = _community(tmp_path, OWN)
    assert "ROADMAP" in r["message"]["en"].split(";")[0], r["message"]
