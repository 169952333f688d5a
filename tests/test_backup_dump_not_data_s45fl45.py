"""Session 45 (fl45 = reader ri45), issue 12: a copy of the application's own content kept under backups/ is its storage, not a data
set it publishes.

Mazzarno/villiers-adam, a commune's website (Next.js site and admin, NestJS API): backups/preprod-content/preprod-content-….json, a
content export made for a pre-production migration, was counted as a data file by interoperability.data-standards, whose advice
asked for a Table Schema describing it. Near miss: the same JSON file in a data/ folder stays a data file of the project's own.
Files written for these tests, in the shape of that repository."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "interoperability.data-standards"
PAGES = {"package.json": json.dumps({"name": "site", "dependencies": {"next": "15.0.0", "react": "19.0.0", "react-dom": "19.0.0"}}),
         "app/page.tsx": "export default function Page() {\n  return <main><h1>Actualités</h1></main>;\n}\n"}


def _dump() -> str:
    items = [{"id": i, "titre": f"Actualité numéro {i} de la commune", "corps": "Texte de la page d'actualité. " * 8,
              "publieLe": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"} for i in range(500)]
    return json.dumps({"schemaVersion": "contenu.v1", "collections": {"actualites": items}}, ensure_ascii=False, indent=2)


def test_a_content_backup_is_no_data_file(tmp_path):
    r = check_result(tmp_path, {**PAGES, "backups/contenu/contenu-2025-05-02.json": _dump()}, CID)
    assert r["details"]["data_files"] == 0, r["details"]  # was 1, and a Table Schema asked for the backup
    assert "backups/" not in str(r.get("remediation")) + str(r["evidence"]), (r.get("remediation"), r["evidence"])


def test_the_same_json_in_a_data_folder_stays_a_data_file(tmp_path):
    r = check_result(tmp_path, {**PAGES, "data/contenu-2025-05-02.json": _dump()}, CID)
    assert r["details"]["data_files"] == 1 and r["status"] != "not_applicable", (r["status"], r["details"])
