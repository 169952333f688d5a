"""Session 18 (h4): signals read for more than they say.

- A static site's footer sentence "Site conçu pour être accessible aux outils de lecture d'écran (RGAA)" (a Hugo job board's
  content-footer partial, s17 b2) was taken for an accessibility statement ("Present: RGAA statement", warn 4): the bare word
  RGAA is a mention; a statement says a conformity, an audit, criteria met or the version it measured against."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

HUGO = {"hugo.toml": "baseURL = 'https://emplois.exemple-agglo.fr/'\nlanguageCode = 'fr'\ntitle = 'Offres d emploi'\ntheme = 'relearn'\n",
        "content/_index.md": "---\ntitle: Offres\n---\n\nLes offres d'emploi de l'agglomération.\n",
        "content/offres/agent-voirie.md": "---\ntitle: Agent de voirie\n---\n\nPoste à pourvoir au service voirie.\n",
        "layouts/partials/custom-header.html": "<meta name=\"description\" content=\"{{ .Title }}\">\n",
        "README.md": "# Offres d'emploi\n\nSite statique Hugo des offres d'emploi.\n\n## Développement local\n\n    hugo server\n"}


def _footer(sentence: str) -> dict:
    return {**HUGO, "layouts/partials/content-footer.html": ("<footer>\n  <p>Agglomération — offres publiées chaque semaine.</p>\n"
                                                             f"  <p class=\"note\">{sentence}</p>\n</footer>\n")}


def test_a_footer_sentence_naming_rgaa_is_a_mention_not_a_statement(tmp_path):
    res = judge(tmp_path, _footer("Site conçu pour être accessible aux outils de lecture d'écran (RGAA)."), [A11Y])[1][A11Y]
    assert res["status"] != "not_applicable", res
    assert "RGAA statement" in res["message"]["en"].split("missing:")[-1], res["message"]
    assert "déclaration RGAA" in res["message"]["fr"].split("manquants")[-1], res["message"]


def test_a_sentence_saying_the_conformity_to_rgaa_still_is_a_statement(tmp_path):
    for i, sentence in enumerate(("Ce site est non conforme avec le RGAA : il n'a pas encore été audité.",
                                  "Conformité RGAA 4.1 : partielle, 63 % des critères respectés.")):
        res = judge(tmp_path, _footer(sentence), [A11Y], name=f"r{i}")[1][A11Y]
        assert "RGAA statement" not in res["message"]["en"].split("missing:")[-1], (sentence, res["message"])
