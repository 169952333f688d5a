"""A front end's bundled assets folder is no documentation folder (issue 12, s45 fj45).

Real case: D-OTIsud/badgeuse_oti, a Vite/React time-clock app: src/assets/ holds the PDFs the app hands its users (a user manual,
GDPR notices), bundled with the build, while its Markdown guides sit at the root. documentation.docs took src/assets/ for "the
documentation folder" (a "Manuel utilisateur" PDF names a folder of guides) and advised "a documentation site published from
src/assets/ … src/assets/architecture.md". Near miss: the same manual in a doc/ folder stays the documentation folder.
"""
from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
BASE = {"README.md": "# Pointeuse\n\nApplication de pointage des agents.\n\n## Installation\n\n```bash\nnpm install\n```\n",
        "package.json": '{"name": "pointeuse", "private": true, "scripts": {"build": "vite build"}, "dependencies": {"react": "^18.2.0"}}\n',
        "index.html": "<!doctype html><html><body><div id=\"root\"></div><script type=\"module\" src=\"/src/main.tsx\"></script></body></html>\n",
        "src/main.tsx": "import manuel from './assets/Manuel utilisateur Pointeuse.pdf';\nexport const lien = manuel;\n",
        "DEPLOYMENT_GUIDE.md": "# Guide de déploiement\n\n## Déploiement\n\nConstruire l'image puis la lancer :\n\n```bash\ndocker build -t pointeuse .\n```\n",
        "ENV_SETUP.md": "# Configuration\n\n## Variables d'environnement\n\nCopiez .env.example en .env et renseignez VITE_API_URL.\n"}


def _docs(tmp_path, folder):
    files = {**BASE, f"{folder}/Manuel utilisateur Pointeuse.pdf": PDF, f"{folder}/Notice RGPD Pointeuse.pdf": PDF}
    _, res = kind_and_results(tmp_path, files, ["documentation.docs"])
    r = res["documentation.docs"]
    folders = [e["path"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "doc_files" in e["value"]]
    return r, folders


def test_the_bundled_assets_folder_is_no_documentation_folder(tmp_path):
    r, folders = _docs(tmp_path, "src/assets")
    assert "src/assets/" not in folders, r["evidence"]
    assert "src/assets" not in str(r.get("remediation_for_finding")), r.get("remediation_for_finding")


def test_near_miss_the_manual_in_a_doc_folder_is_the_documentation_folder(tmp_path):
    r, folders = _docs(tmp_path, "doc")
    assert folders == ["doc/"], r["evidence"]
