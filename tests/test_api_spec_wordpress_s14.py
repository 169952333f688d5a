"""Session 14 (h3), issue 12 (s13 r1: a metropolis's WordPress site): interoperability.api-spec said "no code answering JSON"
beside a theme's admin-ajax handler answering with wp_send_json_success()/wp_send_json_error(). The JSON goes to the site's own
pages (a wp_ajax_* action behind the page's nonce), so no specification is expected, and the reason now says so; a plugin's
REST routes (register_rest_route, served under /wp-json/ to any client) are an API served."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

API = "interoperability.api-spec"
AJAX = ("<?php\n\nnamespace App;\n\nclass AjaxHandler\n{\n    public function __construct()\n    {\n"
        "        add_action('wp_ajax_filter_posts', [$this, 'handle']);\n        add_action('wp_ajax_nopriv_filter_posts', [$this, 'handle']);\n"
        "    }\n\n    public function handle(): void\n    {\n        check_ajax_referer('filter_posts_nonce', 'nonce');\n"
        "        $posts = get_posts(['post_type' => 'projects']);\n        if (!$posts) {\n            wp_send_json_error(['message' => 'none']);\n        }\n"
        "        wp_send_json_success(['posts' => $posts]);\n    }\n}\n")
REST = ("<?php\n/*\nPlugin Name: Projets\n*/\n\nadd_action('rest_api_init', function () {\n"
        "    register_rest_route('projets/v1', '/projets', ['methods' => 'GET', 'callback' => 'projets_list']);\n});\n\n"
        "function projets_list() {\n    return get_posts(['post_type' => 'projects']);\n}\n")
THEME = {"README.md": "# Site du lab\n\nLe site WordPress du laboratoire des espaces publics.\n",
         "composer.json": '{"name": "lab/site", "require": {"php": ">=8.1", "roots/wordpress": "^6.4"}}\n',
         "web/app/themes/lab/style.css": "/*\nTheme Name: Lab\n*/\nbody { margin: 0; }\n",
         "web/app/themes/lab/functions.php": "<?php\n\nrequire_once __DIR__ . '/app/ajax.php';\nnew App\\AjaxHandler();\n",
         "web/app/themes/lab/index.php": "<?php get_header(); ?>\n<main><?php the_content(); ?></main>\n<?php get_footer(); ?>\n",
         "web/app/themes/lab/app/ajax.php": AJAX}


def test_admin_ajax_json_of_the_site_s_own_pages_is_said(tmp_path):
    r = judge(tmp_path, THEME, [API])[1][API]
    assert r["status"] == "not_applicable", r["message"]
    assert "no code answering JSON" not in r["message"]["en"] and "AJAX" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "web/app/themes/lab/app/ajax.php" and e.get("line") == 20 for e in r["evidence"]), r["evidence"]


def test_a_plugin_s_rest_routes_are_an_api_served(tmp_path):
    r = judge(tmp_path, {**THEME, "web/app/plugins/projets/projets.php": REST}, [API])[1][API]
    assert r["status"] == "warn", r["message"]
    assert "web/app/plugins/projets/projets.php" in r["message"]["en"]
