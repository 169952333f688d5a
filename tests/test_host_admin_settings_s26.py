"""A host application's extension whose settings are entered in the host's administration has configuration (issue 12, session 26
fixer d26; reader s25 o3: WPPlugins/e-bourgogne-newsletter).

A WordPress plugin of a regional e-administration platform: its API key is entered on the plugin's own admin page (add_menu_page,
register_setting, get_option) and its widget's options in Appearance > Widgets (extends WP_Widget, form()); readme.txt says so in its
installation steps. reusability.configuration said "not applicable … a library shipping no settings template: the settings are those
of the application using it": it now passes, settings declared the way WordPress expects, each installation setting them in WordPress
without editing the code. The same for a Drupal module's settings form (extends ConfigFormBase) with no config/install file, and
a plugin's settings page script (settings.php's resources/js/settings.js) is no code file of settings. Neighbours keep theirs: a
plugin with no settings page stays not applicable.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for, run

MAIN = ("<?php\n/*\nPlugin Name: e-territoire Newsletter\nDescription: Inscription aux lettres d'information.\nVersion: 1.0.1\n*/\n"
        "require_once 'widget.php';\n"
        "class TerritoireNewsletter {\n  function __construct() {\n"
        "    add_action('admin_menu', array($this, 'menus'));\n    add_action('admin_init', array($this, 'options'));\n  }\n"
        "  function options() {\n    register_setting('territoire_option_field', 'territoire_api_key');\n  }\n"
        "  function menus() {\n    add_menu_page('Territoire', 'Territoire', 'manage_options', 'territoire-options', array($this, 'page'));\n  }\n"
        "  function page() {\n    $key = get_option('territoire_api_key');\n"
        "    echo '<form method=\"POST\" action=\"options.php\"><input name=\"territoire_api_key\" value=\"' . esc_attr($key) . '\"/></form>';\n  }\n}\n"
        "new TerritoireNewsletter();\n")
WIDGET = ("<?php\nclass TerritoireNewsletterWidget extends WP_Widget {\n  function __construct() {\n    parent::__construct(false, 'Newsletter');\n  }\n"
          "  public function form($instance) {\n    echo '<input name=\"' . $this->get_field_name('title') . '\"/>';\n  }\n"
          "  public function widget($args, $instance) {\n    echo $args['before_widget'] . esc_html($instance['title']) . $args['after_widget'];\n  }\n}\n")
README = ("=== e-territoire Newsletter ===\nContributors: territoire\nRequires at least: 3.3\nStable tag: 1.0.1\nLicense: GPLv2 or later\n\n"
          "Permet à vos utilisateurs de s'inscrire à vos lettres d'information.\n\n== Installation ==\n\n"
          "1. Installez le plugin depuis l'outil de gestion des extensions de WordPress et activez-le.\n"
          "1. Allez dans le menu de configuration \"Territoire\" et renseignez votre clé d'API dans le champ prévu à cet effet.\n"
          "1. Allez dans le menu \"Apparence->Widgets\" pour configurer le widget Newsletter.\n")


def _run(tmp_path, files):
    make_repo(tmp_path, [{"files": files}])
    ctx = ctx_for(tmp_path)
    assert (ctx.fact("project") or {}).get("kind") == "library"
    return ctx, run(ctx, "reusability.configuration")


def test_a_wordpress_plugins_admin_page_and_widget_options_are_its_settings(tmp_path):
    ctx, conf = _run(tmp_path / "wp", {"territoire-newsletter.php": MAIN, "widget.php": WIDGET, "readme.txt": README})
    assert [h[1] for h in ctx.fact("env_settings")["host_settings"]] == ["WordPress", "WordPress"]
    assert conf.status.value == "pass" and "WordPress" in conf.message["en"], conf.message  # was not applicable (library)


def test_a_settings_page_script_is_no_code_file_of_settings(tmp_path):
    page = MAIN.replace("require_once 'widget.php';\n", "")
    script = "jQuery(document).ready(function() {\n  var $list = jQuery('#territoire-list');\n  $list.show();\n});\n"
    _, conf = _run(tmp_path / "page", {"territoire.php": "<?php\n/*\nPlugin Name: Guide\n*/\nrequire_once 'settings.php';\n",
                                       "settings.php": page.replace("Plugin Name: e-territoire Newsletter", "Settings"),
                                       "resources/js/settings.js": script, "readme.txt": README})
    assert conf.status.value == "pass", conf.message  # not warn 4 "code file of settings … resources/js/settings.js"


def test_a_drupal_modules_settings_form_is_its_settings(tmp_path):
    form = ("<?php\nnamespace Drupal\\ldapconnector\\Form;\nuse Drupal\\Core\\Form\\ConfigFormBase;\nuse Drupal\\Core\\Form\\FormStateInterface;\n"
            "class LdapSettingsForm extends ConfigFormBase {\n  protected function getEditableConfigNames() {\n    return ['ldapconnector.settings'];\n  }\n"
            "  public function getFormId() {\n    return 'ldapconnector_settings';\n  }\n}\n")
    ctx, conf = _run(tmp_path / "drupal", {"ldapconnector.info.yml": "name: LDAP connector\ntype: module\ncore_version_requirement: ^10\n",
                                           "ldapconnector.module": "<?php\nfunction ldapconnector_help($route_name) {\n  return 'LDAP';\n}\n",
                                           "src/Form/LdapSettingsForm.php": form})
    assert conf.status.value == "pass" and "Drupal" in conf.message["en"], conf.message  # was not applicable


def test_a_plugin_without_a_settings_page_stays_not_applicable(tmp_path):
    shortcode = ("<?php\n/*\nPlugin Name: Horaires\n*/\nadd_shortcode('horaires', function() {\n  return '<p>Lundi-vendredi</p>';\n});\n")
    ctx, conf = _run(tmp_path / "plain", {"horaires.php": shortcode, "readme.txt": README})
    assert ctx.fact("env_settings")["host_settings"] == []
    assert conf.status.value == "not_applicable", conf.message
