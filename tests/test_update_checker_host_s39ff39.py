"""scaling.hosting (issue 12, s39 ff39 = reader rc39, PhilipMasse/WordPress---Editeur-de-pages): a commune's WordPress plugin bundles
Plugin Update Checker and gives it its author's GitHub repository (PucFactory::buildUpdateChecker('https://github.com/<person>/<repo>/',
…)): every site running the plugin polls that person's account and installs what is published there. The address was counted as a
forge link ("no hosting dependency: github.com"). A forge repository an update checker polls is where the service takes its own code
at run time. Near miss: the same repository named only as the plugin's home page (Plugin URI) stays a link."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

HEADER = ("<?php\n/**\n * Plugin Name: Constructeur de pages\n * Plugin URI: https://github.com/jdupont/constructeur-pages\n"
          " * Version: 1.5.1\n * Author: Mairie de Exemple\n */\n\nif (!defined('ABSPATH')) { exit; }\n\n")
CHECKER = ("require_once __DIR__ . '/lib/plugin-update-checker/plugin-update-checker.php';\n\n"
           "$checker = YahnisElsts\\PluginUpdateChecker\\v5\\PucFactory::buildUpdateChecker(\n"
           "    'https://github.com/jdupont/constructeur-pages/',\n    __FILE__,\n    'constructeur-pages'\n);\n\n")
BODY = "add_action('admin_menu', function () { add_menu_page('Constructeur', 'Constructeur', 'edit_pages', 'cp', 'cp_page'); });\n"
README = "=== Constructeur de pages ===\nContributors: Mairie de Exemple\nRequires at least: 6.0\nTested up to: 6.6\nStable tag: 1.5.1\n\nUn constructeur.\n"


def test_a_repository_an_update_checker_polls_is_a_person_s_host(tmp_path):
    _, res = kind_and_results(tmp_path, {"constructeur.php": HEADER + CHECKER + BODY, "readme.txt": README}, ["scaling.hosting"])
    r = res["scaling.hosting"]
    assert r["status"] != "pass", r
    assert "jdupont" in str(r["evidence"]), r


def test_the_same_repository_as_the_plugin_s_home_page_stays_a_link(tmp_path):
    _, res = kind_and_results(tmp_path, {"constructeur.php": HEADER + BODY, "readme.txt": README}, ["scaling.hosting"])
    r = res["scaling.hosting"]
    assert r["status"] == "pass" and r["score"] == 10, r
