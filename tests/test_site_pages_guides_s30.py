"""documentation.docs and documentation.language (issue 12, s30 f30 = reader m21o3, design-commun/plateaux-numeriques): a Hugo
starter site for villages keeps its sample pages in content/ (news items content/actualites-agenda/…/index.md, "Déchets"
content/dechets/_index.md), filled with Lorem markdownum placeholder text. The site is a content site (its pages are its product),
yet its pages one to three folders down were counted as "6 written guides beside the code they describe" (documentation.docs warn)
and their pseudo-Latin as "documentation in Occitan" (documentation.language). A content site's pages in its generator's folder
of pages (Hugo's content/, Jekyll's _posts/ and collections) are its content, as its root pages already were; a documentation
site's pages stay its documentation."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

LOREM = ("Lorem markdownum aequora ferunt, sed cum utque fugit; parte tenebat. Nec tamen, omnis quod nitidae sanguine verba, "
         "formae sinit rapuere ferre sua sit vultus. ") * 8
PAGE = "---\ntitle: {t}\ndate: 2020-05-27\n---\n\n## {t}\n\n" + LOREM + "\n\n" + LOREM + "\n"


def _site(readme: str) -> dict:
    files = {"README.md": readme,
             "config/_default/config.yaml": "baseURL: /\ntitle: Commune\ntheme: village\n",
             "archetypes/default.md": "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\n---\n",
             "themes/village/layouts/_default/baseof.html": "<!doctype html><html><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
             "themes/village/layouts/_default/single.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n",
             "content/_index.md": "---\ntitle: Accueil\n---\n",
             "netlify.toml": "[build]\npublish = \"public\"\ncommand = \"hugo --gc --minify\"\n"}
    for p, t in (("content/actualites/2020-01-12-titre-actualite-1/index.md", "Titre actualité 1"),
                 ("content/actualites/2020-05-27-distribution-des-sacs-jaunes/index.md", "Distribution des sacs jaunes"),
                 ("content/carte-identite/index.md", "Carte d'identité"), ("content/dechets/_index.md", "Déchets")):
        files[p] = PAGE.format(t=t)
    return files


def test_a_village_sites_placeholder_pages_are_no_guides_nor_its_documentations_language(tmp_path):
    report, res = judge(tmp_path, _site("# Plateaux numériques\n"), ["documentation.docs", "documentation.language"])
    docs = res["documentation.docs"]
    assert "written guides" not in str(docs["evidence"]), docs["evidence"]  # was "4 written guides beside the code they describe"
    assert "folder" in docs["details"]["missing"], docs["message"]
    lang = res["documentation.language"]
    assert not any(str(e.get("path", "")).startswith("content/") for e in lang["evidence"]), lang["evidence"]
    assert "Occitan" not in lang["message"]["en"] and "Latin" not in lang["message"]["en"], lang["message"]


def test_a_documentation_sites_pages_stay_its_guides(tmp_path):
    """The same Hugo layout titled as documentation (a platform's documentation site): its content/ pages are documentation."""
    _, res = judge(tmp_path, _site("# Documentation de la plateforme\n\nLe site de documentation de la plateforme.\n"), ["documentation.docs"])
    docs = res["documentation.docs"]
    assert "written guides" in str(docs["evidence"]), docs["evidence"]
