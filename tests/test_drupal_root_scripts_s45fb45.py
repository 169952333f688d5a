"""A Drupal 6/7 site's root scripts are Drupal core's (issue 12, s45 fb45).

Real case: DuaelFr/finistere, a département's Drupal 6 site committed whole: core's includes/, modules/, misc/ were set aside as
Drupal's, but the scripts core serves from the root (index.php, update.php, cron.php, xmlrpc.php), each reading
includes/bootstrap.inc, were measured as the site's own PHP (update.php's complexity among the site's worst functions). They
are core's files. Near misses: the site's own script at the root stays its code; an update.php in a repository without Drupal's
core beside it stays the project's."""

from __future__ import annotations

from tests.test_drupal6_packaged_s44fh44 import PHP, audit_of, site

ROOT = {"update.php": "<?php\n\n/**\n * @file\n * Administrative page for handling updates.\n */\n"
                      "require_once './includes/bootstrap.inc';\nfunction update_main() {\n  return 1;\n}\n",
        "cron.php": "<?php\n\n/**\n * @file\n * Handles incoming requests to fire off regularly-scheduled tasks.\n */\n"
                    "include_once './includes/bootstrap.inc';\ndrupal_cron_run();\n",
        "xmlrpc.php": "<?php\n\n/**\n * @file\n * PHP page for handling incoming XML-RPC requests from clients.\n */\n"
                      "include_once './includes/bootstrap.inc';\n",
        "export_agenda.php": PHP.format(n="export_agenda")}


def test_cores_root_scripts_are_drupals_and_the_sites_own_root_script_is_its_own(tmp_path):
    report, _ = audit_of(tmp_path, site(ROOT), ["reusability.maintainability"])
    # cdt_pages.module and export_agenda.php; not index.php, update.php, cron.php, xmlrpc.php
    assert report["facts"]["languages"] == {"PHP": 2}, report["facts"]["languages"]


def test_an_update_script_without_drupals_core_stays_the_projects(tmp_path):
    files = {"README.md": "# Outil\n", "update.php": ROOT["update.php"].replace("require_once './includes/bootstrap.inc';\n", ""),
             "lib/outil.php": PHP.format(n="outil")}
    report, _ = audit_of(tmp_path, files, ["reusability.maintainability"])
    assert report["facts"]["languages"] == {"PHP": 2}, report["facts"]["languages"]
