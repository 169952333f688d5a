"""reusability.territory-neutral (issue 12, s38 fp38 = reader mc38: NatureEnLigne/ccpm, adminnono/annuaire-mairie-saint-symphorien,
Amal-Nachit/Site-Patrimoine-Mairie-Crolles).

1. A Next.js map of an intercommunality's communes describes itself as « … des communes de la communauté de communes
   Ponthieu-Marquenterre »: the body's kind in lower case inside a sentence was not read (only a capitalised « Communauté de
   communes … »). It is now, when the words after it are an intercommunality's own name as INSEE's COG gives it. Near miss: « la
   communauté de communes de votre choix » names none.
2. A commune's directory shows « © 2025 Mairie de Saint-Symphorien • Annuaire Local » in its footer: a copyright notice before the
   name made the text no prose, the name was missed. Near miss: the same line as a code comment stays no finding.
3. A heritage site's link text <a …>\\n Mairie de Crolles\\n</a> was cited twice (the tag's ">" line and the name's): one value, one
   line now (the name's).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
PKG = '{"name": "carto", "private": true, "dependencies": {"next": "14.2.3", "react": "18.2.0"}}\n'


def _layout(description: str) -> str:
    return ("import type { Metadata } from 'next'\n\nexport const metadata: Metadata = {\n  title: 'Cartographie des observations',\n"
            f"  description: '{description}',\n}}\n\nexport default function RootLayout({{ children }}) {{\n  return <html lang=\"fr\"><body>{{children}}</body></html>\n}}\n")


def _findings(r: dict) -> set:
    return {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


def test_an_intercommunality_named_in_lower_case_in_a_sentence_is_found(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/app/layout.tsx": _layout(
        "Application cartographique interactive des communes de la communauté de communes Ponthieu-Marquenterre")}, CID)
    assert r["status"] in ("warn", "fail"), r["message"]  # was pass « Aucune valeur propre à un territoire dans le code. »
    assert ("src/app/layout.tsx", 5) in _findings(r), r["evidence"]


def test_the_kind_in_lower_case_before_no_intercommunalitys_name_is_no_finding(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/app/layout.tsx": _layout(
        "Choisissez la communauté de communes Votre Territoire puis une commune")}, CID)
    assert r["status"] == "pass", r["evidence"]


def _app(footer: str) -> str:
    return ("export default function App() {\n  return (\n    <div>\n      <main>Annuaire</main>\n      <footer>\n        <p>\n"
            f"{footer}\n        </p>\n      </footer>\n    </div>\n  );\n}}\n")


def test_a_town_halls_name_after_a_copyright_notice_in_a_pages_text_is_found(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/App.tsx": _app("          © 2025 Mairie de Saint-Symphorien • Annuaire Local")}, CID)
    assert r["status"] in ("warn", "fail"), r["message"]
    assert ("src/App.tsx", 7) in _findings(r), r["evidence"]


def test_the_same_copyright_line_in_a_comment_is_no_finding(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/App.tsx": _app("          {/* © 2025 Mairie de Saint-Symphorien */}\n// © 2025 Mairie de Saint-Symphorien")}, CID)
    assert r["status"] == "pass", r["evidence"]


REGISTRES = """export default function Registres() {
  return (
    <div>
      <p className="text-sm">
        <a
          href="https://example.org/plan"
          target="_blank"
        >
          Mairie de Crolles
        </a>
      </p>
    </div>
  );
}
"""


def test_a_tags_text_on_its_own_line_is_one_finding_at_the_names_line(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/app/Registres/page.tsx": REGISTRES}, CID)
    names = [(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"]
    assert names == [("src/app/Registres/page.tsx", 9)], r["evidence"]  # was lines 8 and 9, one name counted twice
    assert r["details"].get("values", 1) == 1 or "1 valeur" in r["message"], r["message"]
