"""Wrong verdicts reader ra37 found on a PHP map catalogue of an agglomeration (issue 12, session 37 fixer fd37).

Romain64290/carthoteque: admin/cartes/query/ is a whole copy of blueimp's jQuery-File-Upload repository — its package.json and
bower.json (name blueimp-file-upload, repository github.com/blueimp/jQuery-File-Upload, main js/jquery.fileupload.js), its README
("# jQuery File Upload Plugin"), its demo pages (AngularJS, Bootstrap 3 from CDNs), its example servers (server/gae-python/main.py on
Google App Engine's webapp2, server/php/UploadHandler.php answering JSON) — with no licence file at its top. Only its bannered
scripts were told copied: its servers, pages and manifests were read as the authority's own code (vendor lock-in "Google App
Engine", api-spec "1 code file answers HTTP requests", dependencies "google, webapp2 undeclared", end-of-life "AngularJS 1",
maintainability's complex functions). A folder whose manifest names its own home repository, owned by no one the project names,
and whose main script is a copied library's by its banner (or whose README is titled as the package while most of its scripts
are), is that library copied whole. A project's own front-end package (its scripts its own) stays its own.
"""

from __future__ import annotations

import json

from tests.test_copies_s15_k1 import categories
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

COPY = "admin/cartes/upload/"
BANNER = ("/*\n * jQuery Widget Upload Plugin{part}\n * https://github.com/wupload/Widget-Upload\n *\n * Copyright 2010, Jane Upstream\n"
          " *\n * Licensed under the MIT license:\n * https://opensource.org/licenses/MIT\n */\n")
PLUGIN = "(function ($) {\n  'use strict';\n  $.widget('wu.widgetupload', {\n    options: { url: null },\n    _create: function () { this.element.addClass('wu'); }\n  });\n}(jQuery));\n"
_CASES = "".join(f"            case {i}: $size += {i}; break;\n" for i in range(25))
HANDLER = ("<?php\nclass UploadHandler\n{\n    protected function get_size($type, $size)\n    {\n        foreach ($this->files as $file) {\n"
           "            switch ($type) {\n" + _CASES + "            }\n        }\n        return $size;\n    }\n\n"
           "    public function post()\n    {\n        header('Content-Type: application/json');\n"
           "        echo json_encode(array('files' => $this->files));\n    }\n}\n")
GAE = ("import json\nimport webapp2\nfrom google.appengine.api import images\nfrom google.appengine.ext import blobstore\n\n\n"
       "class UploadHandler(webapp2.RequestHandler):\n    def post(self):\n        self.response.write(json.dumps({'files': []}))\n\n\n"
       "app = webapp2.WSGIApplication([('/', UploadHandler)])\n")
DEMO = ("<!DOCTYPE html>\n<html ng-app=\"demo\">\n<head>\n<link rel=\"stylesheet\" href=\"https://maxcdn.bootstrapcdn.com/bootstrap/3.2.0/css/bootstrap.min.css\">\n"
        "<script src=\"https://ajax.googleapis.com/ajax/libs/angularjs/1.2.20/angular.min.js\"></script>\n</head>\n"
        "<body><form action=\"https://widget-upload.appspot.com/\"></form><script src=\"js/jquery.widgetupload.js\"></script></body>\n</html>\n")
HOME = {"type": "git", "url": "git://github.com/wupload/Widget-Upload.git"}
PACKAGE = {"name": "wupload-widget-upload", "version": "9.1.0", "title": "Widget Upload", "homepage": "https://github.com/wupload/Widget-Upload",
           "repository": HOME, "license": "MIT", "main": "js/jquery.widgetupload.js",
           "devDependencies": {"grunt": "0.4.5", "grunt-contrib-jshint": "0.11.2"}}
BOWER = {"name": "wupload-widget-upload", "version": "9.1.0", "title": "Widget Upload", "repository": HOME, "license": "MIT",
         "dependencies": {"jquery": ">=1.6"}, "main": ["js/jquery.widgetupload.js"]}
