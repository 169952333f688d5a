"""Territory values misread (issue 12, session 28 f28, measure 19 reader m19o3): a CMS for communes' product name, its placeholder
contact@mairie.fr and the fallback of a settings lookup name no territory; a commune's theme's town-hall address and its domain do,
whoever published the theme."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"
CMS = {
    "composer.json": '{"name": "org/cms-mairie", "require": {"php": ">=8.1"}}\n',
    "app/Views/admin/layouts/main.php": "<nav>\n  <span class=\"brand\">Mairie CMS</span>\n</nav>\n<?= $content ?>\n",
    "app/Views/frontend/pages/contact.php": ("<h3>Email</h3>\n<a href=\"mailto:contact@mairie.fr\">contact@mairie.fr</a>\n"
                                             "<a href=\"mailto:secretariat@mairie.fr\">secretariat@mairie.fr</a>\n"),
    "app/Views/frontend/pages/your-mairie.php": ("<p>Adresse : <?= e(setting('address', '1 Place de la Mairie')) ?></p>\n"
                                                 "<p>Ville : <?= e(setting('city', 'Paris')) ?></p>\n"),
    "app/Models/Setting.php": "<?php\nfunction setting($key, $default = null) { return Db::get('settings', $key) ?? $default; }\n",
}


def _findings(r) -> list:
    return [(e.get("path"), e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"]


def test_a_product_name_a_bare_mairie_fr_address_and_a_setting_s_fallback_are_no_territory(tmp_path):
    r = judge(tmp_path, CMS, [CHECK])[1][CHECK]
    assert r["status"] == "pass" and not _findings(r), (r["message"], _findings(r))


def test_a_town_hall_s_name_its_domain_and_a_city_written_in_code_are_still_territory_values(tmp_path):
    files = dict(CMS)
    files["app/Views/admin/layouts/main.php"] = "<nav>\n  <span class=\"brand\">Mairie de Rennes</span>\n</nav>\n"
    files["app/Views/frontend/pages/contact.php"] = "<a href=\"mailto:contact@mairie-rennes.fr\">Écrire</a>\n"
    files["app/Views/frontend/pages/your-mairie.php"] = "<?php $city = 'Paris'; ?>\n<p>Ville : <?= e($city) ?></p>\n"
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    values = {v for _, v in _findings(r)}
    assert any("Mairie de Rennes" in str(v) for v in values) and any("mairie-rennes.fr" in str(v) for v in values), values
    assert any("Paris" in str(v) for v in values), values


THEME = {
    "style.css": "/*\nTheme Name: Mairie\nAuthor: B.\nVersion: 1.0\n*/\n",
    "functions.php": "<?php\nadd_theme_support('title-tag');\n",
    "front-page.php": ("<?php get_header(); ?>\n<section>\n  <h2>Informations sur la Mairie</h2>\n  <address>\n"
                       "    <p>Adresse : </p>\n    <p>Rue de la Mairie, </p>\n    <p>35120 Saint-Broladre</p>\n  </address>\n</section>\n"
                       "<a href=\"https://www.saint-broladre.bzh/blog\">Toutes les actualités</a>\n<?php get_footer(); ?>\n"),
    "index.php": "<?php get_header(); ?>\n<a href=\"https://www.saint-broladre.bzh/blog\">Voir tous les articles</a>\n<?php get_footer(); ?>\n",
}


def test_a_town_hall_s_address_in_a_theme_of_an_unknown_publisher_is_a_territory_value(tmp_path):
    r = judge(tmp_path, THEME, [CHECK])[1][CHECK]
    assert ("front-page.php", "35120 Saint-Broladre") in _findings(r), (r["message"], _findings(r))
    # (the commune's domain, in the address's file and in another template)
    assert {p for p, v in _findings(r) if "saint-broladre.bzh" in str(v)} == {"front-page.php", "index.php"}, _findings(r)
    assert r["status"] != "pass", r["message"]


def test_another_address_of_an_unknown_publisher_stays_unread(tmp_path):
    files = dict(THEME)
    # (an agency's address in the footer of its theme: no town hall named before it)
    files["front-page.php"] = ("<?php get_header(); ?>\n<footer>\n  <p>Conçu par l'agence Exemple</p>\n  <p>12 rue du Port</p>\n"
                               "  <p>35400 Saint-Malo</p>\n  <a href=\"https://www.agence-exemple.fr/\">Agence</a>\n</footer>\n")
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert not _findings(r), (r["message"], _findings(r))
