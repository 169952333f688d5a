"""Session 29 (j29 = reader s29 m21o3, QuentinEcollectivites/weatherBlock): a Drupal module of an OPSN's staff ships beside its own
weatherblock/ folder a whole copy of drupal.org's fontawesome module (its .info.yml stamped "Information added by Drupal.org
packaging script", its composer.json with no "require"). maintenance.dependency-updates failed "Neither Dependabot nor Renovate"
on that copied package's manifest: it declares no dependency of the project's, nothing for a bot to update (the manifests fact
already sets it aside). The project's own composer.json with its dependencies is still judged. Files written for these tests."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = ["maintenance.dependency-updates"]
_BLOCK = ("<?php\n\nnamespace Drupal\\weatherblock\\Plugin\\Block;\n\nuse Drupal\\Core\\Block\\BlockBase;\n\n/**\n * @Block(\n"
          " *   id = \"weather_block\",\n *   admin_label = @Translation(\"Weather block\"),\n * )\n */\nclass WeatherBlock extends BlockBase {\n"
          "  public function build() {\n    return ['#theme' => 'weather_block', '#city' => 'La Roche-sur-Yon'];\n  }\n}\n")
MODULE = {
    "README.md": "# Weather block\n\nUn bloc Drupal qui affiche la météo de la commune.\n",
    "weatherblock/weatherblock.info.yml": "name: weatherblock\ntype: module\ndescription: Custom Weather Block for a site\ncore_version_requirement: ^8 || ^9\n",
    "weatherblock/weatherblock.module": "<?php\n\nfunction weatherblock_theme() {\n  return ['weather_block' => ['variables' => ['city' => NULL]]];\n}\n",
    "weatherblock/src/Plugin/Block/WeatherBlock.php": _BLOCK,
    "weatherblock/templates/weather-block.html.twig": "<div class=\"weather\">{{ city }}</div>\n",
    "fontawesome/fontawesome.info.yml": ("name: 'Font Awesome'\ntype: module\ndescription: 'The most popular icon set and toolkit on the web.'\n"
                                         "core_version_requirement: ^8 || ^9\nconfigure: fontawesome.admin_settings\n\n"
                                         "# Information added by Drupal.org packaging script on 2022-04-22\nversion: '8.x-2.23'\n"
                                         "project: 'fontawesome'\ndatestamp: 1650642405\n"),
    "fontawesome/composer.json": ('{\n    "name": "drupal/fontawesome",\n    "description": "The web\'s most popular icon set and toolkit.",\n'
                                  '    "type": "drupal-module",\n    "license": "GPL-2.0-or-later",\n    "minimum-stability": "dev"\n}\n'),
    "fontawesome/fontawesome.module": "<?php\n\nfunction fontawesome_help($route_name) {\n  return '';\n}\n",
    "fontawesome/src/FontAwesomeManager.php": "<?php\n\nnamespace Drupal\\fontawesome;\n\nclass FontAwesomeManager {\n  public function getIcons() {\n    return [];\n  }\n}\n",
    "fontawesome/LICENSE.txt": "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n",
}


def test_a_copied_modules_manifest_gives_nothing_to_update(tmp_path):
    res = judge(tmp_path, MODULE, CHECK, name="w")[1]["maintenance.dependency-updates"]
    assert res["status"] == "not_applicable", res["message"]


def test_the_projects_own_manifest_with_dependencies_is_still_judged(tmp_path):
    own = ('{\n    "name": "ecollectivites/weatherblock",\n    "type": "drupal-module",\n    "require": {"guzzlehttp/guzzle": "^7.4"}\n}\n')
    res = judge(tmp_path, {**MODULE, "weatherblock/composer.json": own}, CHECK, name="o")[1]["maintenance.dependency-updates"]
    assert res["status"] == "fail", res["message"]
