"""Issue 12, session 42 fixer fl42 (slydertheo/mairie-site-final): a small commune's site (a one-word name under 5,000 inhabitants,
not in communes.yml) found « Mairie de <name> » in its footer, but the same name written in its pages' texts (« La commune de
<name> … », « Conseil municipal de <name> », « Découvrir <name> ») and its town hall's mailbox (mairie@<name>.fr) were not read:
a single word the list of communes does not hold was never echoed. When the repository names two files or more after that word
(decouvrir_<name>.jsx, Logo<Name>.png), it is the project's own commune, distinctive for it. Near miss: the same pages with no file
named after the word keep the old verdict (the footer's « Mairie de » alone). The commune's name is made up for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
TOWN = "Valbrume"
PKG = '{"name": "mairie", "private": true, "dependencies": {"next": "15.0.0", "react": "19.0.0"}}\n'
FOOTER = ("export default function Footer() {\n  return (\n    <footer>\n      <p>\n"
          f"        Mairie de {TOWN}\n      </p>\n    </footer>\n  );\n}}\n")
INDEX = ("export default function Home() {\n  return (\n    <main>\n"
         f"      <h1>Bienvenue sur le site officiel de la commune</h1>\n      <p>La commune de {TOWN} vous souhaite la bienvenue.</p>\n"
         f"      <h2>Conseil municipal de {TOWN}</h2>\n      <a href=\"mailto:mairie@{TOWN.lower()}.fr\">Écrire à la mairie</a>\n"
         "    </main>\n  );\n}\n")
COMMERCES = ("export default function Commerces() {\n  return (\n    <section>\n"
             f"      <p>Les commerçants de {TOWN} vous accueillent du lundi au samedi.</p>\n    </section>\n  );\n}}\n")
BASE = {"package.json": PKG, "src/components/Footer.jsx": FOOTER, "src/pages/index.jsx": INDEX, "src/pages/commerces.jsx": COMMERCES}


def _files(r: dict) -> set:
    return {e.get("path") for e in r["evidence"] if e.get("kind") == "finding"}


def test_a_small_communes_name_the_repository_names_its_files_after_is_counted(tmp_path):
    own = {f"src/pages/decouvrir_{TOWN.lower()}.jsx": "export default function Decouvrir() {\n  return <main>Patrimoine</main>;\n}\n",
           f"src/components/EditeurDecouvrir{TOWN}.jsx": "export default function Editeur() {\n  return <form />;\n}\n",
           f"public/Logo{TOWN}.png": "\x89PNG\r\n"}
    r = check_result(tmp_path, {**BASE, **own}, CID)
    assert {"src/pages/index.jsx", "src/pages/commerces.jsx"} <= _files(r), (r["message"]["en"], r["evidence"])  # was Footer.jsx alone
    assert any(e.get("value") == f"mairie@{TOWN.lower()}.fr" for e in r["evidence"]), r["evidence"]


def test_without_files_named_after_it_the_single_word_stays_unechoed(tmp_path):
    r = check_result(tmp_path, BASE, CID)
    assert _files(r) == {"src/components/Footer.jsx"}, (r["message"]["en"], r["evidence"])
