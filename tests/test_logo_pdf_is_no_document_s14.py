"""licensing.data-and-docs: a logo drawn as a PDF among a web app's served images makes no folder of published documents
(issue 12, s14 r2 gouv-nc-data/localisation-front: public/ with favicon, PNG/SVG logos and Logo_service-vecto.pdf was "6
documentation files" asking a documentation licence). A report PDF in a folder still publishes it."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

APP = {"src/App.tsx": "export default function App() { return null }\n", "package.json": '{"name": "front", "dependencies": {"react": "^19"}}',
       "README.md": "# Localisation\n\nRecherche d'adresses sur une carte.\n", "LICENSE": "MIT License\n\nCopyright (c) 2026\n",
       "public/favicon.ico": "x", "public/logo-a.png": "x", "public/logo_b.svg": "<svg/>", "public/vite.svg": "<svg/>",
       "public/Logo_service-vecto.svg": "<svg/>"}


def _r(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.data-and-docs"]))
    return report["results"][0]


def test_a_logo_pdf_in_served_assets_is_no_published_document(repo, tmp_path):
    r = _r(repo, tmp_path, {**APP, "public/Logo_service-vecto.pdf": "%PDF-1.4\n"})
    assert not any(e.get("path") == "public/" for e in r["evidence"]), r


def test_a_report_pdf_still_publishes_its_folder(repo, tmp_path):
    # (s16 k2: in a served folder only the documents count, not the logos and icons beside them: three reports publish public/)
    reports = {f"public/rapport-annuel-{y}.pdf": "%PDF-1.4\n" for y in (2023, 2024, 2025)}
    r = _r(repo, tmp_path, {**APP, **reports})
    assert any(e.get("path") == "public/" and e.get("value") == 3 for e in r["evidence"]), r
