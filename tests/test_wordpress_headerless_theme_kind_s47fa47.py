"""A WordPress theme whose style.css lacks the "Theme Name:" header is still a theme of WordPress, judged as one.

Real case (issue 12, s47 fa47 = pacomevt/lachapelle-sous-chaux): a commune's theme, style.css opening with an @import of web fonts
and no header; functions.php calls wp_enqueue_script, add_theme_support, register_nav_menus, register_sidebar; index.php, header.php,
footer.php, page.php, single.php, archive-*.php at the root. WordPress was recognised by the header alone, so the theme was
"code of no recognised kind" (library, undecided) and its templates were never judged as the site's pages.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

STYLE = "@import url('https://fonts.example.net/css?family=Sans');\n\nbody { margin: 0; }\nnav a { font-weight: 600; }\n"
FUNCTIONS = ("<?php\nfunction village_assets() {\n    wp_enqueue_style('main', get_stylesheet_uri());\n}\nadd_action('wp_enqueue_scripts', 'village_assets');\n"
             "add_theme_support('post-thumbnails');\nregister_nav_menus(array('top' => 'Menu principal'));\n")
INDEX = "<!DOCTYPE html>\n<html>\n<body <?php body_class(); ?>>\n<?php get_header(); ?>\n<?php while (have_posts()) : the_post(); the_content(); endwhile; ?>\n<?php get_footer(); ?>\n</body>\n</html>\n"


def project(repo, tmp_path, files: dict) -> dict:
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.license-file"]))
    return report["facts"]["project"]


def test_a_theme_without_the_style_sheet_header_is_a_wordpress_theme(repo, tmp_path):
    p = project(repo, tmp_path, {"style.css": STYLE, "functions.php": FUNCTIONS, "index.php": INDEX,
                                 "header.php": "<header><?php wp_nav_menu(array('theme_location' => 'top')); ?></header>\n<?php wp_head(); ?>\n",
                                 "footer.php": "<footer>Mairie</footer>\n<?php wp_footer(); ?>\n",
                                 "page.php": "<?php get_header(); the_title(); get_footer(); ?>\n",
                                 "archive-agenda.php": "<?php get_header(); while (have_posts()) { the_post(); the_title(); } get_footer(); ?>\n"})
    assert p["kind_decided"] and p["kind_evidence"][0] == {"path": "functions.php", "reason": "theme of WordPress"}, p
    assert "index.php" in p["plugin_pages"] and "archive-agenda.php" in p["plugin_pages"] and "functions.php" not in p["plugin_pages"]


def test_near_miss_a_plain_php_site_with_the_same_file_names_is_no_wordpress_theme(repo, tmp_path):
    """index.php including its own header.php and footer.php, functions.php of its own helpers: no WordPress function called."""
    p = project(repo, tmp_path, {"style.css": STYLE, "functions.php": "<?php\nfunction menu_items() {\n    return array('Accueil', 'Contact');\n}\n",
                                 "index.php": "<?php include 'header.php'; ?>\n<main>Bienvenue</main>\n<?php include 'footer.php'; ?>\n",
                                 "header.php": "<header><?php foreach (menu_items() as $m) echo $m; ?></header>\n",
                                 "footer.php": "<footer>Mairie</footer>\n", "page.php": "<?php include 'header.php'; echo $_GET['p'] ?? ''; ?>\n"})
    assert not any(e["reason"] in ("plugin of WordPress", "theme of WordPress") for e in p["kind_evidence"]), p
