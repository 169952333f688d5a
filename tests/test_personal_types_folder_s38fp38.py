"""scaling.personal-data (issue 12, s38 fp38 = reader mc38, adminnono/annuaire-mairie-saint-symphorien).

A commune's directory of associations and shops (React + Vite) types its records one file per entity under src/types/
(Association.ts: contact, telephone, email), and was said to read no model at all ("No database schema nor model read"): a
TypeScript model was read only when named types.ts / *.model.ts / *.entity.ts or under models/, entities/, interfaces/. A .ts file
under a types/ folder is now read as a model. Near miss: the same interface in a components' file is no model, still not applicable;
a declaration file (types/env.d.ts) stays unread.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

PKG = '{"name": "annuaire", "private": true, "dependencies": {"react": "18.3.1", "vite": "5.4.0"}}\n'
MODEL = """export interface Association {
  categorie: 'Culturelle' | 'Sportive' | 'Autre';
  nom: string;
  contact: string | null;
  telephone: string | null;
  email: string | null;
  site: string | null;
}
"""
APP = "import React from 'react';\nexport default function App() { return <main>Annuaire</main>; }\n"


def test_a_model_under_a_types_folder_is_read(tmp_path):
    r = pd(tmp_path, {"package.json": PKG, "src/App.tsx": APP, "src/types/Association.ts": MODEL})
    assert r["status"] in ("warn", "fail"), r["message"]  # was not_applicable « Aucun schéma de base de données ni modèle lu. »
    assert any(e.get("path") == "src/types/Association.ts" for e in r["evidence"]), r["evidence"]


def test_the_same_interface_outside_a_model_folder_and_a_declaration_file_stay_unread(tmp_path):
    r = pd(tmp_path, {"package.json": PKG, "src/App.tsx": APP, "src/components/Card.ts": MODEL, "src/types/env.d.ts": MODEL})
    assert r["status"] == "not_applicable", r["message"]
