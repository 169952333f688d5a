"""reusability.tests-and-ci counts the tests a runner replays as recorded (issue 12, s31 c31 = reader s31 m23o3,
pixelhumain/communecter: "0 test file(s) for 402 source file(s)" while tests/ held 9 Selenium IDE cases saved without an extension,
their <head profile="http://selenium-ide.openqa.org/profiles/test-case">, a suite listing them, and a Postman collection with test
scripts). Selenium IDE cases whatever their extension in a test folder, a Selenium IDE project (.side) and a Postman collection
holding test scripts are test files; a suite (a list of cases), a collection without test scripts and a page of a test folder that
is no case stay uncounted."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CASE = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        '<head profile="http://selenium-ide.openqa.org/profiles/test-case">\n<title>Login</title>\n</head>\n<body>\n'
        '<table><tbody>\n<tr><td>click</td><td>//button[@type=\'submit\']</td><td></td></tr>\n'
        '<tr><td>type</td><td>id=email-login</td><td>demo</td></tr>\n</tbody></table>\n</body>\n</html>\n')
SUITE = ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head><title>Test Suite</title></head>\n'
         '<body><table id="suiteTable" class="selenium"><tbody>\n<tr><td><b>Test Suite</b></td></tr>\n'
         '<tr><td><a href="Login">Login</a></td></tr>\n</tbody></table></body></html>\n')
POSTMAN_V1 = ('{\n\t"id": "9c4208c2",\n\t"name": "API du réseau",\n\t"order": ["904f67c1"],\n\t"requests": [\n\t\t{\n\t\t\t"id": "904f67c1",\n'
              '\t\t\t"url": "http://127.0.0.1/api/person/get",\n\t\t\t"method": "GET",\n\t\t\t"collectionId": "9c4208c2",\n'
              '\t\t\t"tests": "tests[\\"Status code is 200\\"] = responseCode.code === 200;"\n\t\t}\n\t]\n}\n')
POSTMAN_V2_NO_TEST = ('{"info": {"name": "API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n'
                      ' "item": [{"name": "list", "request": {"method": "GET", "url": "http://127.0.0.1/api/list"}}]}\n')
SIDE = ('{"id": "5f1c", "version": "2.0", "name": "reseau", "url": "http://127.0.0.1", "tests": [{"id": "a1", "name": "login",\n'
        ' "commands": [{"id": "c1", "command": "open", "target": "/", "value": ""}]}], "suites": []}\n')

APP = {"controllers/PersonController.php": "<?php\nclass PersonController { public function actionGet() { return 1; } }\n",
       "models/Person.php": "<?php\nclass Person { private $name; }\n",
       "README.md": "# Réseau\n\nLe réseau social des communes.\n"}


def _tests(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.tests-and-ci"]))
    return report["results"][0]["details"]


def test_selenium_ide_cases_without_extension_a_side_project_and_a_postman_collection_with_tests_are_test_files(repo, tmp_path):
    d = _tests(repo, tmp_path, {**APP, "tests/Login": CASE, "tests/Logout": CASE, "tests/communecterSuite": SUITE,
                                "tests/api_postman.json": POSTMAN_V1, "e2e.side": SIDE})
    assert d["test_files"] == 4, d


def test_a_suite_a_collection_without_tests_and_a_page_of_a_test_folder_are_no_tests(repo, tmp_path):
    d = _tests(repo, tmp_path, {**APP, "tests/communecterSuite": SUITE, "tests/api.postman_collection.json": POSTMAN_V2_NO_TEST,
                                "tests/fixtures/page": "<html><body><p>Bonjour</p></body></html>\n"})
    assert d["test_files"] == 0, d
