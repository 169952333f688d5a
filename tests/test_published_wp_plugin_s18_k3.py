"""A plugin sold by its publisher outside wordpress.org, committed with a whole WordPress site, is a copied dependency, not the
site's code (issue 12, s18 c1; shaped like a commune's WordPress install: core, a wordpress.org plugin, a commercial caching
plugin with its own composer.json and no readme.txt, and the commune's own theme and plugin by the site's developer)."""

from __future__ import annotations

from tests.test_copied_code_verdicts import WP_PHP
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CACHE_PHP = "<?php\n" + "\n".join(f"function fastcache_{i}($a) {{ if ($a > {i}) {{ return {i}; }} elseif ($a < 0) {{ return -1; }} return 0; }}"
                                  for i in range(25)) + "\n"
SITE = {
    "index.php": "<?php\ndefine('WP_USE_THEMES', true);\nrequire __DIR__ . '/wp-blog-header.php';\n",
    "wp-login.php": WP_PHP, "wp-load.php": WP_PHP,
    "wp-includes/version.php": "<?php\n$wp_version = '6.8.2';\n",
    "wp-includes/functions.php": WP_PHP, "wp-admin/admin.php": WP_PHP,
    "wp-content/plugins/contact-form/readme.txt": "=== Contact Form ===\nContributors: someone\nStable tag: 6.1\n",
    "wp-content/plugins/contact-form/contact-form.php": WP_PHP,
    # a commercial plugin: no wordpress.org readme, a publisher's header and its own Composer package
    "wp-content/plugins/fast-cache/fast-cache.php": ("<?php\n/**\n * Plugin Name: Fast Cache\n * Plugin URI: https://fastcache.example\n"
                                                     " * Version: 2.4.1\n * Requires at least: 5.6\n * Requires PHP: 7.2\n"
                                                     " * Author: Cache Media\n * Author URI: https://cachemedia.example\n */\n"
                                                     "require __DIR__ . '/inc/main.php';\n"),
    "wp-content/plugins/fast-cache/composer.json": ('{\n  "name": "cachemedia/fast-cache",\n  "authors": [{"name": "Cache Media"}],\n'
                                                    '  "type": "wordpress-plugin",\n  "require": {"php": ">=7.2"}\n}\n'),
    "wp-content/plugins/fast-cache/inc/main.php": CACHE_PHP,
    "wp-content/plugins/fast-cache/inc/Addon/composer.json": '{"name": "cachemedia/cdn-addon", "require": {"php": ">=7.2"}}\n',
    # the site's own theme and plugin, by the site's developer (who also names a plugin site)
    "wp-content/themes/ville/style.css": "/*\nTheme Name: Thème de la ville\nAuthor: Jeanne Dev\nVersion: 1.0\n*/\n",
    "wp-content/themes/ville/functions.php": "<?php\n/**\n * Loads the scripts.\n */\nfunction ville_scripts() {\n  return 1;\n}\n",
    "wp-content/plugins/ville-agenda/ville-agenda.php": ("<?php\n/*\nPlugin Name: Agenda de la ville\nPlugin URI: https://jeannedev.example\n"
                                                         "Requires at least: 6.0\nAuthor: Jeanne Dev\nVersion: 1.0\n*/\n"
                                                         "function ville_agenda() {\n  return 1;\n}\n"),
}


def test_a_commercial_plugin_committed_with_wordpress_is_a_copied_dependency(tmp_path):
    checks = ["reusability.maintainability", "documentation.code-comments", "reusability.dependencies"]
    report = run(build(tmp_path / "r", SITE), tmp_path / "c", only=checks)
    res = results(report)
    libs = {lib["name"]: lib["version"] for lib in report["facts"]["inventory"]["libraries"]}
    assert libs.get("fast-cache") == "2.4.1", libs  # was measured as the site's code
    assert "ville-agenda" not in libs, libs  # the site developer's own plugin stays the site's
    measured = " ".join(str(res[c].get("evidence")) + str(res[c]["message"]) for c in checks)
    assert "fast-cache/inc/main.php" not in measured and "fastcache_" not in measured, measured
    assert "cdn-addon" not in measured and "Addon/composer.json" not in measured, measured
    # the site stays a web application though its core and plugins are now all third-party
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]


def test_a_plugin_with_a_publishers_header_without_a_committed_wordpress_stays_the_projects(tmp_path):
    files = {k: v for k, v in SITE.items() if k.startswith("wp-content/plugins/fast-cache/")}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"])
    assert report["facts"]["inventory"]["categories"].get("vendored", 0) == 0, report["facts"]["inventory"]["categories"]
