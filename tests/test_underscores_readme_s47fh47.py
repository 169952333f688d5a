"""A theme generated from Automattic's Underscores starter (_s) keeps the starter's README (issue 12, s47 fh47 =
pboettch/wp-villeconin-theme, README.md): "Hi. I'm a starter theme called _s…", a "Getting Started" on renaming _s into a new theme
and the starter's "Licensed under GPLv2 or later". documentation.readme passed it as substantive and readme-sections found purpose,
installation and licence in it, though it says nothing of the commune's theme. It is now the Underscores template, untouched; a
theme's own README that says it was built from _s stays the team's."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECKS = ["documentation.readme", "documentation.readme-sections"]

THEME = {
    "style.css": "/*\nTheme Name: Val-de-Brie\nText Domain: valdebrie\nLicense: GNU General Public License v2 or later\n*/\nbody { margin: 0; }\n",
    "index.php": "<?php get_header(); ?>\n<?php while ( have_posts() ) : the_post(); the_content(); endwhile; ?>\n<?php get_footer(); ?>\n",
    "header.php": "<!DOCTYPE html>\n<html><head><?php wp_head(); ?></head><body>\n",
    "footer.php": "<?php wp_footer(); ?>\n</body></html>\n",
    "functions.php": "<?php\nfunction valdebrie_setup() { add_theme_support( 'title-tag' ); }\nadd_action( 'after_setup_theme', 'valdebrie_setup' );\n",
}

STARTER_README = (
    "_s\n===\n\nHi. I'm a starter theme called `_s`, or `underscores`, if you like. I'm a theme meant for hacking so don't use me as a "
    "Parent Theme. Pick me up and shape me into whatever theme you need.\n\n"
    "My ultra-minimal CSS might make me look like theme tartare, so there is little to undo when you design.\n\n"
    "* Clean templates.\n* A 404 template.\n* Licensed under GPLv2 or later.\n\n"
    "Getting Started\n---------------\n\nGo to the generator site and generate your `_s` based theme from there, or copy the folder, rename it "
    "and then you'll need to do a five-step find and replace on the name in all the templates.\n\n"
    "1. Replace the text domain.\n2. Replace the function prefix.\n3. Replace the style sheet's text domain.\n\n"
    "Then, update the stylesheet header in `style.css` and the links in `footer.php` with your own information.\n"
)

OWN_README = (
    "# Thème Val-de-Brie\n\nThème WordPress du site de la commune de Val-de-Brie : page d'accueil avec les actualités, agenda, "
    "annuaire des services municipaux et pied de page avec les horaires de la mairie. Il est parti du thème de départ Underscores (_s).\n\n"
    "## Installation\n\nCopier le dossier `valdebrie` dans `wp-content/themes`, puis l'activer dans Apparence › Thèmes. Les horaires "
    "se règlent dans Apparence › Personnaliser.\n\n## Licence\n\nGPL v2 ou ultérieure.\n"
)


def test_the_underscores_readme_left_as_is_is_the_starters(tmp_path):
    _, res = kind_and_results(tmp_path, dict(THEME, **{"README.md": STARTER_README}), CHECKS)
    readme, sections = res["documentation.readme"], res["documentation.readme-sections"]
    assert readme["status"] == "fail" and readme["details"].get("template") == "underscores", readme
    assert "Underscores (_s)" in readme["message"]["en"] and "Underscores (_s)" in readme["message"]["fr"], readme["message"]
    assert sections["status"] == "fail" and sections["details"]["found"] == [], sections


def test_a_themes_own_readme_naming_underscores_stays_the_teams(tmp_path):
    """The near miss: the team's README says the theme started from _s, and describes and installs this theme."""
    _, res = kind_and_results(tmp_path, dict(THEME, **{"README.md": OWN_README}), CHECKS)
    readme, sections = res["documentation.readme"], res["documentation.readme-sections"]
    assert readme["status"] == "pass" and not readme["details"].get("template"), readme
    assert {"purpose", "install", "license"} <= set(sections["details"]["found"]), sections
