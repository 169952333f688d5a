"""reusability.dependencies (issue 12, s46 fe46 = reader ra46, CDG47-Dev/t3_template_v8): a TYPO3 site template's setup.txt includes
another extension's TypoScript inside `[userFunc = …ExtensionManagementUtility::isLoaded('rx_shariff')]` … `[global]`, and the
check said the code uses an extension ext_emconf.php does not declare, advising to add it under 'depends'. What an isLoaded
condition guards is read only where that extension is installed: an optional integration ('suggests'), no dependency. Near
misses: the same include outside the condition, or under a condition testing another extension, is still reported."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
EMCONF = ("<?php\n$EM_CONF[$_EXTKEY] = array(\n    'title' => 'Gabarit intercommunal',\n    'category' => 'templates',\n    'version' => '8.1.0',\n"
          "    'constraints' => array('depends' => array('typo3' => '8.7.0-8.7.99', 'bootstrap_package' => '8.0.0-9.99.99'),\n"
          "        'conflicts' => array(), 'suggests' => array()),\n);\n")
GUARDED = ("page.10 = FLUIDTEMPLATE\n\n#### partage social\n"
           "[userFunc = TYPO3\\CMS\\Core\\Utility\\ExtensionManagementUtility::isLoaded('{tested}')]\n"
           "    <INCLUDE_TYPOSCRIPT: source=\"FILE:EXT:partage_social/Configuration/TypoScript/SansJQuery/setup.txt\">\n"
           "    <INCLUDE_TYPOSCRIPT: source=\"FILE:EXT:gabarit_interco/Configuration/TypoScript/Extension/Partage/setup.typoscript\">\n"
           "[global]\n\n"
           "[userFunc = TYPO3\\CMS\\Core\\Utility\\ExtensionManagementUtility::isLoaded(agenda_pro)]\n"
           "plugin.tx_agendapro.view.templateRootPaths.20 = EXT:agenda_pro/Resources/Private/Agenda/\n"
           "[else]\n"
           "lib.agenda = TEXT\n"
           "[end]\n")


def _files(setup: str) -> dict:
    return {"ext_emconf.php": EMCONF, "README.md": "# Gabarit TYPO3 intercommunal\n\nGabarit du site de la communauté de communes.\n",
            "Configuration/TypoScript/setup.txt": setup,
            "Configuration/TypoScript/Extension/Partage/setup.typoscript": "plugin.tx_partagesocial.settings.services = facebook\n",
            "Resources/Private/Templates/Page/Default.html": "<div class=\"page\"><f:render section=\"main\" /></div>\n"}


def test_an_extension_included_under_its_own_is_loaded_condition_is_optional(tmp_path):
    _r, res = judge(tmp_path, _files(GUARDED.replace("{tested}", "partage_social")), [DEPS], name="gabarit_interco")
    assert not (res[DEPS]["details"] or {}).get("undeclared_extensions"), res[DEPS]["message"]
    assert "partage_social" not in res[DEPS]["message"]["en"], res[DEPS]["message"]


def test_an_include_outside_the_condition_or_under_another_extensions_test_is_still_reported(tmp_path):
    _r, res = judge(tmp_path, _files(GUARDED.replace("{tested}", "news")), [DEPS], name="gabarit_interco")
    assert (res[DEPS]["details"] or {}).get("undeclared_extensions") == ["partage_social"], res[DEPS]["message"]
    unguarded = GUARDED.replace("{tested}", "partage_social") + "page.includeCSS.agenda = EXT:agenda_pro/Resources/Public/Css/agenda.css\n"
    _r, res = judge(tmp_path / "b", _files(unguarded), [DEPS], name="gabarit_interco")
    assert (res[DEPS]["details"] or {}).get("undeclared_extensions") == ["agenda_pro"], res[DEPS]["message"]
