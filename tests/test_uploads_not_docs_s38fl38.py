"""documentation.docs, licensing.data-and-docs (issue 12, s38 fl38 = reader ma38's tanjonaaina559-png/demarche_dembeni): a citizen
portal committed the files its back end writes and receives at run time, backend/uploads/documents/ (receipt-DEM-2026-000001.pdf,
official-1782200443387-727826406.pdf …) and backend/uploads/demo-documents/. The docs check found a "documentation folder" there and
the licence check counted them as documentation files. Rule now: a folder of users' uploaded or generated files (uploads/, upload/,
media/, storage/) holds users' files, not documentation, whatever its sub-folder is named. Near miss: a docs/ folder's media/
sub-folder (a guide's PDF beside its pictures) stays documentation."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["documentation.docs", "licensing.data-and-docs"]
PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
FILES = {"README.md": "# Portail citoyen\n\nDémarches en ligne de la commune.\n",
         "backend/package.json": "{\"name\": \"api\", \"dependencies\": {\"express\": \"^4.18.0\"}}\n",
         "backend/server.js": "const express = require('express');\nconst app = express();\napp.use('/uploads', express.static('uploads'));\n",
         **{f"backend/uploads/documents/receipt-DEM-2026-00000{i}.pdf": PDF for i in range(1, 6)},
         **{f"backend/uploads/documents/official-17822004433{i}7-72782640{i}.pdf": PDF for i in range(3)},
         **{f"backend/uploads/demo-documents/doc-6a35b0fed84c4da24bf033a{i}.pdf": PDF for i in range(3)}}


def _paths(r):
    return [e.get("path") for e in r.get("evidence") or []]


def test_uploaded_and_generated_documents_are_no_documentation(tmp_path):
    _, r = judge(tmp_path, FILES, CHECKS, name="uploads")
    assert not any("uploads" in (p or "") for p in _paths(r["documentation.docs"])), r["documentation.docs"]["evidence"]
    assert "documentation folder" in r["documentation.docs"]["details"]["missing"] or "dossier de documentation" in r["documentation.docs"]["message"]["fr"].split("absent")[-1], r["documentation.docs"]["message"]
    assert not any("uploads" in (p or "") for p in _paths(r["licensing.data-and-docs"])), r["licensing.data-and-docs"]["evidence"]


def test_a_docs_folders_media_stays_documentation(tmp_path):
    files = {k.replace("backend/uploads/documents/", "docs/media/"): v for k, v in FILES.items() if "demo-documents" not in k}
    _, r = judge(tmp_path, files, CHECKS, name="docs")
    assert any((p or "").startswith("docs") for p in _paths(r["documentation.docs"])), r["documentation.docs"]["evidence"]
    assert any((p or "").startswith("docs") for p in _paths(r["licensing.data-and-docs"])), r["licensing.data-and-docs"]["evidence"]
