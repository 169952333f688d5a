"""maintenance.dependency-updates where the runtime libraries are copied into the repository and the only manifest left declares
nothing (issue 12, session 37, re-reader vc37: Romain64290/zero_dechet, an agglomeration's PHP app loading its copied jQuery,
PHPMailer and html2pdf, its only manifest an empty plugins/composer.json).

"No runtime dependency to keep up to date" was false: there are dependencies, copied, that no update bot reads. Without a copied
library, an empty manifest still means nothing to update.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

FILES = {"README.md": "# Zéro déchet\n\nSuivi des familles zéro déchet.\n", "plugins/composer.json": "{}\n",
         "index.php": "<?php\nsession_start();\nheader('Location: admin/index.php');\n",
         "admin/index.php": "<?php\nrequire '../include/config.inc.php';\n?>\n<html><head><script src=\"../js/jquery-1.11.3.min.js\"></script></head></html>\n",
         "include/config.inc.php": "<?php\ndefine('DB_SERVEUR', 'localhost');\n"}
JQUERY = "/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */\n!function(a,b){a.jQuery=b}(this,function(){return 1});\n"


def _result(tmp_path, files: dict) -> dict:
    make_repo(tmp_path, [{"files": files, "date": "2019-05-02T10:00:00Z"}])
    return audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}",
                                             only=["maintenance.dependency-updates"]))["results"][0]


def test_copied_runtime_libraries_are_dependencies_no_bot_reads(tmp_path):
    r = _result(tmp_path, {**FILES, "js/jquery-1.11.3.min.js": JQUERY})
    assert r["status"] == "not_applicable", r["message"]
    assert "copied into the repository (jquery)" in r["message"]["en"] and "No runtime dependency" not in r["message"]["en"], r["message"]


def test_an_empty_manifest_without_copies_has_nothing_to_update(tmp_path):
    r = _result(tmp_path, FILES)
    assert r["status"] == "not_applicable" and "copied" not in r["message"]["en"], r["message"]
