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
