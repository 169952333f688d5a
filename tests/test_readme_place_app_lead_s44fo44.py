"""documentation.readme / readme-sections (issue 12, s44 fo44 = GIP-RECIA/nextcloud-custom-contacts-store, reader rk44): the README of
a Nextcloud app is its skeleton's boilerplate, whose line under the title is "Place this app in **nextcloud/apps/**" — an install
instruction, not a description; the tool said "description first" and found a purpose "via sentence". An imperative sentence having
the reader place, copy or install the app (plugin, module, folder) somewhere says how, not what: no description. Near miss: a line
saying what the app does stays the description. The fixtures are written for the test."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

BODY = ("\n## Building the app\n\nThe app can be built by using the provided Makefile by running:\n\n    make\n\n"
        "This requires the following things to be present:\n* make\n* which\n* tar: for building the archive\n* curl: used if phpunit "
        "and composer are not installed to fetch them from the web\n* npm: for building and testing everything JS, only required if a "
        "package.json is placed inside the **js/** folder\n\n## Publish to App Store\n\nFirst get an account for the App Store then run:\n\n"
        "    make && make appstore\n\nThe archive is located in build/artifacts/appstore and can then be uploaded to the App Store.\n\n"
        "## Running tests\nYou can use the provided Makefile to run all tests by using:\n\n    make test\n\n"
        "This will run the PHP unit and integration tests and if a package.json is present in the **js/** folder will execute "
        "**npm run test**\n\nOf course you can also install PHPUnit and use the configurations directly:\n\n    phpunit -c phpunit.xml\n\n"
        "or:\n\n    phpunit -c phpunit.integration.xml\n\nfor integration tests. The integration tests need a working server with the "
        "app enabled, and the unit tests need the server's sources beside the app so that its classes can be loaded by the "
        "autoloader when the tests start.\n")


def readme(tmp_path, lead):
    files = {"README.md": "# Filtre contacts\n" + lead + "\n" + BODY, "appinfo/info.xml": "<?xml version=\"1.0\"?>\n<info>\n  <id>filtre</id>\n"
             "  <name>Filtre</name>\n  <namespace>Filtre</namespace>\n  <dependencies><nextcloud min-version=\"15\" max-version=\"15\"/></dependencies>\n</info>\n",
             "lib/AppInfo/Application.php": "<?php\nnamespace OCA\\Filtre\\AppInfo;\n\nclass Application {\n}\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2019-03-01T10:00:00Z", "message": "app", "author": ("Dev", "dev@exemple.fr")}])
    return results(run_audit(repo, tmp_path / "c", ["documentation.readme", "documentation.readme-sections"]))


def test_a_place_this_app_line_is_no_description(tmp_path):
    r = readme(tmp_path, "Place this app in **nextcloud/apps/**")
    assert "description first" not in r["documentation.readme"]["message"]["en"], r["documentation.readme"]["message"]
    assert "purpose" not in r["documentation.readme-sections"]["message"]["en"].split(";")[0], r["documentation.readme-sections"]["message"]


def test_near_miss_a_line_saying_what_the_app_does_stays_the_description(tmp_path):
    r = readme(tmp_path, "This app filters the contacts and collaborators offered in the share dialog by the user's groups.")
    assert "description first" in r["documentation.readme"]["message"]["en"], r["documentation.readme"]["message"]
    assert "purpose" in r["documentation.readme-sections"]["message"]["en"].split(";")[0], r["documentation.readme-sections"]["message"]
