"""What a local authority's repository holds as its own code (issue 12, session 28 fixer e28, measure 19 readers m19o1-m19o3).

A second qgis2web export kept in a timestamped folder beside the root's one (qgis2web_2021_05_21-15_58_42_956969/) was taken for
hand-written code: its generated scripts and copied libraries made code-comments and tests-and-ci fail. The export is recognised
wherever it sits; a script of the project's own beside the exports still counts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_static_map_export_s21 import EXPORT

COMMENTS, TESTS = "documentation.code-comments", "reusability.tests-and-ci"
EXPRESSIONS = "".join(f"function fnc_f{i}(values, context) {{\n    return values[{i}];\n}}\n\n" for i in range(30))


def _nested(files: dict, folder: str) -> dict:
    """The root export and the same export written again into ``folder`` (the exporter's own time-stamped folder name)."""
    copy = {f"{folder}/{p}": (EXPRESSIONS if p.endswith("qgis2web_expressions.js") else text)
            for p, text in files.items() if p != "README.md"}
    return {**files, **copy}


def test_a_second_export_in_a_timestamped_folder_is_generated(tmp_path):
    files = _nested(EXPORT, "qgis2web_2021_05_21-15_58_42_956969")
    report, res = judge(tmp_path, files, [COMMENTS, TESTS])
    assert res[COMMENTS]["status"] == "not_applicable", res[COMMENTS]["message"]
    assert res[TESTS]["status"] == "not_applicable", res[TESTS]["message"]
    assert report["facts"]["inventory"]["categories"]["source"] <= 2, report["facts"]["inventory"]  # the two index.html


def test_the_project_s_own_script_beside_the_exports_still_counts(tmp_path):
    own = "".join(f"function filtre{i}(couche) {{\n    return couche.get('type') === {i};\n}}\n\n" for i in range(8))
    files = {**_nested(EXPORT, "qgis2web_2021_05_21-15_58_42_956969"), "outils/filtres.js": own}
    res = judge(tmp_path, files, [COMMENTS, TESTS])[1]
    assert res[COMMENTS]["status"] == "fail", res[COMMENTS]["message"]
    assert res[TESTS]["status"] == "fail", res[TESTS]["message"]