UPLOAD = {COPY + "package.json": json.dumps(PACKAGE, indent=2), COPY + "bower.json": json.dumps(BOWER, indent=2),
          COPY + "README.md": "# Widget Upload Plugin\n\n## Demo\n[Demo](https://wupload.github.io/Widget-Upload/)\n\n## License\nMIT.\n",
          COPY + "CONTRIBUTING.md": "Please open an issue first.\n",
          COPY + "index.html": DEMO, COPY + "angularjs.html": DEMO,
          COPY + "js/jquery.widgetupload.js": BANNER.format(part="") + PLUGIN,
          COPY + "js/jquery.widgetupload-ui.js": BANNER.format(part=" User Interface") + PLUGIN,
          COPY + "js/jquery.widgetupload-image.js": BANNER.format(part=" Image Preview") + PLUGIN,
          COPY + "server/gae-python/main.py": GAE,
          COPY + "server/gae-python/app.yaml": "runtime: python27\napi_version: 1\nthreadsafe: true\n",
          COPY + "server/php/UploadHandler.php": HANDLER,
          COPY + "server/php/index.php": "<?php\nrequire('UploadHandler.php');\n$upload_handler = new UploadHandler();\n"}
APP = {"index.php": ("<?php\ninclude('admin/includes/php_open.php');\n$res = mysql_query(\"SELECT * FROM carte WHERE id_theme = 3\");\n"
                     "while ($row = mysql_fetch_array($res)) {\n    echo '<li>' . $row['titre_carte'] . '</li>';\n}\n?>\n"),
       "admin/includes/php_open.php": "<?php\n$link = mysql_connect(getenv('DB_HOST'), getenv('DB_USER'), getenv('DB_PASS'));\n",
       "admin/cartes/new.php": "<?php\nfunction format_poids($octets)\n{\n    return round($octets / 1024) . ' Ko';\n}\necho format_poids(2048);\n",
       "data/cartes.sql": "CREATE TABLE `carte` (\n  `id_carte` int(11) NOT NULL,\n  `titre_carte` varchar(255) NOT NULL\n);\n"}


def test_a_library_repository_copied_whole_without_its_licence_is_vendored(tmp_path):
    cats = categories(build(tmp_path / "r", {**APP, **UPLOAD}))
    assert {p: c for p, c in cats.items() if p.startswith(COPY) and c != "vendored"} == {}, cats
    assert cats["index.php"] == "source" and cats["admin/cartes/new.php"] == "source", cats


def test_its_servers_pages_and_manifests_are_not_the_projects(tmp_path):
    checks = ["scaling.vendor-lock-in", "interoperability.api-spec", "reusability.dependencies", "reusability.maintainability",
              "scaling.end-of-life"]
    report, res = judge(tmp_path, {**APP, **UPLOAD}, checks)
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
    assert res["interoperability.api-spec"]["status"] == "not_applicable", res["interoperability.api-spec"]["message"]
    deps = res["reusability.dependencies"]["message"]["en"]
    assert "wupload-widget-upload 9.1.0" in deps and "webapp2" not in deps and "package.json" not in deps, deps
    assert not any(str(e.get("path", "")).startswith(COPY) for e in res["reusability.maintainability"]["evidence"]), \
        res["reusability.maintainability"]["evidence"]
    assert "AngularJS" not in res["scaling.end-of-life"]["message"]["en"], res["scaling.end-of-life"]["message"]


def test_a_projects_own_front_end_package_stays_its_own(tmp_path):
    # near miss: the authority's own front-end package, its manifest naming its home repository and its README titled as the
    # package, its scripts written by the authority (no banner)
    front = {"front/package.json": json.dumps({"name": "carto-front", "version": "1.0.0", "main": "js/carte.js",
                                               "repository": "https://github.com/agglo-sig/carto-front", "license": "MIT"}),
             "front/README.md": "# Carto front\n\nInterface publique de la carthothèque.\n",
             "front/js/carte.js": "function afficher(id) {\n  document.getElementById(id).className = 'visible';\n}\n",
             "front/js/recherche.js": "function chercher(mot) {\n  return fetch('/api/cartes?q=' + mot);\n}\n"}
    cats = categories(build(tmp_path / "r", {**APP, **front}))
    assert cats["front/js/carte.js"] == "source" and cats["front/js/recherche.js"] == "source", cats
    assert cats["front/package.json"] == "manifest", cats


def test_a_package_whose_home_the_project_names_stays_its_own(tmp_path):
    # near miss: the same folder in the library's own repository (the root README names its owner): its own code
    own = {**APP, **UPLOAD, "README.md": "# Démonstrateur\n\nSources : https://github.com/wupload/demonstrateur\n"}
    cats = categories(build(tmp_path / "r", own))
    assert cats[COPY + "server/php/UploadHandler.php"] == "source", cats
