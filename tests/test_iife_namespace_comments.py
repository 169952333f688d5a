"""code-comments on a JavaScript library written as a classic browser script wrapped in a function called at once (session 18's
reader c2 on cigalsace/mdjs, issue 12): every file was "analysed: no public function or class to document", though the library
publishes its class and methods through the wrapper's parameter (``(function (mdjs) { mdjs.Metadata.prototype.setXml =
function… }(window.mdjs = window.mdjs || {}))``) and documents each with a JSDoc block. A git fixture shaped like that case."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

LIBRARY = '''/**
 * Record.js — the Record class of the geodoc namespace
 */
(function (geodoc, undefined) {
    "use strict";

    /**
     * Record class
     * @return {Object} - a record
     */
    geodoc.Record = function () {
        this.fields = {};
        return this;
    };

    /**
     * Set a field
     * @param {String} name - field name
     */
    geodoc.Record.prototype.set = function (name, value) {
        this.fields[name] = value;
        return this;
    };

    geodoc.Record.prototype.get = function (name) {
        return this.fields[name];
    };

    function normalise(name) {
        return String(name).trim();
    }
}(window.geodoc = window.geodoc || {}));
'''

PAGE = '''/**
 * Page script: wires the form once the document is ready.
 */
$(document).ready(function ($) {
    $.refresh = function () {
        return 1;
    };
});
'''


def audit(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-02-02T10:00:00Z"}])
    return results(run(repo, tmp_path / (name + "-c"), only=["documentation.code-comments"],
                       sponsor="local-authority"))["documentation.code-comments"]


def test_members_published_through_a_wrapping_function_are_the_public_declarations(tmp_path):
    files = {"README.md": "# geodoc\n\nUne bibliothèque JavaScript de fiches de métadonnées.\n",
             "src/Record.js": LIBRARY}
    r = audit(tmp_path, files)
    js = r["details"]["by_language"]["javascript"]
    # the constructor and two methods; the private helper normalise() is not published
    assert (js["declarations"], js["documented"]) == (3, 2), r["details"]
    assert "no public function or class" not in r["message"]["en"], r["message"]


def test_a_document_ready_handler_publishes_nothing(tmp_path):
    """A callback handed to $(document).ready is no wrapper of the script: what it assigns to its parameter is not counted."""
    files = {"README.md": "# page\n\nLe script de la page d'accueil.\n", "js/page.js": PAGE}
    r = audit(tmp_path, files)
    js = r["details"]["by_language"]["javascript"]
    assert js["declarations"] == 0, r["details"]
