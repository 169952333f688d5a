"""interoperability.public-building-blocks (issue 12, s38 fp38 = reader mc38, adminnono/annuaire-mairie-saint-symphorien).

A commune's directory of shops (React + Vite) keeps its records as a TypeScript array in src/data/commerces.ts, each with a street
address (adresse: "1 av. Général Leclerc", "10 Place de la Mairie"…) shown on the cards, beside phones and e-mails. The check said
the application "handles no address": the word beside contact fields was read as one body's contact block, and a data module is no
code to the scan. Three records or more whose address is a street address (a number then a way) in a front end's module are postal
addresses the project keeps and shows, which the API Adresse would normalise. Near miss: one contact block's street address (the
town hall's, in a footer's settings) stays no address handled.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"
PKG = '{"name": "annuaire", "private": true, "dependencies": {"react": "18.3.1", "vite": "5.4.0"}}\n'
APP = "import { commerces } from './data/commerces';\nexport default function App() { return <ul>{commerces.map(c => <li key={c.nom}>{c.nom} {c.adresse}</li>)}</ul>; }\n"
RECORD = '  {{\n    nom: "{nom}",\n    adresse: "{adresse}",\n    telephone: "05.56.00.00.0{i}",\n    email: null\n  }},\n'
STREETS = ["1 av. Général Leclerc", "10 Place de la Mairie", "1 route de Bordeaux", "25 rue des Écoles"]


def _data(addresses: list[str]) -> str:
    return "export const commerces = [\n" + "".join(RECORD.format(nom=f"Commerce {i}", adresse=a, i=i) for i, a in enumerate(addresses)) + "];\n"


def test_a_directorys_street_addresses_in_a_data_module_are_addresses_handled(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/App.tsx": APP, "src/data/commerces.ts": _data(STREETS)}, CID)
    assert r["status"] != "not_applicable", r["message"]  # was « … ne manipule ni adresse, ni lieu … »
    assert any(e.get("path") == "src/data/commerces.ts" for e in r["evidence"]), r["evidence"]


def test_one_contact_blocks_street_address_is_no_address_handled(tmp_path):
    r = check_result(tmp_path, {"package.json": PKG, "src/App.tsx": APP, "src/data/commerces.ts": _data(STREETS[:1] + ["Lieu-dit Beguey"])}, CID)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])
