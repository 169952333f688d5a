"""reusability.dependencies: a host plugin's composer.json requiring nothing but its host needs no lockfile (issue 12, session 41
fixer fs41 = departement-maine-et-loire/chartum, reader re41 item 1.3). A TYPO3 extension's composer.json (type typo3-cms-extension)
requires only typo3/cms-core: the TYPO3 site installing it provides and locks it, a composer.lock here would pin the host. The lock
is no longer asked (the copied library stays a finding). Near miss: the same extension requiring a library of its own (guzzle)
is still asked its lockfile. The fixtures are written for the test."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"


def _files(require: dict) -> dict:
    return {
        "readme.md": "# Graph\n\nA TYPO3 extension drawing a CSV file as a chart.\n\n## Installation\n\nInstall it with the Extension Manager.\n",
        "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Graph', 'version' => '1.0.0',\n"
                          "  'constraints' => ['depends' => ['typo3' => '9.5.0-9.5.99']]];\n",
        "ext_localconf.php": "<?php\n\\TYPO3\\CMS\\Extbase\\Utility\\ExtensionUtility::configurePlugin('Dept.Graph', 'Graph', []);\n",
        "Classes/GraphController.php": "<?php\nnamespace Dept\\Graph;\nclass GraphController extends \\TYPO3\\CMS\\Extbase\\Mvc\\Controller\\ActionController {\n"
                                       "  public function showAction() { return ''; }\n}\n",
        "Configuration/TypoScript/setup.typoscript": "plugin.tx_graph {\n  view.templateRootPaths.0 = EXT:graph/Resources/Private/Templates/\n}\n",
        "composer.json": json.dumps({"name": "dept/graph", "type": "typo3-cms-extension", "require": require,
                                     "autoload": {"psr-4": {"Dept\\Graph\\": "Classes"}}}, indent=2) + "\n",
    }


def test_a_composer_json_requiring_only_its_host_needs_no_lockfile(tmp_path):
    res = check_result(tmp_path, _files({"typo3/cms-core": "^9.5", "php": ">=7.2"}), CID)
    assert "composer.json" not in res["details"].get("unlocked", []) and res["status"] != "fail", (res["status"], res["message"])


def test_a_composer_json_requiring_a_library_still_needs_its_lockfile(tmp_path):
    res = check_result(tmp_path, _files({"typo3/cms-core": "^9.5", "guzzlehttp/guzzle": "^6.3"}), CID)
    assert "composer.json" in res["details"].get("unlocked", []), (res["status"], res["message"])
