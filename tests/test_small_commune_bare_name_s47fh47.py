"""A small commune's name written bare in its theme (issue 12, s47 fh47 = pboettch/wp-villeconin-theme): footer.php's default text
"Mairie Villeconin" (no "de"), header.php's <h2>VILLECONIN</h2>, images/blason-villeconin.png, languages/villeconin.pot. territory-neutral
passed: "Mairie X" with no preposition names a place only when X is a commune the list holds (5,000 inhabitants or more), and
Villeconin has 700. A word the repository also names two files or more after is the commune's: the town hall's text is now a finding
and the name written again (in capitals too) an echo; the theme's identifiers named after it (its function prefix, its WordPress text
domain) are not texts of the program. "Mairie Tarification" with no file so named stays nothing."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECK = ["reusability.territory-neutral"]

THEME = {
    "style.css": "/*\nTheme Name: Vaulmoiret\nText Domain: vaulmoiret\n*/\nbody { margin: 0; }\n",
    "functions.php": "<?php\nfunction vaulmoiret_setup() {\n  load_theme_textdomain( 'vaulmoiret', get_template_directory() . '/languages' );\n"
                     "  register_nav_menus( array( 'primary' => __( 'Primary Menu', 'vaulmoiret' ) ) );\n}\nadd_action( 'after_setup_theme', 'vaulmoiret_setup' );\n",
    "index.php": "<?php get_header(); ?>\n<?php while ( have_posts() ) : the_post(); the_content(); endwhile; vaulmoiret_paging_nav(); ?>\n<?php get_footer(); ?>\n",
    "header.php": "<html><head><?php wp_head(); ?></head><body>\n<div class=\"branding\">\n"
                  "<img src=\"<?php bloginfo('template_url'); ?>/images/blason-vaulmoiret.png\" />\n<h2 class=\"site-description\">VAULMOIRET</h2>\n</div>\n"
                  "<a class=\"skip-link\" href=\"#content\"><?php _e( 'Skip to content', 'vaulmoiret' ); ?></a>\n",
    "footer.php": "<footer><?php echo get_theme_mod( 'pied', 'Mairie Vaulmoiret' ); ?></footer>\n<?php wp_footer(); ?>\n</body></html>\n",
    "inc/template-tags.php": "<?php\n/** Paging. */\nfunction vaulmoiret_paging_nav() {\n  echo '<nav>' . __( 'Older posts', 'vaulmoiret' ) . '</nav>';\n}\n",
    "images/blason-vaulmoiret.png": "\x89PNG\r\n",
    "languages/vaulmoiret.pot": "msgid \"\"\nmsgstr \"\"\n",
}


def _run(tmp_path, files):
    _, res = kind_and_results(tmp_path, files, CHECK)
    return res["reusability.territory-neutral"]


def test_a_small_communes_bare_town_hall_name_and_its_echoes_are_findings(tmp_path):
    r = _run(tmp_path, THEME)
    assert r["status"] in ("warn", "fail"), r
    found = {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("path")}
    assert ("footer.php", 1) in found and ("header.php", 4) in found, r["evidence"]
    # (the text domain and the function prefix are the code's names, not its texts)
    assert not {p for p, _ in found} & {"functions.php", "index.php", "inc/template-tags.php"}, r["evidence"]
    assert ("header.php", 5) not in found, r["evidence"]


def test_a_bare_title_word_no_file_is_named_after_is_nothing(tmp_path):
    """The near miss: "Mairie Tarification" (a page's title), no file named after the word; the theme's names (prefix, text domain) alone."""
    files = {k: v.replace("Mairie Vaulmoiret", "Mairie Tarification").replace("VAULMOIRET", "Bienvenue") for k, v in THEME.items()
             if not k.startswith(("images/", "languages/"))}
    assert _run(tmp_path, files)["status"] == "pass"
