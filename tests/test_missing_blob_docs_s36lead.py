"""A file whose object the copy lacks is of unknown size, not an empty file (issue 12, session 36 lead, after verifier v21a =
betagouv/doc.incubateur.net-communaute of r18b's sample): its snapshot lacked eight PDF guides of .gitbook/assets/, recorded at size
0, and fd8927bd's "an empty file is no page of a documentation folder" dropped them from the documentation (64 → 56 files). A
file really empty stays no page."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.test_missing_blob_s26 import _partial_copy

README = "# Guide\n\nLes règles et pratiques de la communauté, publiées avec GitBook.\n"


def test_a_guide_missing_from_the_copy_stays_a_documentation_page(tmp_path):
    before = {"README.md": README, "docs/accueil.md": "# Accueil\n\nBienvenue dans le guide de la communauté.\n"}
    after = {"docs/guide-onboarding.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 40, "docs/vide.md": ""}
    copy, _ = _partial_copy(tmp_path, before, after, "docs/guide-onboarding.pdf")
    report = audit(str(copy), AuditOptions(cache_dir=tmp_path / "cache", only=["documentation.docs"]))
    # accueil.md and the guide whose object is missing (size unknown, not empty); not vide.md (really empty: no page)
    assert report["facts"]["docs"]["doc_files_by_dir"].get("docs") == 2, report["facts"]["docs"]
