"""documentation.readme: a page of the repository's MkDocs site named Readme.md is no README (issue 12, session 29 fixer d29; reader
s28 m20o2: a geomatics course site's docs/Readme.md, "Quelques sources de données intéressantes (France)", listed in mkdocs.yml's
nav as "Exemple de source de données entreprise : Readme.md", passed as "README present but not at the root"). A docs/README.md
the site's navigation does not list, or with no site generator at all, is still the README (GitHub shows it).
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "documentation.readme"
PAGE = ("# Quelques sources de données intéressantes (France)\n\n" + "".join(
    f"- [Catalogue {i} (IGN BDTopo)](https://geoservices.ign.fr/catalogue-{i}) : données de référence, mises à jour chaque année.\n" for i in range(30)))
SITE = {"mkdocs.yml": "site_name: Documentation géomatique\nnav:\n  - Accueil: index.md\n  - Exemple de source de données entreprise : Readme.md\n",
        "docs/index.md": "# Documentation géomatique\n\nCours de l'agence d'urbanisme.\n", "docs/Readme.md": PAGE}


def test_a_site_page_named_readme_is_no_readme(tmp_path):
    _, res = judge(tmp_path, SITE, [CID])
    assert res[CID]["status"] == "fail", res[CID]  # was pass 9 "README present but: not at the root" (docs/Readme.md)


def test_a_docs_readme_outside_the_sites_navigation_stays_the_readme(tmp_path):
    files = {**SITE, "mkdocs.yml": "site_name: Documentation géomatique\nnav:\n  - Accueil: index.md\n"}
    _, res = judge(tmp_path, files, [CID], name="nav")
    assert res[CID]["status"] != "fail" and "docs/Readme.md" in str(res[CID]["evidence"]), res[CID]
    files = {k: v for k, v in SITE.items() if k != "mkdocs.yml"}
    _, res = judge(tmp_path, files, [CID], name="bare")
    assert res[CID]["status"] != "fail" and "docs/Readme.md" in str(res[CID]["evidence"]), res[CID]
