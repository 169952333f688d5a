"""reusability.territory-neutral (issue 12, s39 fc39 = re-reader vg38 of reader mc38: NatureEnLigne/ccpm,
adminnono/annuaire-mairie-saint-symphorien). Once the project's territory is known from a name the check already trusts (« la
communauté de communes X », « Mairie de X »), the same name written bare elsewhere in the code's text, and the intercommunality's
acronym when the text defines it, are values of that territory, counted with their lines:

1. A Next.js map of an intercommunality's communes: layout.tsx's « … de la communauté de communes Baie de Somme » was the only finding;
   « Observations naturalistes : Baie de Somme » in page.tsx and « Communes CCBS » (CCBS defined by layout.tsx's title « CCBS -
   Cartographie Baie de Somme ») in page.tsx and Sidebar.tsx were missed. A JSX comment and a console.log naming CCBS stay out.
2. A town hall's directory: « Mairie de Val-Fleuri-sur-Orne » in App.tsx was found, not ``<h1>Val-Fleuri-sur-Orne</h1>`` in the
   header nor « … communautaire de Val-Fleuri-sur-Orne. » in a page's string.
Near misses: a single common word after « Mairie de » (« Mairie de Rue ») is not echoed in « Rue de la Paix »; a file listing
many communes, the town's among them, stays data. Minimal fixtures written for the test (made-up pages; Baie de Somme is an EPCI
name INSEE's COG gives, as the signal requires; Val-Fleuri-sur-Orne is made up).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
PKG = '{"name": "carto", "private": true, "dependencies": {"next": "14.2.3", "react": "18.2.0"}}\n'
LAYOUT = ("import type { Metadata } from 'next'\n\nexport const metadata: Metadata = {\n  title: 'CCBS - Cartographie Baie de Somme',\n"
          "  description: 'Application cartographique des communes de la communauté de communes Baie de Somme',\n}\n\n"
          "export default function RootLayout({ children }) {\n  return <html lang=\"fr\"><body>{children}</body></html>\n}\n")
PAGE = ("export default function Home() {\n  return (\n    <main>\n      <h1>\n"
        "        <span className=\"text-gradient\">Observations naturalistes : Baie de Somme</span>\n      </h1>\n"
        "      <section>\n        <span className=\"font-bold\">Communes CCBS</span>\n      </section>\n    </main>\n  )\n}\n")
SIDEBAR = ("export default function Sidebar() {\n  return (\n    <aside>\n      {/* Section Communes CCBS */}\n"
           "      <h3>\n        <span className=\"text-gradient\">Communes CCBS</span>\n      </h3>\n    </aside>\n  )\n}\n"
           "export const reset = () => console.log('Retour à l\\'emprise CCBS...')\n")


def _findings(r: dict) -> set:
    return {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


def test_an_intercommunalitys_bare_name_and_defined_acronym_are_counted(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/app/layout.tsx": LAYOUT, "src/app/page.tsx": PAGE, "src/components/Sidebar.tsx": SIDEBAR}, CID)
    found = _findings(r)
    assert {("src/app/page.tsx", 5), ("src/app/page.tsx", 8), ("src/components/Sidebar.tsx", 6)} <= found, r["evidence"]
    assert ("src/components/Sidebar.tsx", 4) not in found and ("src/components/Sidebar.tsx", 12) not in found, r["evidence"]  # (a JSX comment, a log)
    assert "3 code file(s)" in r["message"]["en"], r["message"]


TOWN = "Val-Fleuri-sur-Orne"
APP = ("export default function App() {\n  return (\n    <div>\n      <main>Annuaire</main>\n      <footer>\n"
       f"        <p>Mairie de {TOWN} • Annuaire local</p>\n      </footer>\n    </div>\n  );\n}}\n")
HEADER = ("export default function Header() {\n  return (\n    <header>\n      <h1 className=\"text-2xl font-bold\">\n"
          f"        {TOWN}\n      </h1>\n      <p>Annuaire des associations</p>\n    </header>\n  );\n}}\n")
DETAIL = ("export const intro = (nom: string) =>\n"
          f"  `L'association ${{nom}} participe à la vie communautaire de {TOWN}.`;\n")


def test_a_communes_bare_name_as_an_elements_text_or_in_a_sentence_is_counted(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/App.tsx": APP, "src/components/Header.tsx": HEADER,
                                "src/components/AssociationDetail.tsx": DETAIL}, CID)
    found = _findings(r)
    assert {("src/App.tsx", 6), ("src/components/Header.tsx", 5), ("src/components/AssociationDetail.tsx", 2)} <= found, r["evidence"]


def test_a_single_common_word_after_mairie_de_is_not_echoed(tmp_path):
    # near miss: « Mairie de Rue » then a street's name « Rue de la Paix »
    app = APP.replace(f"Mairie de {TOWN}", "Mairie de Rue")
    header = HEADER.replace(TOWN, "Rue de la Paix")
    r = check_result(tmp_path, {"package.json": PKG, "src/App.tsx": app, "src/components/Header.tsx": header}, CID)
    assert ("src/components/Header.tsx", 5) not in _findings(r), r["evidence"]


def test_a_list_of_communes_holding_the_towns_name_stays_data(tmp_path):
    # near miss: the town's name among many communes of a select's options
    communes = ("export const COMMUNES = [\n  'Abbeville',\n  'Amiens',\n  'Albert',\n"
                f"  '{TOWN}',\n  'Doullens',\n  'Péronne',\n];\n")
    r = check_result(tmp_path, {"package.json": PKG, "src/App.tsx": APP, "src/data/communes.ts": communes}, CID)
    assert not any(p == "src/data/communes.ts" for p, _ in _findings(r)), r["evidence"]
