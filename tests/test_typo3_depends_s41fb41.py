"""reusability.dependencies: a TYPO3 extension's declared extensions are named (issue 12, session 41 fixer fb41 =
CDG47-Dev/t3_Serignac, reader rl40 item 4). A commune's site template declares in its ext_emconf.php ``'constraints' => ['depends' =>
['bootstrap_package' => …, 'indexed_search' => …, 'typo3' => …]]``: extensions TYPO3's Extension Manager installs beside it. The check
said 'No dependency of its own … ships no library'; not applicable stands (no manifest nor lockfile to expect), and the message now
names them. Near miss: an extension depending on typo3 (and php) only keeps the old message. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"


def files(depends: str) -> dict:
    return {
        "README.md": "# Gabarit\n\nGabarit TYPO3 du site d'une commune.\n",
        "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = array(\n    'title' => 'Gabarit',\n    'category' => 'fe',\n    'constraints' => array(\n"
                          f"        'depends' => array(\n{depends}        ),\n        'conflicts' => array(),\n    ),\n    'version' => '1.0.0',\n);\n",
        "ext_localconf.php": "<?php\ndefined('TYPO3_MODE') or die();\n",
        "ext_tables.php": "<?php\n\\TYPO3\\CMS\\Core\\Utility\\ExtensionManagementUtility::addStaticFile($_EXTKEY, 'Configuration/TypoScript', 'Gabarit');\n",
        "Configuration/TypoScript/setup.txt": "page = PAGE\n",
        "Resources/Private/Templates/Page/Default.html": "<div class=\"page\"></div>\n",
    }


def test_the_extensions_a_typo3_extension_depends_on_are_named(tmp_path):
    res = check_result(tmp_path, files("            'news' => '7.0.0 - 8.99.99',\n            'typo3' => '7.6.0 - 8.99.99',\n"
                                       "            'solr' => '6.0.0-7.99.99',\n"), CID)
    en = res["message"]["en"]
    assert res["status"] == "not_applicable" and "news" in en and "solr" in en and "Extension Manager" in en, (res["status"], en)
    assert res["evidence"][0]["path"] == "ext_emconf.php" and res["evidence"][0]["line"] == 6, res["evidence"]


def test_an_extension_depending_on_typo3_alone_keeps_its_message(tmp_path):
    res = check_result(tmp_path, files("            'typo3' => '7.6.0 - 8.99.99',\n            'php' => '7.0.0-7.99.99',\n"), CID)
    assert res["status"] == "not_applicable" and "ships no library" in res["message"]["en"], (res["status"], res["message"])
