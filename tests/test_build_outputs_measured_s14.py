"""What the build wrote is not the project's code to measure (issue 12, s14 h1; s13 r1 erasme/erats): documentation.code-comments
takes its files from the inventory, so the build category (a tsc outFile bundle, a script compiled beside its .ts) is left out
as maintainability already leaves it out, whatever the path."""

from __future__ import annotations

from tests.test_kinds_and_copies_s13 import TS_LIBRARY, kind_and_results


def test_comments_are_not_measured_on_what_tsc_wrote_beside_the_sources(tmp_path):
    files = {**TS_LIBRARY, "samples/graph/main.js": "/** The application. */\nclass App {\n    /** Starts it. */\n    start() {\n    }\n}\n"
                                                    "/** A helper. */\nfunction helper() {\n    return 1;\n}\n"}
    _, results = kind_and_results(tmp_path, files, ["documentation.code-comments", "reusability.maintainability"])
    cc = results["documentation.code-comments"]
    measured = str(cc["evidence"]) + cc["message"]["en"]
    assert "main.js" not in measured and "ui/ui.js" not in measured, cc
    assert "0%" in cc["message"]["en"] or cc["status"] in ("fail", "inconclusive", "not_applicable"), cc["message"]
