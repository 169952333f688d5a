"""licensing.data-and-docs (issue 12, session 16's reads r2): a cloud proof of concept's Locust load test uploads office files to
the document server (load-testing/data/word.docx, excel.xlsx, powerpoint.pptx): they were counted as "documentation files" to
license. A load or performance test's folder (inventory's is_load_test) holds fixtures, not documents."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.inventory import is_load_test
from tests.gitrepo import make_repo

FILES = {
    "README.md": "# Environnement cloud\n\nDocker Compose pour un nuage de documents.\n",
    "docker-compose.yml": "services:\n  nextcloud:\n    image: nextcloud:25\n",
    "docs/index.md": "# Documentation\n\nInstaller.\n", "docs/install.md": "# Installer\n\nLancer docker compose up.\n",
    "docs/usage.md": "# Utiliser\n\nOuvrir le navigateur.\n",
    "load-testing/locustfile.py": "from locust import HttpUser, task\n\n\nclass User(HttpUser):\n    @task\n    def upload(self):\n        self.client.put('/remote.php/dav/word.docx', data=open('data/word.docx', 'rb'))\n",
    "load-testing/data/word.docx": b"PK\x03\x04word", "load-testing/data/excel.xlsx": b"PK\x03\x04excel",
    "load-testing/data/powerpoint.pptx": b"PK\x03\x04ppt",
}


def test_office_files_a_load_test_uploads_are_no_documentation(tmp_path):
    assert is_load_test("load-testing/data/word.docx") and is_load_test("perf-tests/scenario.js") and not is_load_test("load-testing")
    repo = make_repo(tmp_path / "cloud", [{"files": FILES, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["licensing.data-and-docs"]))
    r = next(x for x in report["results"] if x["id"] == "licensing.data-and-docs")
    paths = [e.get("path") for e in r["evidence"]]
    assert "load-testing/data/" not in paths and "docs/" in paths, r["evidence"]
