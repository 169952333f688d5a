"""A commune's Jekyll site (issue 12, s19 d1: couthenans.fr): what the checks did not see in a static site generator's repository."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SITE = {
    "_config.yml": "title: Commune de Villeneuve\nlang: fr\nmarkdown: kramdown\n",
    "_layouts/default.html": "<!DOCTYPE html>\n<html lang=\"{{ site.lang }}\">\n<head><title>{{ page.title }}</title></head>\n<body>{{ content }}</body>\n</html>\n",
    "index.md": "---\nlayout: default\ntitle: Accueil\n---\n\nBienvenue sur le site de la commune.\n",
    "mairie.md": "---\nlayout: default\ntitle: Mairie\n---\n\nHoraires d'ouverture de la mairie.\n",
    "README.txt": "Site de la commune.\n\nbundle install\nbundle exec jekyll serve\n",
}
GEMFILE = 'source "https://rubygems.org"\n\ngem "jekyll", "~> 4.3"\ngem "webrick", "~> 1.8"\n'
LOCK = "GEM\n  remote: https://rubygems.org/\n  specs:\n    jekyll (4.3.3)\n    webrick (1.8.1)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  jekyll (~> 4.3)\n  webrick (~> 1.8)\n"


def test_a_locked_gemfile_that_builds_the_site_is_install_tooling(tmp_path):
    r = results(run_audit(build(tmp_path / "r", {**SITE, "Gemfile": GEMFILE, "Gemfile.lock": LOCK}), tmp_path / "c",
                          ["reusability.install"]))["reusability.install"]
    assert "build-tool" in r["details"].get("runtimes", []), (r["message"], r["evidence"])  # was "Install tooling: none"


def test_a_gemfile_of_development_tools_is_not(tmp_path):
    gems = 'source "https://rubygems.org"\n\ngem "rubocop"\ngem "rake"\n'
    r = results(run_audit(build(tmp_path / "r", {**SITE, "Gemfile": gems, "Gemfile.lock": LOCK}), tmp_path / "c",
                          ["reusability.install"]))["reusability.install"]
    assert "build-tool" not in (r["details"] or {}).get("runtimes", []), (r["message"], r["evidence"])


def test_a_jekyll_sites_language_tables_are_translation_files(tmp_path):
    # (couthenans.fr: _data/language.yml, _data/language_de.yml and "_data/language en.yml", read as site.data.language.*: "i18n: no")
    files = {**SITE, "_data/language.yml": "menu: Menu\nhoraires: Horaires\n", "_data/language_de.yml": "menu: Menü\nhoraires: Öffnungszeiten\n",
             "_data/language en.yml": "menu: Menu\nhoraires: Opening hours\n", "_data/navigation.yml": "- title: Accueil\n  url: /\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.portability"]))["reusability.portability"]
    assert r["details"]["i18n"] is True, (r["message"], r["evidence"])


def test_a_sites_feed_and_sitemap_stylesheets_are_no_data_format(tmp_path):
    # (couthenans.fr: assets/xslt/rss.xslt, atom.xslt and _layouts/xml-style.xsl gave "Open formats: XML (XSLT)", fail 3)
    xsl = '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="/"><html/></xsl:template>\n</xsl:stylesheet>\n'
    files = {**SITE, "_layouts/xml-style.xsl": xsl, "assets/xslt/rss.xslt": xsl, "assets/xslt/atom.xslt": xsl}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["interoperability.data-standards"]))["interoperability.data-standards"]
    assert "XSLT" not in r["message"]["en"], r["message"]
