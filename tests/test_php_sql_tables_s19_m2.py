"""Session 19 (m2, reader d1's PhilipMasse/WordPress---GRC): a WordPress plugin creating its tables in dbDelta SQL inside PHP strings
(`"CREATE TABLE {$p}citoyens ( … nom TEXT NULL, email TEXT NULL, telephone TEXT NULL, adresse TEXT NULL …"`, the table's name
after the site's prefix variable) was "1 schema(s) or model(s) read: no personal-data field": the PHP variable was taken as the
table's name and the statement dropped."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ACTIVATOR = ("<?php\n\nclass Rdv_Activator {\n\n    public static function activate() {\n        global $wpdb;\n"
             "        $charset_collate = $wpdb->get_charset_collate();\n        $p = $wpdb->prefix . RDV_TABLE_PREFIX;\n\n        $sql = [];\n"
             "        $sql[] = \"CREATE TABLE {$p}usagers (\n            id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,\n"
             "            nom TEXT NULL,\n            prenom TEXT NULL,\n            email TEXT NULL,\n            telephone TEXT NULL,\n"
             "            PRIMARY KEY  (id)\n        ) $charset_collate;\";\n"
             "        $table = $wpdb->prefix . 'rdv_creneaux';\n        $sql[] = \"CREATE TABLE $table (\n"
             "            id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,\n            debut DATETIME NOT NULL,\n            PRIMARY KEY  (id)\n"
             "        ) $charset_collate;\";\n\n        require_once ABSPATH . 'wp-admin/includes/upgrade.php';\n"
             "        foreach ($sql as $q) {\n            dbDelta($q);\n        }\n    }\n}\n")
PLUGIN = ("<?php\n/**\n * Plugin Name: Rendez-vous en mairie\n * Version: 1.0.0\n */\n\ndefine('RDV_TABLE_PREFIX', 'rdv_');\n"
          "require_once __DIR__ . '/includes/class-rdv-activator.php';\nregister_activation_hook(__FILE__, ['Rdv_Activator', 'activate']);\n")


def test_a_wordpress_plugin_table_after_the_prefix_variable_is_read(tmp_path):
    files = {"rendez-vous.php": PLUGIN, "includes/class-rdv-activator.php": ACTIVATOR, "readme.txt": "=== Rendez-vous ===\n"}
    report, res = judge(tmp_path, files, ["scaling.personal-data"])
    pd = res["scaling.personal-data"]
    assert pd["status"] != "pass" and "e-mail address" in pd["message"]["en"], pd
    tables = {t.get("table") for t in report["facts"]["personal_data"].get("tables") or []}
    assert "usagers" in tables, report["facts"]["personal_data"]
