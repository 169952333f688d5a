"""Session 46 (fj46 = reader re46), issue 12: the sources a committed JavaScript source map embeds are scanned for secrets.

DSI-Maurepas/reservation-salles, a town hall's React booking app published on the forge's pages from a committed docs/ build:
.gitignore keeps src/config/googleSheets.js (API key, OAuth client, admin passwords) out of the repository, but the build's
docs/static/js/main.<hash>.js.map carries its full text in sourcesContent. reusability.secrets passed, "No secret detected in 45
files": the map, a build's file, was never read (and, 2.2 MB, it is over the default read limit).
Near misses: a map whose only secret-looking text is in a bundled node_modules package, and a stylesheet's map, stay a pass.
Files written for these tests, in the shape of that repository."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from tests.test_reusability_fixtures import build, check_result, results

CID = "reusability.secrets"
CONFIG = """// settings of the booking app: never commit the real file
export const SHEETS = {
  apiKey: 'AIzaSyD4x9Qm2LwTzR7vKp0nB3cHs8eYfUj1aGo',
  spreadsheetId: '1qWeRtYuIoPaSdFgHjKlZxCvBnM0987654321abcd',
};
export const ADMIN_PASSWORD = 'Salle-Admin-2025!';
"""
APP = """import { SHEETS, ADMIN_PASSWORD } from './config/sheets';
export function isAdmin(typed) { return typed === ADMIN_PASSWORD; }
export default function App() { return null; }
"""
LIBRARY = """// a bundled package's own test default
const password = 'hunter2-library-default-value';
module.exports = { password };
"""


def _map(sources: dict, name: str = "main.3f2a1b9c.js") -> str:
    return json.dumps({"version": 3, "file": f"static/js/{name}", "mappings": "AAAA;AACA", "sources": list(sources),
                       "sourcesContent": list(sources.values()), "names": [], "sourceRoot": ""})


def _site(map_text: str, css: bool = False) -> dict:
    files = {"package.json": '{"name": "booking", "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}}\n',
             ".gitignore": "node_modules/\nsrc/config/sheets.js\n",
             "src/App.js": APP,
             "src/config/sheets.example.js": "export const SHEETS = { apiKey: '', spreadsheetId: '' };\nexport const ADMIN_PASSWORD = '';\n",
             "docs/index.html": '<!doctype html><html><body><div id="root"></div><script src="static/js/main.3f2a1b9c.js"></script></body></html>\n',
             "docs/static/js/main.3f2a1b9c.js": '!function(){"use strict";var e=1;console.log(e)}();\n//# sourceMappingURL=main.3f2a1b9c.js.map\n',
             "docs/static/js/main.3f2a1b9c.js.map": map_text}
    if css:
        files["docs/static/css/main.1a2b3c4d.css.map"] = json.dumps({"version": 3, "sources": ["App.css"],
                                                                      "sourcesContent": [".a{color:red}\n"], "mappings": "AAAA"})
    return files


def test_an_ignored_config_embedded_in_a_committed_source_map_is_a_secret(tmp_path):
    r = check_result(tmp_path, _site(_map({"../webpack/bootstrap": "// runtime\n", "config/sheets.js": CONFIG, "App.js": APP})), CID)
    assert r["status"] == "fail", (r["status"], r["message"], r["details"])  # was pass, "No secret detected"
    found = [e for e in r["evidence"] if e.get("kind") == "finding"]
    assert all(e["path"] == "docs/static/js/main.3f2a1b9c.js.map" for e in found), found
    assert any("config/sheets.js:" in e["note"]["en"] and "sourcesContent" in e["note"]["fr"] for e in found), found
    assert "source maps" in r["remediation"]["en"] and "GENERATE_SOURCEMAP" in r["remediation"]["fr"], r["remediation"]


def test_a_source_map_over_the_read_limit_is_said_never_a_pass(tmp_path):
    padding = {f"components/Part{i:03d}.js": "export const x = 1;\n" + "// " + "a" * 4000 + "\n" for i in range(40)}
    files = _site(_map({"App.js": APP, **padding}))
    r = results(audit(str(build(tmp_path / "r", files)), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID], max_blob=64 * 1024)))[CID]
    assert r["status"] == "inconclusive", (r["status"], r["message"])  # was pass
    assert "source map" in r["message"]["en"] and "main.3f2a1b9c.js.map" in r["message"]["fr"], r["message"]
    assert r["details"]["unread_maps"] == 1, r["details"]


def test_third_party_sources_of_a_map_and_a_stylesheet_map_stay_a_pass(tmp_path):
    sources = {"webpack://booking/./node_modules/some-lib/index.js": LIBRARY, "webpack://booking/./src/App.js": APP.replace("ADMIN_PASSWORD", "ADMIN_NAME"),
               "webpack://booking/webpack/runtime/define": "// runtime\n"}
    r = check_result(tmp_path, _site(_map(sources), css=True), CID)
    assert r["status"] == "pass", (r["status"], r["message"], r["evidence"])
