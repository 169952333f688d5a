"""A WordPress theme is a theme, not a plugin (issue 12, s47 fh47 = pboettch/wp-villeconin-theme): its style.css opens with the
"Theme Name:" header, beside header.php, footer.php and front-page.php, yet the kind's evidence said "plugin of WordPress" and so did
reusability.install ("installed by its plugin manager or plugins folder") and accessibility-and-ecodesign ("the statements are those of
the site hosting it"). A theme is installed among the host's themes (wp-content/themes, Appearance › Themes) and renders the site's
pages: the evidence now says "theme of WordPress" and the messages speak of a theme. A plugin (a PHP file's "Plugin Name:") stays one."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECKS = ["reusability.install", "interoperability.accessibility-and-ecodesign", "reusability.portability"]

THEME = {
    "style.css": "/*\nTheme Name: Bourg-sur-Loire\nAuthor: Service communication\nDescription: Habillage du site de la mairie\n"
                 "Version: 0.2\nLicense: GNU General Public License v2 or later\nText Domain: bourg\n*/\n\nbody { margin: 0; }\n",
    "index.php": "<?php get_header(); ?>\n<main><?php while ( have_posts() ) : the_post(); the_content(); endwhile; ?></main>\n<?php get_footer(); ?>\n",
    "header.php": "<!DOCTYPE html>\n<html <?php language_attributes(); ?>>\n<head><?php wp_head(); ?></head>\n<body>\n<header><h1><?php bloginfo('name'); ?></h1></header>\n",
    "footer.php": "<footer><?php echo esc_html( get_theme_mod( 'pied', 'Accueil de la mairie' ) ); ?></footer>\n<?php wp_footer(); ?>\n</body></html>\n",
    "front-page.php": "<?php get_header(); ?>\n<section class=\"actualites\"><?php the_content(); ?></section>\n<?php get_footer(); ?>\n",
    "functions.php": "<?php\n/** Sets the theme up. */\nfunction bourg_setup() {\n  add_theme_support( 'title-tag' );\n  register_nav_menus( array( 'primary' => 'Menu' ) );\n}\n"
                     "add_action( 'after_setup_theme', 'bourg_setup' );\n",
    "README.md": "# Thème Bourg-sur-Loire\n\nThème WordPress du site de la mairie.\n\n## Installation\n\nCopier le dossier dans wp-content/themes "
                 "puis l'activer dans Apparence › Thèmes.\n",
}

PLUGIN = {
    "agenda-mairie.php": "<?php\n/*\nPlugin Name: Agenda de la mairie\nDescription: Les rendez-vous de la commune\nVersion: 1.0\n*/\n\n"
                         "add_shortcode( 'agenda', function () { return '<ul class=\"agenda\"></ul>'; } );\n",
    "README.md": "# Agenda de la mairie\n\nExtension WordPress qui affiche l'agenda.\n\n## Installation\n\nCopier le dossier dans wp-content/plugins "
                 "puis l'activer dans Extensions.\n",
}


def test_a_theme_is_a_theme_of_wordpress(tmp_path):
    project, res = kind_and_results(tmp_path, THEME, CHECKS)
    assert project["kind"] == "library" and {"path": "style.css", "reason": "theme of WordPress"} in project["kind_evidence"], project
    install = res["reusability.install"]
    assert install["message"]["en"].startswith("A theme of WordPress") and "theme manager or themes folder" in install["message"]["en"], install["message"]
    assert install["message"]["fr"].startswith("Thème de WordPress") and "plugin" not in install["message"]["en"], install["message"]
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["message"]["en"].startswith("A theme of WordPress: it renders the pages"), a11y["message"]
    assert a11y["message"]["fr"].startswith("Thème de WordPress : il met en forme"), a11y["message"]
    port = res["reusability.portability"]
    assert not any(e.get("value") == "plugin of WordPress" for e in port["evidence"]), port["evidence"]


def test_a_plugin_stays_a_plugin_of_wordpress(tmp_path):
    """The near miss: a PHP file's "Plugin Name:" header is a plugin, said as before."""
    project, res = kind_and_results(tmp_path, PLUGIN, CHECKS)
    assert {"path": "agenda-mairie.php", "reason": "plugin of WordPress"} in project["kind_evidence"], project
    assert res["reusability.install"]["message"]["en"].startswith("A plugin of WordPress"), res["reusability.install"]["message"]
