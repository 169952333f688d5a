"""licensing.data-and-docs (issue 12, s38 fp38 = reader mc38, Posoroko/site-public-mairie-poullaouen).

A commune's Vue site keeps the pictures of its « délégations » section in src/assets/images/ma_mairie/délégations/: six stock
photos and a partner's logo drawn as a PDF (LogoCNAS_Quadri+Complement.pdf). The PDF made the folder one of published documents
and its photos "7 documentation files", with a fail "no licence for the documentation". A PDF in a pictures folder (images/, img/,
photos/, icons/…) is a picture asset, no document. Near miss: PDFs in a public/documents-pdf/ folder stay published documents.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "licensing.data-and-docs"
PKG = '{"name": "site-mairie", "private": true, "dependencies": {"vue": "3.2.13"}}\n'
BASE = {"package.json": PKG, "README.md": "# site-mairie\n\n## Project setup\n```\nnpm install\n```\n",
        "src/main.js": "import { createApp } from 'vue'\nimport App from './App.vue'\ncreateApp(App).mount('#app')\n",
        "src/App.vue": "<template><main>Mairie</main></template>\n"}
PHOTO = "\xff\xd8\xff\xe0 jpeg"


def test_a_logo_pdf_among_photos_in_an_images_folder_is_no_documentation(tmp_path):
    d = "src/assets/images/ma_mairie/délégations/"
    files = {**BASE, **{f"{d}photo{i}.jpg": PHOTO for i in range(6)}, d + "LogoCNAS_Quadri+Complement.pdf": "%PDF-1.4\n% logo\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])  # was fail « Aucune licence pour la documentation »


def test_pdfs_in_a_documents_folder_stay_published_documents(tmp_path):
    files = {**BASE, **{f"public/documents-pdf/patrimoine{i}.pdf": "%PDF-1.4\n% fiche\n" for i in range(4)}}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "fail", (r["message"], r["evidence"])
