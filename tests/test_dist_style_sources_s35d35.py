"""reusability.build-output (issue 12, s35 d35 = Sogrief/chapelle-sous-chaux, a town hall's WordPress theme): its dist/ folder holds
the hand-written Sass (dist/scss/main.scss and its partials atoms/_boutons.scss, components/_menu.scss…) with the fonts and icons
they use, compiled to css/main.css whose source map names them ("../dist/scss/atoms/_boutons.scss"). It was "27 compiled or bundled
build output file(s) are committed (for example dist/scss/atoms/_boutons.scss)": a stylesheet preprocessor's sources are what a
build reads, never what it writes (the compiled css/main.css and its map are the build's output, and still said so). Near miss: a dist/ holding the compiled stylesheet beside its Sass stays a build's folder."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.build-output"
THEME = {
    "README.md": "# chapelle\n\nThème WordPress du site de la mairie.\n",
    "style.css": "/*\nTheme Name: Chapelle\nAuthor: Mairie\nVersion: 1.0\n*/\n",
    "index.php": "<?php get_header(); ?>\n<main><?php the_content(); ?></main>\n<?php get_footer(); ?>\n",
    "functions.php": ("<?php\nfunction chapelle_assets() {\n  wp_enqueue_style('main', get_template_directory_uri() . '/css/main.css');\n"
                      "}\nadd_action('wp_enqueue_scripts', 'chapelle_assets');\n"),
    "css/main.css": ".bouton{color:#c00}.menu{display:flex}\n/*# sourceMappingURL=main.css.map */\n",
    "css/main.css.map": '{"version":3,"sources":["../dist/scss/atoms/_boutons.scss","../dist/scss/components/_menu.scss"],"mappings":"AAAA"}\n',
    "dist/scss/main.scss": '@import "fundations/variables";\n@import "atoms/boutons";\n@import "components/menu";\n',
    "dist/scss/fundations/_variables.scss": "$rouge: #c00;\n",
    "dist/scss/atoms/_boutons.scss": ".bouton {\n  color: $rouge;\n}\n",
    "dist/scss/components/_menu.scss": ".menu {\n  display: flex;\n}\n",
    "dist/sources/fonts/agane-bold.ttf": "\x00\x01\x00\x00font",
    "dist/sources/icones/search.svg": '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>\n',
}


def test_sass_sources_under_dist_are_not_build_output(tmp_path):
    _, res = judge(tmp_path, THEME, [CID])
    r = res[CID]
    # was "… (for example dist/scss/atoms/_boutons.scss)"; the compiled css/main.css and its map are what the build wrote
    assert not any(e.get("path", "").startswith("dist/") for e in r["evidence"]), r["evidence"]
    assert "dist" not in (r["details"].get("folder_files") or {}) and r["details"].get("files", 0) <= 2, r["details"]


def test_a_dist_with_its_compiled_stylesheet_stays_build_output(tmp_path):
    _, res = judge(tmp_path, {**THEME, "dist/css/main.css": ".bouton{color:#c00}\n"}, [CID])
    r = res[CID]
    assert r["status"] != "pass" and any(e.get("path", "").startswith("dist/") for e in r["evidence"]), r["message"]
