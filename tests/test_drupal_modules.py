"""Drupal modules (issue 12, session 6's first reads: datalocale/drupal-datalocale, e-Collectivites/pleiade-custom-modules).

A Drupal 7 module's code is PHP under Drupal's own extensions (.module, .inc, .install): read as PHP when the file opens
with ``<?php`` (a Debian package's foo.install, an icon theme's index.theme are not), so the code checks measure the whole
module, not the one .php file beside it."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MODULE = ("<?php\n/**\n * @file\n * Synchronises CKAN packages into Drupal nodes.\n */\n\n"
          "/**\n * Implements hook_menu().\n */\nfunction ckan_menu() {\n  $items = array();\n"
          "  $items['ckan/list'] = array('title' => t('CKAN'), 'page callback' => 'ckan_list');\n  return $items;\n}\n")
PACKAGES = ("<?php\n/**\n * Creates a node from a CKAN package.\n */\nfunction ckan_create_node($package) {\n  $node = new stdClass();\n"
            + "".join(f"  if (isset($package->f{i})) {{\n    $node->field_f{i}['und'][0]['value'] = $package->f{i};\n  }}\n" for i in range(14))
            + "  node_save($node);\n}\n")
INSTALL = "<?php\n/**\n * Implements hook_install().\n */\nfunction ckan_install() {\n  variable_set('ckan_url', '');\n}\n"
ADMIN = ("<?php\n/**\n * Implements the settings form.\n */\nfunction ckan_admin_form($form, &$form_state) {\n"
         "  $form['ckan_url'] = array('#type' => 'textfield', '#title' => t('Url'));\n  return system_settings_form($form);\n}\n")
INFO = ('name = CKAN Module\ndescription = External CKAN data packages to Drupal Nodes\ncore = "7.x"\n'
        'dependencies[] = "path"\ndependencies[] = "openlayers"\ndependencies[] = "contenttypeckanpackage"\n')
DRUPAL7 = {"README.md": "# CKAN pour Drupal\n\nCe module synchronise les jeux de données d'un catalogue CKAN dans Drupal 7.\n",
           "ckan.info": INFO, "ckan.module": MODULE, "ckan.packages.inc": PACKAGES, "ckan.install": INSTALL, "ckan.admin.inc": ADMIN,
           "ckan.php": "<?php\n$ckan_url = 'https://ckan.example.org';\n",
           "modules/contenttypeckanpackage/contenttypeckanpackage.info": 'name = Package\ncore = "7.x"\nfeatures[field][] = "node-ckan_package-field_url"\n',
           "modules/contenttypeckanpackage/contenttypeckanpackage.module": "<?php\n/**\n * @file\n * Code for the package feature.\n */\n"
                                                                           "include_once 'contenttypeckanpackage.features.inc';\n",
           "modules/contenttypeckanpackage/contenttypeckanpackage.features.inc": "<?php\n/**\n * Implements hook_node_info().\n */\n"
                                                                                 "function contenttypeckanpackage_node_info() {\n  return array();\n}\n"}


def test_a_drupal7_modules_php_files_are_code(tmp_path):
    checks = ["documentation.code-comments", "reusability.maintainability", "reusability.tests-and-ci"]
    report, res = judge(tmp_path, DRUPAL7, checks)
    assert report["facts"]["languages"]["PHP"] == 7, report["facts"]["languages"]
    comments = res["documentation.code-comments"]
    assert "7 file(s) analysed" in comments["message"]["en"], comments["message"]
    maint = res["reusability.maintainability"]
    assert "in 7 files" in maint["message"]["en"] and "ckan_create_node" in str(maint["evidence"]), maint
    assert "for 7 source file(s)" in res["reusability.tests-and-ci"]["message"]["en"], res["reusability.tests-and-ci"]["message"]


def test_host_extensions_that_do_not_open_as_php_stay_what_they_are(tmp_path):
    files = {"README.md": "# Outil\n\nA small command-line tool packaged for Debian.\n", "tool.py": "def main():\n    return 0\n",
             "debian/tool.install": "usr/bin/tool\nusr/share/tool/*\n", "icons/index.theme": "[Icon Theme]\nName=Tool\n",
             "asm/macros.inc": "%macro PUSHALL 0\n  pusha\n%endmacro\n"}
    report, _ = judge(tmp_path, files, ["reusability.tests-and-ci"])
    assert report["facts"]["languages"] == {"Python": 1}, report["facts"]["languages"]


def _module(name: str, requirement: str) -> dict:
    return {f"{name}/{name}.info.yml": f"name: {name}\ntype: module\ndescription: 'Connecteur'\ncore_version_requirement: {requirement}\n"
                                       "package: Pleiade\ndependencies:\n  - drupal:user\n",
            f"{name}/{name}.module": f"<?php\n\n/**\n * Implements hook_help().\n */\nfunction {name}_help() {{\n  return '';\n}}\n"}


def test_the_drupal_core_a_module_declares_is_judged_for_its_end_of_life(tmp_path):
    _, res = judge(tmp_path, DRUPAL7, ["scaling.end-of-life"], name="d7")
    eol = res["scaling.end-of-life"]
    assert eol["status"] in ("warn", "fail") and "Drupal 7" in eol["message"]["en"] and "ckan.info" in str(eol["evidence"]), eol
    old = {"README.md": "# Modules\n\nModules Drupal de l'intranet.\n", **_module("api_glpi", "^8 || ^9"), **_module("api_zimbra", "^9")}
    _, res = judge(tmp_path, old, ["scaling.end-of-life"], name="d9")
    assert res["scaling.end-of-life"]["status"] in ("warn", "fail") and "Drupal 9" in res["scaling.end-of-life"]["message"]["en"], res


def test_a_drupal_core_newer_than_the_data_is_not_judged_rather_than_not_read(tmp_path):
    # (shaped like pleiade-custom-modules' "^9.5 || ^10" when the data stopped at Drupal 9; the data now stop at 11.4)
    files = {"README.md": "# Modules\n\nModules Drupal de l'intranet.\n", **_module("api_glpi", "^12 || ^13"), **_module("api_pastell", "^12 || ^13")}
    _, res = judge(tmp_path, files, ["scaling.end-of-life"])
    eol = res["scaling.end-of-life"]
    assert eol["status"] == "inconclusive" and "newer than the end-of-life data" in eol["message"]["en"], eol
    assert "api_glpi/api_glpi.info.yml" in eol["message"]["en"] and "plus récente" in eol["message"]["fr"], eol


FEATURES_FIELD = ("<?php\n/**\n * @file\n * userfields.features.field.inc\n */\n\n/**\n * Implements hook_field_default_fields().\n */\n"
                  "function userfields_field_default_fields() {\n  $fields = array();\n\n  // Exported field: 'user-user-field_fullname'.\n"
                  "  $fields['user-user-field_fullname'] = array(\n    'field_config' => array(\n      'active' => '1',\n"
                  "      'field_name' => 'field_fullname',\n      'type' => 'text',\n    ),\n    'field_instance' => array(\n"
                  "      'bundle' => 'user',\n      'entity_type' => 'user',\n      'field_name' => 'field_fullname',\n    ),\n  );\n\n"
                  "  // Exported field: 'user-user-field_gemail'.\n  $fields['user-user-field_email'] = array(\n    'field_config' => array(\n"
                  "      'field_name' => 'field_email',\n      'type' => 'email',\n    ),\n    'field_instance' => array(\n"
                  "      'bundle' => 'user',\n      'entity_type' => 'user',\n      'field_name' => 'field_email',\n    ),\n  );\n\n"
                  "  return $fields;\n}\n")
INSTALL8 = ("<?php\n\nuse Drupal\\field\\Entity\\FieldConfig;\nuse Drupal\\field\\Entity\\FieldStorageConfig;\n\n/**\n"
            " * Implements hook_install().\n */\nfunction module_general_pleiade_install() {\n"
            "  if (!FieldStorageConfig::loadByName('user', 'field_nom')) {\n    FieldStorageConfig::create([\n"
            "      'field_name' => 'field_nom',\n      'entity_type' => 'user',\n      'type' => 'string',\n    ])->save();\n  }\n"
            "  if (!FieldStorageConfig::loadByName('user', 'field_prenom')) {\n    FieldStorageConfig::create([\n"
            "      'field_name' => 'field_prenom',\n      'entity_type' => 'user',\n      'type' => 'string',\n    ])->save();\n  }\n}\n")


def test_a_drupal_modules_fields_are_its_data_model(tmp_path):
    d7 = {**DRUPAL7, "modules/userfields/userfields.info": 'name = User fields\ncore = "7.x"\ndependencies[] = "features"\n',
          "modules/userfields/userfields.features.field.inc": FEATURES_FIELD}
    report, res = judge(tmp_path, d7, ["scaling.personal-data"], name="d7")
    tables = report["facts"]["personal_data"]["tables"]
    assert {f["name"] for t in tables for f in t["fields"]} >= {"field_email"}, tables
    assert res["scaling.personal-data"]["status"] != "not_applicable", res["scaling.personal-data"]
    d8 = {"README.md": "# Pléiade\n\nModules Drupal de l'intranet.\n", **_module("module_general_pleiade", "^10"),
          "module_general_pleiade/module_general_pleiade.install": INSTALL8}
    report, res = judge(tmp_path, d8, ["scaling.personal-data"], name="d8")
    fields = {(t["table"], f["name"]) for t in report["facts"]["personal_data"]["tables"] for f in t["fields"]}
    assert {("user", "field_nom"), ("user", "field_prenom")} <= fields, fields
    assert "No personal-data field" not in res["scaling.personal-data"]["message"]["en"], res["scaling.personal-data"]


def test_a_drupal_sites_field_exports_count_one_model_per_entity(tmp_path):
    def storage(entity, field):
        return {f"config/sync/field.storage.{entity}.{field}.yml": f"langcode: fr\nstatus: true\nid: {entity}.{field}\nfield_name: {field}\n"
                                                                   f"entity_type: {entity}\ntype: string\n"}
    files = {"README.md": "# Site\n\nLe site Drupal de l'association.\n", **storage("user", "field_firstname"), **storage("user", "field_lastname"),
             **storage("user", "field_phone"), **storage("node", "field_email")}
    report, _ = judge(tmp_path, files, ["scaling.personal-data"])
    tables = {t["table"]: sorted(f["name"] for f in t["fields"]) for t in report["facts"]["personal_data"]["tables"]}
    assert tables == {"user": ["field_firstname", "field_lastname", "field_phone"], "node": ["field_email"]}, tables


PACKAGED = '\n; Information added by Drupal.org packaging script on 2015-03-18\nversion = "7.x-1.7"\ncore = "7.x"\nproject = "ctools"\n'


def test_a_drupal_sites_copies_of_core_and_contributed_modules_are_third_party(tmp_path):
    """Shaped like Observatoire-environnement-Bretagne/POPP: a whole Drupal 7 site, core at the root and drupal.org's modules in
    sites/all/modules beside the site's own module. Only the own module is the project's code."""
    php = "<?php\n\n/**\n * Does something.\n */\nfunction f_{n}() {{\n  return 1;\n}}\n"
    files = {"README.md": "# POPP\n\nLe site de l'observatoire photographique des paysages.\n", "index.php": php.format(n="index"),
             "includes/bootstrap.inc": php.format(n="bootstrap"), "includes/common.inc": php.format(n="common"),
             "modules/system/system.module": php.format(n="system"), "modules/system/system.info": 'name = System\ncore = "7.x"\n' + PACKAGED,
             "misc/drupal.js": "var Drupal = {};\n",
             "sites/all/modules/ctools/ctools.info": "name = Chaos tools\n" + PACKAGED, "sites/all/modules/ctools/ctools.module": php.format(n="ctools"),
             "sites/all/modules/ctools/includes/context.inc": php.format(n="context"),
             "sites/all/modules/popp/popp.info": 'name = POPP\ncore = "7.x"\ndependencies[] = ctools\n',
             "sites/all/modules/popp/popp.module": php.format(n="popp"), "sites/all/modules/popp/popp.pages.inc": php.format(n="pages")}
    report, res = judge(tmp_path, files, ["reusability.maintainability"])
    assert report["facts"]["languages"] == {"PHP": 2}, report["facts"]["languages"]  # popp.module, popp.pages.inc (index.php: core's, s45 fb45)
    assert "in 2 files" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]  # (a Drupal site, not a static one)


def test_a_drupal_org_theme_stays_the_sites_own(tmp_path):
    """Sites edit a drupal.org theme's templates in place (POPP's bootstrap theme carries the site's Matomo tag): only modules
    packaged by drupal.org are filed as third-party."""
    theme_info = 'name = Bootstrap\ncore = "7.x"\nengine = phptemplate\n' + PACKAGED.replace("ctools", "bootstrap")
    files = {"README.md": "# Site\n\nLe site de l'observatoire.\n", "sites/all/themes/bootstrap/bootstrap.info": theme_info,
             "sites/all/themes/bootstrap/template.php": "<?php\n\n/**\n * Preprocess.\n */\nfunction bootstrap_preprocess_html() {\n}\n",
             "sites/all/modules/ctools/ctools.info": "name = Chaos tools\n" + PACKAGED,
             "sites/all/modules/ctools/ctools.module": "<?php\n\n/**\n * Hook.\n */\nfunction ctools_init() {\n}\n"}
    report, _ = judge(tmp_path, files, ["reusability.maintainability"])
    assert report["facts"]["languages"] == {"PHP": 1}, report["facts"]["languages"]  # (template.php; ctools.module is drupal.org's)


def test_a_modules_dependencies_met_by_modules_committed_beside_it_are_no_external_dependency(tmp_path):
    files = {"README.md": "# Site\n\nLe site de l'observatoire.\n",
             "sites/all/modules/ctools/ctools.info": "name = Chaos tools\n" + PACKAGED,
             "sites/all/modules/ctools/ctools.module": "<?php\n\n/**\n * Hook.\n */\nfunction ctools_init() {\n}\n",
             "sites/all/modules/popp/popp.info": 'name = POPP\ncore = "7.x"\ndependencies[] = ctools\ndependencies[] = views\n',
             "sites/all/modules/popp/popp.module": "<?php\n\n/**\n * Hook.\n */\nfunction popp_init() {\n}\n"}
    report, _ = judge(tmp_path, files, ["reusability.dependencies"])
    infos = {m["path"]: m["dependencies"] for m in report["facts"]["manifests"]["manifests"]}
    assert infos == {"sites/all/modules/popp/popp.info": ["views"]}, infos  # (ctools is committed beside it)
