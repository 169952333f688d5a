"""Session 18 (c1, thomasflorentin/mairiesamois): a commune's WordPress theme loads Font Awesome Pro from its kit
(kit-pro.fontawesome.com, an account's) and posts its newsletter form to the commune's Mailchimp list
(<account>.us20.list-manage.com): two proprietary services portability and vendor lock-in did not know ("none of those the
tool knows")."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

LOCK = ["scaling.vendor-lock-in", "reusability.portability"]


def _named(r):
    return {e["value"]["service"] for e in r["scaling.vendor-lock-in"]["evidence"] if isinstance(e.get("value"), dict)}


def test_a_theme_loading_font_awesome_pro_and_a_mailchimp_form(tmp_path):
    path = build(tmp_path / "r", {
        "style.css": "/*\nTheme Name: Bourg theme\nAuthor: Agence Exemple\nVersion: 1.0\n*/\n",
        "header.php": "<!doctype html>\n<html <?php language_attributes(); ?>>\n<head>\n"
                      '    <link href="https://kit-pro.fontawesome.com/releases/v5.15.4/css/pro.min.css" rel="stylesheet">\n'
                      "    <?php wp_head(); ?>\n</head>\n<body>\n",
        "components/newsletter.php": '<section class="newsletter">\n'
                                     '  <form action="https://bourg-en-val.us20.list-manage.com/subscribe/post?u=0a1b2c3d&amp;id=4e5f6a" '
                                     'method="post" id="mc-embedded-subscribe-form">\n'
                                     '    <input type="email" name="EMAIL" placeholder="mon.email@domaine.fr" required>\n'
                                     '    <button type="submit">S\'inscrire</button>\n  </form>\n</section>\n',
        "functions.php": "<?php\nfunction bourg_setup() {\n    add_theme_support('title-tag');\n}\nadd_action('after_setup_theme', 'bourg_setup');\n",
        "index.php": "<?php get_header(); ?>\n<main><?php get_template_part('components/newsletter'); ?></main>\n<?php get_footer();\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    names = _named(r)
    assert "Font Awesome (an account's kit or Pro icons)" in names and "Mailchimp (newsletter list)" in names, r["scaling.vendor-lock-in"]
    assert "Font Awesome" in r["reusability.portability"]["message"]["en"], r["reusability.portability"]["message"]


def test_font_awesome_free_from_its_cdn_is_no_service(tmp_path):
    path = build(tmp_path / "r", {
        "header.php": '<head>\n<link rel="stylesheet" href="https://use.fontawesome.com/releases/v5.15.4/css/all.css">\n</head>\n',
        "index.php": "<?php get_header(); ?>\n<main>Bienvenue</main>\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert not any("Font Awesome" in n for n in _named(r)), r["scaling.vendor-lock-in"]


def test_a_newsletter_list_and_icons_are_no_data_to_standardise(tmp_path):
    """The site keeps no data of its own: a Mailchimp list and a Font Awesome kit do not make data-standards applicable."""
    path = build(tmp_path / "r", {
        "header.php": '<head>\n<link href="https://kit-pro.fontawesome.com/releases/v5.15.4/css/pro.min.css" rel="stylesheet">\n</head>\n',
        "newsletter.php": '<form action="https://bourg-en-val.us20.list-manage.com/subscribe/post?u=0a1b2c3d&amp;id=4e5f6a" method="post">\n'
                          '<input type="email" name="EMAIL"></form>\n',
        "index.php": "<?php get_header(); ?>\n<main><?php get_template_part('newsletter'); ?></main>\n"})
    r = results(run_audit(path, tmp_path / "c", ["interoperability.data-standards", "scaling.vendor-lock-in"]))
    assert r["interoperability.data-standards"]["status"] == "not_applicable", r["interoperability.data-standards"]
