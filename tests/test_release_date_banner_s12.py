"""reusability.dependencies: a copied library whose first line holds only its release and that release's date
(``// 4.3.8 (2016-03-15)`` atop a rich-text editor's minified build) gives that version (issue 12, s12: an SDIS's PHP app
told its copied editor had no version)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.dependencies"
EDITOR = '// 4.3.8 (2016-03-15)\n!function(e,t){"use strict";function n(e){return e}t.editor=n}(this,window);\n'
OTHER = '// Generated 2016-03-15\n// 2.0.1 (2016-03-15) notes\n!function(){var a=1}();\n'


def test_a_first_line_release_and_date_gives_the_version(tmp_path):
    r = results(run_audit(build(tmp_path / "r", {"README.md": "# Dossiers\n\nGestion des dossiers.\n",
                                                 "public/index.php": "<?php\necho 'ok';\n",
                                                 "public/js/tinymce.min.js": EDITOR, "public/js/chronos.min.js": OTHER}),
                          tmp_path / "c", [CID]))[CID]
    libs = {e["value"]["library"]: e["value"]["version"] for e in r["evidence"]
            if isinstance(e.get("value"), dict) and "library" in e["value"]}
    assert libs.get("tinymce") == "4.3.8", r["evidence"]
    assert libs.get("chronos") is None  # (not on the first line, not alone: no release banner)
