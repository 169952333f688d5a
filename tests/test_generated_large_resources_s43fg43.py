"""code-comments, code (issue 12, s43 fg43 = reader re43, cazitouni/QgisGLViewer): a QGIS plugin's resources.py, 573 KB that Qt's
resource compiler wrote ("# Resource object code … Created by: The Resource Compiler for PyQt5 … WARNING! All changes made in this
file will be lost!"), was left out as "too large" before its first bytes were read for a generator's words, and made the sample of
the plugin's seven hand-written modules "too small to judge" (maintainability: "1 too large, 0 generated"). A file over the size
bound whose first bytes name its generator is set apart as generated. Near miss: a large file written by hand stays "too large"."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

HEAD = ("# -*- coding: utf-8 -*-\n\n# Resource object code\n#\n# Created by: The Resource Compiler for PyQt5 (Qt v5.15.2)\n#\n"
        "# WARNING! All changes made in this file will be lost!\n\nfrom PyQt5 import QtCore\n\nqt_resource_data = b\"\\\n")
BODY = "".join("\\x00\\x00\\x04\\x8c\\x89\\x50\\x4e\\x47\\x0d\\x0a\\x1a\\x0a\\x00\\x00\\x00\\x0d\\x49\\x48\\x44\\x52\\\n" for _ in range(4200))
TAIL = "\"\n\n\ndef qInitResources():\n    QtCore.qRegisterResourceData(0x03, qt_resource_data)\n"


def module(name: str) -> str:
    return (f'"""The {name} dialog of the viewer."""\n\n\n'
            + "".join(f"def {name}_step_{i}(value):\n    \"\"\"Step {i} of the {name} computation.\"\"\"\n    # scale the value\n"
                      f"    return value * {i} + 1\n\n\n" for i in range(6)))


FILES = {"metadata.txt": "[general]\nname=Viewer\nqgisMinimumVersion=3.0\n", "README.md": "# Viewer\n\nA QGIS plugin showing images.\n",
         **{f"{n}.py": module(n) for n in ("viewer", "windows", "geometry")}}
CHECKS = ["documentation.code-comments", "reusability.maintainability"]


def audit(tmp_path, resources, name):
    report = run_audit(build(tmp_path / name, {**FILES, "resources.py": resources}), tmp_path / f"c-{name}", CHECKS)
    return results(report), report["facts"]


def test_a_large_file_opening_on_its_generators_words_is_generated_not_too_large(tmp_path):
    assert len(HEAD + BODY + TAIL) > 310 * 1024
    r, facts = audit(tmp_path, HEAD + BODY + TAIL, "g")
    comments = r["documentation.code-comments"]
    assert comments["status"] != "inconclusive", comments["message"]
    assert "too large" not in comments["message"]["en"], comments["message"]
    assert facts["code"]["excluded"]["too_large"] == 0 and facts["code"]["excluded"]["generated"] >= 1, facts["code"]["excluded"]


def test_near_miss_a_large_hand_written_file_stays_too_large(tmp_path):
    # (its bytes under a name of its own: rcc's qt_resource_data is the resource compiler's body, generated header or not, s44 fd44)
    hand = '"""Icons kept as bytes."""\n\nicons_data = b"\\\n' + BODY + TAIL.replace("qt_resource_data", "icons_data")
    r, facts = audit(tmp_path, hand, "h")
    comments = r["documentation.code-comments"]
    assert comments["status"] == "inconclusive" and "1 too large" in comments["message"]["en"], comments["message"]
    assert facts["code"]["excluded"]["too_large"] == 1, facts["code"]["excluded"]
