"""reusability.configuration (issue 12, s13 r2 reads of TYPO3 extensions): a TYPO3 extension declares its settings the TYPO3 way,
in its extension configuration template (ext_conf_template.txt) or its TypoScript constants (ext_typoscript_constants.txt,
Configuration/TypoScript/constants.typoscript), each annotated for the backend's editors (`# cat=…; type=…; label=…`) and set
per site there: the extension's settings, not "a library shipping no settings template". Constants with no annotation, or a
TypeScript constants.ts, are no such template."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"
EMCONF = ("<?php\n$EM_CONF[$_EXTKEY] = [\n    'title' => 'Weather block',\n    'description' => 'Weather block for the towns sites',\n"
          "    'category' => 'plugin',\n    'state' => 'stable',\n    'version' => '1.0.0',\n"
          "    'constraints' => ['depends' => ['typo3' => '8.7.0-8.99.99']],\n];\n")
TABLES = ("<?php\ndefined('TYPO3_MODE') or die();\n\\TYPO3\\CMS\\Core\\Utility\\ExtensionManagementUtility::addStaticFile("
          "'town_weather', 'Configuration/TypoScript', 'Weather block');\n")
CONSTANTS = ("plugin.tx_townweather {\n    # cat=plugin.tx_townweather/basic/010; type=int; label=Place id: the town's place id\n"
             "    placeId = 1000\n    # cat=plugin.tx_townweather/file/020; type=string; label=Template root path\n"
             "    templateRootPath = EXT:town_weather/Resources/Private/Templates/\n}\n")
SETUP = ("plugin.tx_townweather {\n    settings.placeId = {$plugin.tx_townweather.placeId}\n"
         "    view.templateRootPaths.0 = {$plugin.tx_townweather.templateRootPath}\n}\n")


def files(**extra) -> dict:
    return {"README.md": "# Town weather\n\nA TYPO3 extension showing the weather of the town on its pages.\n",
            "ext_emconf.php": EMCONF, "ext_tables.php": TABLES, "Configuration/TypoScript/setup.txt": SETUP,
            "Resources/Private/Templates/Weather.html": "<div class=\"weather\" data-place=\"{settings.placeId}\"></div>\n",
            "Resources/Public/Js/weather.js": "function show(place) {\n  document.querySelector('.weather').textContent = place;\n}\n", **extra}


def conf(tmp_path, **extra) -> dict:
    return results(run_audit(build(tmp_path / "r", files(**extra)), tmp_path / "c", [CID]))[CID]


def test_typoscript_constants_annotated_for_the_constant_editor_are_the_settings(tmp_path):
    r = conf(tmp_path, **{"Configuration/TypoScript/constants.txt": CONSTANTS})
    assert r["status"] == "pass", r["message"]
    assert "TYPO3" in r["message"]["en"] and "Configuration/TypoScript/constants.txt" in r["message"]["en"], r["message"]


def test_the_extension_configuration_template_is_the_settings(tmp_path):
    tpl = ("# cat=basic/enable/10; type=boolean; label=Disable the backend layouts\ndisableBackendLayouts = 0\n\n"
           "# cat=basic/enable/20; type=boolean; label=Load the web font\nloadWebFont = 1\n")
    r = conf(tmp_path, **{"ext_conf_template.txt": tpl})
    assert r["status"] == "pass" and "ext_conf_template.txt" in r["message"]["en"], r["message"]


def test_constants_without_annotation_declare_no_template(tmp_path):
    plain = "plugin.tx_townweather {\n    placeId = 1000\n}\n"
    r = conf(tmp_path, **{"Configuration/TypoScript/constants.txt": plain, "src/constants.ts": "// cat=1; type=2\nexport const A = 1;\n"})
    assert "TYPO3" not in r["message"]["en"], r["message"]
