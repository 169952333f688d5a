"""documentation.docs (issue 12, s38 fp38 = reader mc38, NatureEnLigne/ccpm).

A Next.js map keeps three Markdown files at its root: DEPLOYMENT_CHECKLIST.md, prd.md (a product requirements document) and
todo.md, a ticked task list (« ## Phase 1 : Configuration initiale - [x] … »). The check said « Trouvé : dossier de documentation »
with "3 guides at the repository's root": a task list is no guide (todo.md, tasks.md, backlog.md are left out of the root's guides),
and guides at the root are reported as written guides, not as a documentation folder the repository does not have.
Near miss: a docs/ folder of three pages is still a documentation folder.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
PKG = '{"name": "carto", "private": true, "dependencies": {"next": "14.2.3", "react": "18.2.0"}}\n'
BASE = {"package.json": PKG, "README.md": "# Carto\n\nCarte des observations naturalistes des communes.\n\n## Installation\n\n```\nnpm install\n```\n",
        "src/app/page.tsx": "export default function Page() { return <main>Carte</main> }\n"}
PARA = "Cette section décrit le fonctionnement de l'application et les choix retenus pour la carte et les tableaux de bord. " * 10
DEPLOY = "# Déploiement\n\n## Étapes\n\n" + PARA + "\n\n```\nnpm run build\n```\n"
PRD = "# Exigences du produit\n\n## Objectifs\n\n" + PARA + "\n"
TODO = "# TODO - Application\n\n## Phase 1 : Configuration initiale\n" + "".join(f"- [x] Tâche numéro {i} terminée et vérifiée\n" for i in range(40))


def _folder_notes(r: dict) -> list:
    return [(e.get("note") or {}).get("en", "") for e in r["evidence"] if e.get("kind") == "found" and isinstance(e.get("value"), dict)
            and "doc_files" in e["value"]]


def test_a_task_list_is_no_guide_and_root_guides_are_no_folder(tmp_path):
    r = check_result(tmp_path, {**BASE, "DEPLOYMENT_CHECKLIST.md": DEPLOY, "prd.md": PRD, "todo.md": TODO}, CID)
    assert "dossier de documentation" not in r["message"]["fr"], r["message"]  # was « Trouvé : dossier de documentation, … »
    assert not any("3 guides" in n for n in _folder_notes(r)), r["evidence"]
    assert not any("todo.md" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


def test_a_docs_folder_stays_a_documentation_folder(tmp_path):
    r = check_result(tmp_path, {**BASE, "docs/deploiement.md": DEPLOY, "docs/prd.md": PRD, "docs/architecture.md": PRD}, CID)
    assert "dossier de documentation" in r["message"]["fr"], r["message"]
