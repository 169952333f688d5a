"""Test folders (issue 12, session 22 readers a2, a3, a4). Three folder rules misread where tests are:
- a features/ folder was a test folder wherever it was, so a map application's js/app/features/<feature>/Map.js widgets (atolcd's
  Remocra) were its "tests", with dev/data_tests.sh, the script loading its trial data, and reusability.tests-and-ci passed on a
  project without any; features/ now holds tests in Cucumber's, behave's and Behat's layout only (its .feature files,
  step_definitions/, steps/, support/, bootstrap/, environment.py), and a script named for test data (data_tests.sh) is none;
- a PowerShell API kept its unit tests in API/TU/PowerShell/ ("TU", tests unitaires) and they were not found (CD30-Devil/SI3P0);
  a folder named TU, or "tests unitaires", is a test folder, and Pester's *.Tests.ps1 are tests;
- an API's OpenAPI documents in api/specs/*.yaml were skipped as RSpec's spec/ tests, so facts.files.openapi was empty
  (betagouv/preuve-covoiturage); a YAML or JSON file that is a test only because of its spec/ or specs/ folder is read for its
  openapi key. A test fixture of an OpenAPI document (tests/fixtures/) stays out."""

from __future__ import annotations

import pytest

from auditor.facts.inventory import is_test
from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.tests-and-ci"
README = {"README.md": "# Outil\n\nUn outil du service.\n"}

MAP_APP = {
    **README,
    "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>carto</artifactId><version>1.0</version></project>\n",
    "src/main/java/fr/exemple/carto/Api.java": "package fr.exemple.carto;\n\npublic class Api {\n    public int zoom() { return 12; }\n}\n",
    # (a widget's call whose argument reads like a test's name, "Specific": the file's text alone cannot tell it from a test)
    "src/main/webapp/js/app/carto/features/adresses/Map.js": "Ext.define('Carto.features.adresses.Map', {\n    extend: 'Ext.panel.Panel',\n"
                                                             "    initComponent: function () {\n        this.on('render', Ext.bind(this.drawSpecificLayer, this));\n    }\n});\n",
    # (a script loading the data the developers try the application on, "données de tests": no test either)
    "db/dev/data_tests.sh": "cd $(dirname $0)\npsql -h localhost -U postgres carto -f data_tests_01.sql 2> erreurs.log\n"
                            "if [ $(stat -c %s erreurs.log) -gt 0 ]; then\n  echo \"Avertissement\"\nfi\n",
    "src/main/webapp/js/app/carto/features/permis/Map.js": "Ext.define('Carto.features.permis.Map', {\n    extend: 'Ext.panel.Panel',\n    zoom: 14\n});\n",
}

CUCUMBER = {
    "features/recherche.feature": "Feature: Recherche\n  Scenario: une adresse\n    Given la carte\n    When je cherche \"1 rue de la Paix\"\n    Then je vois un point\n",
    "features/step_definitions/recherche_steps.js": "const { Given, When, Then } = require('@cucumber/cucumber');\nconst assert = require('assert');\n"
                                                    "Given('la carte', function () {});\nThen('je vois un point', function () { assert.ok(true); });\n",
}

PS_API = {
    **README,
    "API/PowerShell/fonctions_web.ps1": "function Get-Page {\n    param([string]$Url)\n    return Invoke-WebRequest -Uri $Url\n}\n",
    "API/PowerShell/fonctions_csv.ps1": "function Read-Table {\n    param([string]$Path)\n    return Import-Csv -Path $Path -Delimiter ';'\n}\n",
}
PS_TU = {
    "API/TU/PowerShell/TU.ps1": "function Assert-Egal {\n    param($Attendu, $Obtenu)\n    if ($Attendu -ne $Obtenu) { throw \"Attendu $Attendu, obtenu $Obtenu\" }\n}\n",
    "API/TU/PowerShell/TU fonctions_csv.ps1": ". \"$PSScriptRoot\\TU.ps1\"\n$t = Read-Table -Path \"$PSScriptRoot\\..\\Ressources\\a.csv\"\nAssert-Egal 2 $t.Count\n",
}

