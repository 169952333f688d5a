"""documentation.docs (issue 12, s31 b31 = reader s30 m22o3, davidlotaut/gapree-website): a commune's static site whose README
says "🌐 **Moodboard en ligne — 6 directions visuelles** : https://<owner>.github.io/<projet>/" (the site's own Pages copy) was
"Found: documentation site". A paragraph saying the project is online ("en ligne", "online") and naming no documentation, help
or guide links the site itself, as "publié sur" already did; "Documentation en ligne" and "aide en ligne" stay documentation,
and "en ligne de commande" (the command line) says nothing of the kind."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PAGE = "<!doctype html>\n<html lang=\"fr\"><head><title>Mairie</title></head><body><h1>Mairie</h1></body></html>\n"


def _site(tmp_path, line: str, name: str) -> list:
    readme = f"# Site de la commune\n\nSite vitrine de la commune.\n\n{line}\n\n## Contenu\n\nLes pages de la mairie.\n"
    report, _res = judge(tmp_path, {"README.md": readme, "index.html": PAGE}, ["documentation.docs"], name=name)
    return report["facts"]["docs"]["site"]


def test_the_sites_own_pages_copy_said_online_is_no_documentation_site(tmp_path):
    assert _site(tmp_path, "🌐 **Maquette en ligne — 3 directions** : https://mairie.github.io/site-commune/", "site-commune") == []
    assert _site(tmp_path, "The site is online: https://mairie.github.io/site-ville/", "site-ville") == []


def test_documentation_or_help_online_stays_a_documentation_site(tmp_path):
    assert _site(tmp_path, "📖 **Documentation en ligne** : https://mairie.github.io/site-doc/", "site-doc"), "documentation"
    assert _site(tmp_path, "Aide en ligne : https://mairie.github.io/site-aide/", "site-aide"), "help"
