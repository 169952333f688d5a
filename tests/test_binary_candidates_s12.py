"""Files named like code, settings or a container recipe whose bytes are binary (the hostile corpus's repository of random bytes
under text names): the secrets check read none of them and passed "no secret detected in 0 files"; the install check took the
Dockerfile of random bytes for a container recipe (issue 12, s11 hostile runs)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

BLOB = bytes(range(256)) * 8  # NULs and every byte value: no text


def _results(repo, tmp_path, files):
    path = repo([{"files": files, "date": "2025-03-01T10:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.secrets", "reusability.install"]))
    return {r["id"]: r for r in report["results"]}


def test_binary_files_under_text_names_are_neither_searched_for_secrets_nor_a_container_recipe(repo, tmp_path):
    r = _results(repo, tmp_path, {"Dockerfile": BLOB, "src/app.py": BLOB, "config/settings.yml": BLOB, "deploy.sh": BLOB})
    assert r["reusability.secrets"]["status"] == "inconclusive", r["reusability.secrets"]["message"]
    assert "binary" in r["reusability.secrets"]["message"]["en"]
    assert "container" not in [e.get("value") for e in r["reusability.install"]["evidence"]], r["reusability.install"]["evidence"]


def test_a_text_dockerfile_is_a_container_recipe_and_text_files_are_searched(repo, tmp_path):
    r = _results(repo, tmp_path, {"Dockerfile": "# image\nARG BASE=python:3.12-slim\nFROM ${BASE}\nCOPY . /app\n", "src/app.py": "print('ok')\n",
                                  "Dockerfile.md": "# Notes on the image\n\nBuild it with docker build.\n", "logo.bin": BLOB})
    assert r["reusability.secrets"]["status"] == "pass", r["reusability.secrets"]["message"]
    assert ["Dockerfile"] == [e.get("path") for e in r["reusability.install"]["evidence"] if e.get("value") == "container"]
