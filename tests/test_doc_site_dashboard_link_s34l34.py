"""Session 34 (l34): a Next.js dashboard published on GitHub Pages, whose README's licence line names it by its title and links its
own Pages address ("[Tableau de bord des communes et collectivités](https://<owner>.github.io/<projet>/) © 2024 by … is licensed
under CC BY 4.0"), was "Found: documentation site" (documentation.docs): the link leads to the dashboard itself, the product, not
to documentation. The same address linked as "Documentation" is still a documentation site. Files written for these tests."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = """# Tableau de bord des communes et collectivités

Site permettant d'afficher les graphiques disponibles sur le site du ministère de l'économie.

# Technique

Site sous NextJS. Pour lancer le site en local : `npm run dev`

# Licence

[Tableau de bord des communes et collectivités](https://exemple.github.io/budgets-publics/) © 2024 by [Exemple](https://www.exemple.fr/) is licensed under CC BY 4.0
"""
FILES = {"README.md": README, "package.json": '{"name": "budgets-publics", "private": true, "dependencies": {"next": "14.1.0", "react": "^18"}}\n',
         "src/app/page.tsx": "export default function Home() { return <main>Budgets</main> }\n",
         "docs/M57_Tome_IV_2024.pdf": "%PDF-1.4\n"}
DOCS = "documentation.docs"


def _site(res) -> list:
    return [e for e in res[DOCS]["evidence"] if e.get("kind") == "found" and str(e.get("value", "")).startswith("https://")]


def test_a_link_to_the_dashboard_itself_is_no_documentation_site(tmp_path):
    report, res = judge(tmp_path, FILES, [DOCS], name="budgets-publics")
    assert _site(res) == [] and not report["facts"]["docs"].get("site"), res[DOCS]["evidence"]


def test_the_same_address_linked_as_documentation_is_still_a_site(tmp_path):
    readme = README.replace("[Tableau de bord des communes et collectivités](", "[Documentation du tableau de bord](")
    report, res = judge(tmp_path, {**FILES, "README.md": readme}, [DOCS], name="budgets-publics")
    assert [e["value"] for e in _site(res)] == ["https://exemple.github.io/budgets-publics/"], res[DOCS]["evidence"]
