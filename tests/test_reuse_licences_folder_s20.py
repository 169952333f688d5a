"""The licence texts of LICENSES/ as ``reuse lint`` (6.2) finds and judges them (issue 12, session 20 f3: the check against
``reuse lint --json`` on fetched repositories). gregkh/usbutils is REUSE compliant for reuse lint, and was not for the auditor:
its LICENSES/GPL-2.0-or-later.txt is a symlink to GPL-2.0-only.txt, and only regular files of LICENSES/ counted, so the text
was "missing". openocd keeps the kernel's layout (LICENSES/preferred/GPL-2.0, LICENSES/exceptions/…): reuse reads every
depth, and rejects a text without an extension, named by a deprecated SPDX id (GPL-2.0, GPL-3.0) or by no id (case counts:
mit.txt); the auditor read the first level only, knew no deprecated id and matched ids without case. reuse ignores hidden
files (LICENSES/.gitkeep), which the auditor listed as an unused, misnamed text. Expected values were read from
``reuse lint --json`` (reuse 6.2.0) run on these fixtures."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import Symlink
from tests.test_reuse_lint import _scan


def _h(lid: str) -> str:
    return f"# SPDX-FileCopyrightText: 2025 Syndicat mixte du numérique\n# SPDX-License-Identifier: {lid}\n"


def _check(path, tmp_path):
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / ("c-" + path.name), only=["licensing.reuse"]))
    return report["results"][0]


def test_a_symlinked_text_inside_the_repository_counts(repo, tmp_path):
    files = {"LICENSES/GPL-2.0-only.txt": "GPL text\n", "LICENSES/GPL-2.0-or-later.txt": Symlink("GPL-2.0-only.txt"),
             "LICENSES/CC0-1.0.txt": "CC0 text\n", "src/a.py": _h("GPL-2.0-only"), "src/b.py": _h("GPL-2.0-or-later"),
             "docs/x.md": _h("CC0-1.0")}
    path = repo([{"files": files}], name="linked")
    r = _scan(path)
    # reuse lint: 3 files, compliant
    assert r["missing_texts"] == [] and r["unused_texts"] == [] and r["compliant"] is True
    assert r["license_texts"]["GPL-2.0-or-later"] == "LICENSES/GPL-2.0-or-later.txt"
    res = _check(path, tmp_path)
    assert res["status"] == "pass" and res["details"]["reuse_lint_compliant"] is True
    # a link to nothing (or out of the repository) is no text: reuse lint says GPL-2.0-or-later is missing
    files["LICENSES/GPL-2.0-or-later.txt"] = Symlink("../../nowhere/GPL.txt")
    r = _scan(repo([{"files": files}], name="dangling"))
    assert r["missing_texts"] == ["GPL-2.0-or-later"] and r["compliant"] is False


def test_kernel_layout_texts_at_any_depth(repo):
    files = {"LICENSES/preferred/GPL-2.0": "GPL text\n", "LICENSES/preferred/MIT": "MIT text\n",
             "LICENSES/exceptions/Linux-syscall-note": "note\n", "LICENSES/dual/Apache-2.0.txt": "Apache text\n",
             "LICENSES/license-rules.txt": "how we license\n",
             "src/a.c": _h("GPL-2.0 WITH Linux-syscall-note"), "src/b.c": _h("MIT"), "src/c.c": _h("Apache-2.0")}
    r = _scan(repo([{"files": files}]))
    inv = {p: lid for lid, p in r["license_texts"].items()}
    # reuse lint --json: no missing licence; licenses_without_extension GPL-2.0, Linux-syscall-note, MIT;
    # deprecated GPL-2.0; bad and unused license-rules; not compliant
    assert r["missing_texts"] == []
    assert sorted(inv[p] for p in r["texts_without_extension"]) == ["GPL-2.0", "Linux-syscall-note", "MIT"]
    assert [inv[p] for p in r["deprecated_texts"]] == ["GPL-2.0"]
    assert [inv[p] for p in r["bad_texts"]] == ["license-rules"] and [inv[p] for p in r["unused_texts"]] == ["license-rules"]
    assert r["compliant"] is False


def test_deprecated_or_miscased_ids_are_refused_hidden_files_ignored(repo, tmp_path):
    base = {"src/a.py": _h("EUPL-1.2"), "LICENSES/EUPL-1.2.txt": "EUPL text\n"}
    # a hidden file in LICENSES/ is no text for reuse: compliant
    path = repo([{"files": {**base, "LICENSES/.gitkeep": "\n"}}], name="hidden")
    r = _scan(path)
    assert r["compliant"] is True and r["unused_texts"] == [] and r["bad_texts"] == []
    assert _check(path, tmp_path)["status"] == "pass"
    # every file tagged GPL-3.0, its text LICENSES/GPL-3.0.txt: reuse lint says deprecated, not compliant
    path = repo([{"files": {"src/a.py": _h("GPL-3.0"), "src/b.py": _h("GPL-3.0"), "LICENSES/GPL-3.0.txt": "GPL text\n"}}],
                name="deprecated")
    r = _scan(path)
    assert r["deprecated_texts"] == ["LICENSES/GPL-3.0.txt"] and r["compliant"] is False
    res = _check(path, tmp_path)
    assert res["status"] != "pass" and res["details"]["reuse_lint_compliant"] is False
    assert "deprecated SPDX identifier" in res["message"]["en"] and "LICENSES/GPL-3.0.txt" in res["message"]["en"]
    assert "identifiant SPDX obsolète" in res["message"]["fr"]
    # tagged 'mit', text LICENSES/mit.txt: reuse lint says bad licence (ids are case-sensitive), not compliant
    r = _scan(repo([{"files": {"src/a.py": _h("mit"), "LICENSES/mit.txt": "MIT text\n"}}], name="lower"))
    assert r["bad_texts"] == ["LICENSES/mit.txt"] and r["missing_texts"] == [] and r["compliant"] is False
    # the neighbouring right case: LICENSES/MIT.txt for 'MIT' stays compliant
    r = _scan(repo([{"files": {"src/a.py": _h("MIT"), "LICENSES/MIT.txt": "MIT text\n"}}], name="upper"))
    assert r["bad_texts"] == [] and r["deprecated_texts"] == [] and r["compliant"] is True
