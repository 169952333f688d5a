"""reusability.dependencies: a host's plugin whose composer.json requires nothing at run time (issue 12, session 44 fixer fo44 =
GIP-RECIA/nextcloud-custom-contacts-store, reader rk44). A Nextcloud app (appinfo/info.xml) declares ``"require": {}`` and only
``"require-dev": {"phpunit/phpunit": …}``: installing it (a copy into nextcloud/apps/) installs nothing, it runs on Nextcloud's
libraries; no lockfile is to expect. The check said "1 manifest(s) (composer), 1 without a lockfile" (fail); now not applicable,
as for a plugin requiring nothing but its host. Near miss: the same app requiring a library at run time keeps asking for composer.lock.
The fixtures are written for the test."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"


def files(require: dict) -> dict:
    return {
        "README.md": "# Filtre des contacts\n\nApplication Nextcloud qui filtre les contacts proposés.\n",
        "appinfo/info.xml": "<?xml version=\"1.0\"?>\n<info>\n    <id>filtrecontacts</id>\n    <name>Filtre contacts</name>\n"
                            "    <summary>Filtre les contacts</summary>\n    <version>0.1.0</version>\n    <licence>agpl</licence>\n"
                            "    <namespace>FiltreContacts</namespace>\n    <category>customization</category>\n"
                            "    <dependencies>\n        <nextcloud min-version=\"20\" max-version=\"21\"/>\n    </dependencies>\n</info>\n",
        "appinfo/app.php": "<?php\n$app = new \\OCA\\FiltreContacts\\AppInfo\\Application();\n",
        "lib/AppInfo/Application.php": "<?php\nnamespace OCA\\FiltreContacts\\AppInfo;\n\nuse OCP\\AppFramework\\App;\n\n"
                                       "class Application extends App {\n    public function __construct() {\n        parent::__construct('filtrecontacts');\n"
                                       "    }\n}\n",
        "composer.json": json.dumps({"name": "filtre/contacts", "type": "project", "license": "AGPL", "require": require,
                                     "require-dev": {"phpunit/phpunit": "^5.4"}}, indent=4) + "\n",
    }


def test_a_nextcloud_app_requiring_nothing_at_run_time_needs_no_lockfile(tmp_path):
    res = check_result(tmp_path, files({}), CID)
    assert res["status"] == "not_applicable" and "Nextcloud" in res["message"]["en"], (res["status"], res["message"])


def test_a_nextcloud_app_requiring_a_library_still_needs_its_lockfile(tmp_path):
    res = check_result(tmp_path, files({"guzzlehttp/guzzle": "^7.0"}), CID)
    assert res["status"] != "not_applicable" and "without a lockfile" in res["message"]["en"], (res["status"], res["message"])
