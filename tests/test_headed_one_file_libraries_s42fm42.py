"""One-file libraries told by the header they ship with (issue 12, s42 fm42 = reader ra42, KeolisAix/MDMKPA).

An operator's intranet (PHP pages, jQuery) carries published scripts copied in with their headers: a lightbox ("Class: <name> / Use:
Lightbox clone for jQuery / Author: <person> (http://<site>) / Version: 3.1" atop jquery.<name>.js) and a table sorter ("<Name> /
version 2 / <person>, http://<site>/… / Licenced as X11" atop .<name>.js). They counted as the project's code in
documentation.code-comments (37 % documented). A script's leading comment naming the product (the file's name, as a title or after a
label, or a title ending on its release), its author with a web site, and its licence or version is a one-file library's header:
vendored. Near misses: the project's own scripts with the same kind of header, by one of its commit authors, stay its own; a copied
PHP upload handler ("<Product> PHP Class 8.2.3 / Copyright 2010, <person> / https://<site> / MIT") stays counted, being the endpoint
the deployed application serves (interoperability.api-spec).
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

LIGHTBOX = ("/* ------------------------------------------------------------------------\n\tClass: boxView\n\tUse: Lightbox clone for jQuery\n"
            "\tAuthor: Marc Dubois (http://www.marc-dubois-web.example)\n\tVersion: 3.1\n"
            "------------------------------------------------------------------------- */\n\n"
            "(function($){$.boxView={version:'3.1'};$.fn.boxView=function(s){return this.each(function(){});};})(jQuery);\n")
SORTER = ("/*\n  TableSort\n  version 2\n  7th April 2007\n  Anna Berg, http://www.anna-berg.example/code/tablesort/\n\n"
          "  Licenced as X11: http://www.anna-berg.example/licence.html\n*/\n\n"
          "var tableSort = {\n  init: function() { return 1; },\n  sort: function(t) { return t; }\n};\n")
UPLOAD = ("<?php\n/*\n * Easy File Upload Plugin PHP Class 8.2.3\n * https://github.com/someone/easy-file-upload\n *\n"
          " * Copyright 2010, Peter Lindqvist\n * https://lindqvist.example\n *\n * Licensed under the MIT license:\n"
          " * http://www.opensource.org/licenses/MIT\n */\n\nclass UploadHandler\n{\n    protected $options;\n\n"
          "    function __construct($options = null) {\n        $this->options = $options;\n    }\n\n"
          "    protected function get_full_url() {\n        return 'x';\n    }\n}\n")
SITE = {
    "README.md": "# Intranet\n\nOutils internes du réseau.\n",
    "sinistre/index.php": "<?php\n/**\n * Déclare un sinistre.\n */\nfunction declarer($d) {\n    return $d;\n}\n",
    "sinistre/js/script.js": "/**\n * Trace le croquis.\n */\nfunction tracer(c) { return c; }\n",
    "H2C/scripts/jquery.boxView.js": LIGHTBOX,
    "H2C/bill/.tablesort.js": SORTER,
    "sinistre/photo_sinistre/UploadHandler.php": UPLOAD,
}


def audit(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2015-05-02T10:00:00Z", "message": "intranet",
                                       "author": ("Jeanne Durand", "jeanne.durand@example.org")}])
    report = run_audit(repo, tmp_path / "c", ["documentation.code-comments"])
    return report["facts"]["inventory"]


def test_published_scripts_with_their_headers_are_copied_libraries(tmp_path):
    inv = audit(tmp_path, SITE)
    assert inv["categories"]["vendored"] == 2 and inv["categories"]["source"] == 3, inv["categories"]  # (the PHP handler: the served endpoint)


def test_near_miss_a_header_by_the_projects_own_author_stays_its_own(tmp_path):
    own = {**SITE,
           "H2C/scripts/jquery.boxView.js": LIGHTBOX.replace("Marc Dubois (http://www.marc-dubois-web.example)", "Jeanne Durand (http://www.intranet.example)"),
           "H2C/bill/.tablesort.js": SORTER.replace("Anna Berg", "Jeanne Durand"),
           "sinistre/photo_sinistre/UploadHandler.php": UPLOAD.replace("Peter Lindqvist", "Jeanne Durand")}
    inv = audit(tmp_path, own)
    assert inv["categories"].get("vendored", 0) == 0 and inv["categories"]["source"] == 5, inv["categories"]
