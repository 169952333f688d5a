"""reusability.configuration (issue 12, s44 fh44 = reader rd44, DuaelFr/finistere): a Drupal site's settings template was said to be
page_title-admin-settings-form.tpl.php, a module's PHPTemplate theme template rendering its admin settings form ("Template file for
the admin settings form"), while Drupal's own settings template, sites/default/default.settings.php (copied to settings.php by the
installer, settings.php git-ignored), was not seen. A *.tpl.php whose name goes on after the settings word renders that form or page;
default.settings.php is the settings template. Near miss: a PHP application's config.tpl.php, named by the settings word alone,
stays its settings template."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

SETTINGS = ("<?php\n\n/**\n * @file\n * Drupal site-specific configuration file.\n */\n\n"
            "$db_url = 'mysql://username:password@localhost/databasename';\n$db_prefix = '';\n")
FORM = "<?php\n/**\n * @file\n * Template file for the admin settings form.\n */\n?>\n<div class=\"settings\"><?php print $form; ?></div>\n"
FLUX = "<?php\n\n/**\n * The Tourinsoft feed's address.\n */\nfunction cdt_pages_flux_url() {\n  return getenv('TOURINSOFT_URL');\n}\n"
PHP = "<?php\n\n/**\n * Does something.\n */\nfunction f_{n}() {{\n  return 1;\n}}\n"


def configuration(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": {"index.php": PHP.format(n="index"),
                                                 "sites/all/modules/cdt_pages/cdt_pages.module": PHP.format(n="cdt"),
                                                 "sites/all/modules/cdt_pages/cdt_pages.flux.inc": FLUX, **files},
                                       "date": "2013-04-25T10:00:00Z", "message": "site"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.configuration"]))
    return report["results"][0]


def test_a_settings_forms_theme_template_is_no_settings_template_and_default_settings_php_is(tmp_path):
    r = configuration(tmp_path, {"sites/default/default.settings.php": SETTINGS,
                                 "sites/all/modules/cdt_pages/cdt_pages-admin-settings-form.tpl.php": FORM})
    assert r["details"]["templates"] == ["sites/default/default.settings.php"], r["details"]


def test_a_config_tpl_php_named_by_the_settings_word_stays_a_settings_template(tmp_path):
    r = configuration(tmp_path, {"config.tpl.php": "<?php\n$config['db_host'] = 'localhost';\n$config['db_password'] = '';\n"})
    assert r["details"]["templates"] == ["config.tpl.php"], r["details"]
