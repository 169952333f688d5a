"""reusability.tests-and-ci counts the scenarios a runner plays (issue 12, s14 r2 Tisseo/SamEcoreUserManagerBundle: a Symfony
bundle with Behat features and Selenium IDE cases run by a PHPUnit Selenium test said "2 test file(s)"). A page named .html in a
test folder that is no Selenese case, and a .feature file without a scenario, stay uncounted."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SELENESE = ('<?xml version="1.0" encoding="UTF-8"?>\n<html><head><link rel="selenium.base" href="http://localhost/" />\n'
            '<title>US12</title></head><body><table><tr><td>open</td><td>/users</td><td></td></tr>\n'
            '<tr><td>clickAndWait</td><td>link=Ajouter</td><td></td></tr></table></body></html>\n')
FEATURE = ("Feature: users list\n  In order to manage users\n\n  Scenario: an admin sees the list\n"
           "    Given I am logged in as \"admin\"\n    When I go to \"/users\"\n    Then I should see \"Utilisateurs\"\n")


def _tests(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.tests-and-ci"]))
    return report["results"][0]["details"]


BUNDLE = {"Controller/UserController.php": "<?php\nclass UserController { public function listAction() { return 1; } }\n",
          "Entity/User.php": "<?php\nclass User { private $name; }\n",
          "Features/Context/FeatureContext.php": "<?php\nclass FeatureContext { public function iAmLoggedIn() {} }\n",
          "composer.json": '{"name": "acme/user-bundle", "require": {"php": ">=7.1"}}'}


def test_behat_features_and_selenese_cases_are_test_files(repo, tmp_path):
    d = _tests(repo, tmp_path, {**BUNDLE, "Features/users.list.feature": FEATURE, "Features/user.reset.feature": FEATURE,
                                "Tests/SeleneseBag/US12.html": SELENESE, "Tests/SeleneseBag/US13.html": SELENESE})
    assert d["test_files"] == 5, d


def test_an_html_page_in_a_test_folder_and_an_empty_feature_are_no_tests(repo, tmp_path):
    d = _tests(repo, tmp_path, {**BUNDLE, "tests/fixtures/page.html": "<html><body><p>Bonjour</p></body></html>\n",
                                "Features/todo.feature": "# à écrire\n"})
    assert d["test_files"] == 1, d
