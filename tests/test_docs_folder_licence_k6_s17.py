"""Licence (issue 12, s17 b2): a hackathon kit keeps the MIT text in docs/LICENSE and nothing at the root.
licensing.license-file said so ("only in subfolders (docs/LICENSE): copy it to the root"), but open-license and authorized-fr
said "No license found (no file, manifest or README statement)". A code licence's text in the documentation folder is the
project's licence put in the wrong place; a documentation licence there (CC-BY-4.0) stays the documentation's."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CIDS = ["licensing.open-license", "licensing.authorized-fr", "licensing.license-file"]


def license_text(lid: str) -> str:
    from auditor.licenses.matcher import load_data

    return load_data()["licenses"][lid]["texts"][0]["text"]


def kit(tmp_path, name: str, files: dict) -> dict:
    repo = make_repo(tmp_path / name, [{"files": {"README.md": "# Kit du hackathon\n\nGuide des participants.\n",
                                                  "scripts/itineraires/__main__.py": "print('itinéraires')\n", **files},
                                        "date": "2026-03-02T10:00:00Z", "message": "initial", "author": ("Ugo Martin", "ugo@exemple.fr")}])
    return results(audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=CIDS)))


def test_a_code_licence_in_docs_is_the_projects(tmp_path):
    r = kit(tmp_path, "mit", {"docs/LICENSE": license_text("MIT").replace("<year>", "2025").replace("<copyright holders>", "hackathon")})
    assert r["licensing.open-license"]["status"] == "pass", r["licensing.open-license"]["message"]
    assert r["licensing.authorized-fr"]["status"] == "pass", r["licensing.authorized-fr"]["message"]
    assert "docs/LICENSE" in r["licensing.license-file"]["message"]["en"] and r["licensing.license-file"]["status"] == "fail"


def test_a_documentation_licence_in_docs_is_not(tmp_path):
    r = kit(tmp_path, "cc", {"docs/LICENSE": license_text("CC-BY-4.0")})
    assert r["licensing.open-license"]["status"] == "fail", r["licensing.open-license"]["message"]