OPENAPI = "openapi: 3.0.1\ninfo:\n  title: Registre\n  version: 3.1.0\npaths:\n  /trajets:\n    get:\n      responses:\n        '200':\n          description: ok\n"
API = {**README, "api/package.json": '{"name": "api", "version": "1.0.0"}\n', "api/src/main.ts": "export const port = 8080;\n"}


def _audit(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK])
    return report["facts"]["files"], results(report)[CHECK]


def test_a_map_applications_features_folder_holds_no_test(tmp_path):
    files, res = _audit(tmp_path, MAP_APP)
    assert files["tests"] is False
    assert res["status"] == "fail" and res["details"]["test_files"] == 0, res["message"]


def test_cucumbers_features_and_step_definitions_are_tests(tmp_path):
    files, res = _audit(tmp_path, {**MAP_APP, **CUCUMBER})
    assert files["tests"] is True
    assert res["details"]["test_files"] == 2, res["message"]


@pytest.mark.parametrize(("path", "test"), [
    ("web/js/features/adresses/Map.js", False),
    ("features/support/env.rb", True),
    ("features/steps/recherche.py", True),
    ("features/environment.py", True),
    ("features/bootstrap/FeatureContext.php", True),
    ("features/recherche.feature", True),
    ("API/TU/PowerShell/TU constantes.ps1", True),
    ("docs/tu/guide.ps1", False),  # a lower-case "tu" names no test folder
    ("tests unitaires/csv.ps1", True),
    ("Modules/Adresse/Get-Adresse.Tests.ps1", True),
    ("Modules/Adresse/Get-Adresse.ps1", False),
    ("db/dev/data_tests.sh", False),
    ("db/dev/donnees_test.sh", False),
    ("scripts/run_tests.sh", True),
    ("tests/data_tests.sh", True),  # (in a test folder all the same)
])
def test_folder_and_name_rules(path, test):
    assert is_test(path) is test


def test_french_unit_tests_of_a_powershell_api_are_found(tmp_path):
    files, res = _audit(tmp_path, {**PS_API, **PS_TU})
    assert files["tests"] is True
    assert res["details"]["test_files"] >= 1 and res["status"] != "fail", res["message"]


def test_the_powershell_api_without_them_has_no_test(tmp_path):
    files, res = _audit(tmp_path, PS_API)
    assert files["tests"] is False and res["status"] == "fail", res["message"]


def test_pester_tests_are_found(tmp_path):
    files, _ = _audit(tmp_path, {**PS_API, "API/PowerShell/fonctions_csv.Tests.ps1":
                                 "Describe 'Read-Table' {\n    It 'lit deux lignes' {\n        (Read-Table -Path a.csv).Count | Should -Be 2\n    }\n}\n"})
    assert files["tests"] is True


def test_an_apis_openapi_documents_in_specs_are_its_specifications(tmp_path):
    files, _ = _audit(tmp_path, {**API, "api/specs/api-v3.1.yaml": OPENAPI, "api/specs/api-v3.0.yaml": OPENAPI.replace("3.1.0", "3.0.0"),
                                 "api/specs/logo.png": "\x89PNG"})
    assert files["openapi"] == ["api/specs/api-v3.0.yaml", "api/specs/api-v3.1.yaml"]


def test_a_test_fixture_of_an_openapi_document_stays_out(tmp_path):
    files, _ = _audit(tmp_path, {**API, "api/tests/fixtures/petstore.yaml": OPENAPI, "spec/fixtures/petstore.yaml": OPENAPI,
                                 "spec/models/trajet_spec.rb": "describe Trajet do\n  it { expect(1).to eq 1 }\nend\n"})
    assert files["openapi"] == []
