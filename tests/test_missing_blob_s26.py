"""A copy that lacks a blob never stops the audit (issue 12, s26 e26 = s26 o1, a FastAPI + React "budget vert" classifier of a
communauté d'agglomération: its snapshot was a partial clone without the blobs of 4 MiB and more, one of them added by the audited
commit, and ``git show -s`` stopped on it while computing that commit's diff)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import git, make_repo

README = "# Budget vert\n\nClassement des dépenses d'une collectivité selon leur effet sur le climat.\n\n## Installation\n\n`pip install -r requirements.txt`\n"


def _partial_copy(tmp_path, files_before, files_after, drop, promisor=True):
    """A clone whose object ``drop`` (a path of the last commit) was removed from .git/objects, as a fetch without its large
    blobs leaves it; with ``promisor``, marked as a partial clone of a remote that cannot be reached."""
    src = make_repo(tmp_path / "src", [{"files": files_before}, {"files": files_after, "message": "add the model"}])
    copy = tmp_path / "copy"
    git(tmp_path, "clone", "-q", "--no-local", str(src), str(copy))
    gd = copy / ".git"
    git(copy, "repack", "-a", "-d", "-q")
    oid = git(copy, "rev-parse", f"HEAD:{drop}").strip()
    keep = [o.split()[0] for o in git(copy, "rev-list", "--objects", "--all").splitlines() if o and not o.startswith(oid)]
    staging = tmp_path / "staging"
    staging.mkdir()
    git(copy, "pack-objects", "-q", str(staging / "pack"), input=("\n".join(keep) + "\n").encode())
    for p in (gd / "objects" / "pack").glob("*"):
        p.unlink()
    for p in staging.iterdir():
        p.rename(gd / "objects" / "pack" / p.name)
        if p.suffix == ".pack" and promisor:
            (gd / "objects" / "pack" / p.with_suffix(".promisor").name).write_text("")
    if not promisor:
        return copy, oid
    git(copy, "config", "core.repositoryformatversion", "1")
    git(copy, "config", "extensions.partialClone", "origin")
    git(copy, "config", "remote.origin.promisor", "true")
    git(copy, "config", "remote.origin.url", str(tmp_path / "gone"))
    return copy, oid


def _results(report):
    return {r["id"]: r for r in report["results"]}


def test_a_blob_missing_from_a_partial_clone_leaves_its_file_unread(tmp_path):
    before = {"README.md": README, "backend/app.py": "from fastapi import FastAPI\napp = FastAPI()\n"}
    after = {"backend/model.bin": bytes(range(256)) * 64, "backend/train.py": "import json\nprint(json.dumps({}))\n"}
    copy, oid = _partial_copy(tmp_path, before, after, "backend/model.bin")
    report = audit(str(copy), AuditOptions(cache_dir=tmp_path / "cache"))
    assert any(s["path"] == "backend/model.bin" and "missing" in s["reason"] for s in report["limits"]["skipped"])
    results = _results(report)
    assert results["documentation.readme"]["details"]["words"] == 17  # the other files are read
    assert not [r["id"] for r in results.values() if r["status"] == "error"]


def test_a_blob_missing_from_a_commit_that_moves_it_leaves_its_file_unread(tmp_path):
    # (the audited commit moved files: git show -s looked for renames in that commit and read the blob the copy lacks)
    weights = "".join(f"w{i} = {i * 0.37:.4f}\n" for i in range(400))
    before = {"README.md": README, "old/weights.txt": weights}
    after = {"old/weights.txt": None, "backend/weights.txt": weights + "w400 = 1.0\n"}
    copy, oid = _partial_copy(tmp_path, before, after, "backend/weights.txt", promisor=False)
    report = audit(str(copy), AuditOptions(cache_dir=tmp_path / "cache"))
    assert any(s["path"] == "backend/weights.txt" and "missing" in s["reason"] for s in report["limits"]["skipped"])
    assert _results(report)["documentation.readme"]["details"]["words"] == 17


def test_a_code_file_missing_from_the_copy_is_said_missing_not_unparsable(tmp_path):
    # (a snapshot lacking a project's 2.7 MB ol-debug.js: "1 code file(s) could not be parsed … a syntax error")
    before = {"README.md": README, "web/js/app.js": "function a(x) {\n  if (x) { return 1; }\n  return 2;\n}\n"}
    after = {"web/js/carte.js": "function b(y) {\n  return y * 2;\n}\n" * 40}
    copy, _ = _partial_copy(tmp_path, before, after, "web/js/carte.js", promisor=False)
    report = audit(str(copy), AuditOptions(cache_dir=tmp_path / "cache", only=["reusability.maintainability"]))
    res = _results(report)["reusability.maintainability"]
    assert "missing from the repository's copy" in res["message"]["en"] and "could not be parsed" not in res["message"]["en"], res["message"]
    assert res["details"]["excluded"]["missing"] == 1 and res["details"]["complete"] is False


def test_a_whole_copy_still_reads_every_file(tmp_path):
    src = make_repo(tmp_path / "src", [{"files": {"README.md": README}}, {"files": {"backend/model.bin": bytes(range(256)) * 64}}])
    report = audit(str(src), AuditOptions(cache_dir=tmp_path / "cache"))
    assert not any(s["path"] == "backend/model.bin" for s in report["limits"]["skipped"])
